//! The Grown-ups screen.

use leptos::prelude::*;

use super::age_band::AgeBandField;
use super::backup::BackupPanel;
use super::children::{AvatarField, ChildrenList, GrownUpsField};
use super::gate::GrownUpGate;
use super::nickname::NicknameField;
use crate::calm::settings::CalmSettingsPanel;
use crate::strings::use_strings;
use crate::ui::page_frame::PageFrame;

/// Settings for grown-ups, behind the gate; the privacy line and credits for everyone.
#[component]
pub fn GrownUpsPage() -> impl IntoView {
    let strings = use_strings();
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
                <CalmSettingsPanel/>
                <BackupPanel/>
                <p class="coming-line">{strings.grownups_coming}</p>
            </GrownUpGate>
            <section class="panel">
                <h2>{strings.privacy_title}</h2>
                <p>{strings.privacy_line}</p>
                <p class="credit">
                    <a href="/pictures/LICENSE.txt" rel="external" target="_blank">{strings.pictures_credit}</a>
                </p>
            </section>
        </PageFrame>
    }
}
