//! The Grown-ups screen.

use leptos::prelude::*;

use super::age_band::AgeBandField;
use super::backup::BackupPanel;
use super::calm_settings::CalmSettingsPanel;
use super::children::{AvatarField, ChildrenList, GrownUpsField, RemoveChild};
use super::demo::DemoPanel;
use super::display::{AboutPanel, DisplayPanel};
use super::gate::{GrownUpDoor, GrownUpGate};
use super::guide::GuidePanel;
use super::kept::KeptPanels;
use super::nickname::NicknameField;
use super::own_voice::OwnVoicePanel;
use super::plan::PlanPanel;
use crate::storage::recordings::RecordingsChanged;
use crate::strings::use_strings;
use crate::ui::page_frame::PageFrame;

/// The door to the grown-ups' side: the gate, and About (privacy, licences, the guide's sources
/// as text) for everyone. Light on purpose: it opens quickly, and the side behind the gate
/// loads when a grown-up opens it.
#[component]
pub fn GrownUpsDoorPage() -> impl IntoView {
    let strings = use_strings();
    view! {
        <PageFrame title=strings.grownups_title picture="people-hugging">
            <GrownUpDoor/>
            <AboutPanel/>
        </PageFrame>
    }
}

/// Everything for grown-ups, behind the gate (the guide too), and About for everyone.
#[component]
pub fn GrownUpsPage() -> impl IntoView {
    let strings = use_strings();
    provide_context(RecordingsChanged(RwSignal::new(0)));
    view! {
        <PageFrame title=strings.grownups_title picture="people-hugging">
            <GrownUpGate>
                <section class="panel">
                    <ChildrenList/>
                </section>
                <section class="panel">
                    <NicknameField/>
                    <AgeBandField/>
                    <AvatarField/>
                    <GrownUpsField/>
                </section>
                <PlanPanel/>
                <GuidePanel/>
                <CalmSettingsPanel/>
                <OwnVoicePanel/>
                <DisplayPanel/>
                <BackupPanel/>
                <KeptPanels/>
                <DemoPanel/>
                <section class="panel">
                    <RemoveChild/>
                </section>
            </GrownUpGate>
            <AboutPanel/>
        </PageFrame>
    }
}
