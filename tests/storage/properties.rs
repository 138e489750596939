//! Random sequences of two tabs saving, refreshing, hand edits and full storage: whatever
//! happens, nothing stored is ever lost.

use std::collections::BTreeMap;

use calm_together::model::family::Family;
use calm_together::model::schema::decode;
use calm_together::storage::{MemoryBackend, SaveOutcome, SetAsideRecord, StoreKey};
use proptest::prelude::*;

use super::{family_named, tab};

#[derive(Debug, Clone)]
enum Step {
    Save { tab: usize, name: String },
    Refresh { tab: usize },
    Reopen { tab: usize },
    HandEdit { text: String },
    Quota(Option<usize>),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (0usize..2, "[A-Za-z]{1,12}").prop_map(|(tab, name)| Step::Save { tab, name }),
        2 => (0usize..2).prop_map(|tab| Step::Refresh { tab }),
        1 => (0usize..2).prop_map(|tab| Step::Reopen { tab }),
        1 => "\\PC{0,30}".prop_map(|text| Step::HandEdit { text }),
        1 => prop::option::of(0usize..4000).prop_map(Step::Quota),
    ]
}

/// Every text stored anywhere: under keys, and inside set-aside copies.
fn everything_kept(snapshot: &BTreeMap<String, String>) -> Vec<String> {
    let mut kept: Vec<String> = snapshot.values().cloned().collect();
    kept.extend(
        snapshot
            .values()
            .filter_map(|v| serde_json::from_str::<SetAsideRecord>(v).ok())
            .map(|r| r.raw),
    );
    kept
}

fn name_is_kept(snapshot: &BTreeMap<String, String>, name: &str) -> bool {
    everything_kept(snapshot)
        .iter()
        .any(|text| decode::<Family>(text).is_ok_and(|d| d.data.greeting_name() == Some(name)))
}

/// Whether a step is the app's doing or the world's (a hand edit, the browser's quota).
enum StepKind {
    App,
    Outside,
}

fn is_readable_envelope(text: &str) -> bool {
    calm_together::model::schema::read_stamp(text).is_some()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn nothing_stored_is_ever_lost(steps in prop::collection::vec(step(), 1..40)) {
        let backend = MemoryBackend::new();
        let key = StoreKey::Family;
        let mut tabs = [tab(&backend, "a"), tab(&backend, "b")];
        // The stored text each tab last read or wrote: the only text it may write over.
        let mut known: [Option<String>; 2] = [None, None];
        for t in tabs.iter_mut() {
            t.load::<Family>(&key, 0);
        }
        for (now, step) in steps.into_iter().enumerate() {
            let now = now as u64 + 1;
            let before = backend.snapshot();
            let stored_before = before.get(&key.name()).cloned();
            let step_kind = if matches!(step, Step::HandEdit { .. } | Step::Quota(_)) { StepKind::Outside } else { StepKind::App };
            match step {
                Step::Save { tab, name } => {
                    let outcome = tabs[tab].save(&key, &family_named(&name), now);
                    let after = backend.snapshot();
                    match outcome {
                        SaveOutcome::Saved => {
                            if let Some(previous) = stored_before.as_ref().filter(|t| is_readable_envelope(t)) {
                                prop_assert_eq!(Some(previous), known[tab].as_ref(), "wrote over data it had not seen");
                            }
                            prop_assert!(name_is_kept(&after, &name));
                            known[tab] = after.get(&key.name()).cloned();
                        }
                        SaveOutcome::Conflict { .. } => {
                            prop_assert!(name_is_kept(&after, &name), "a conflicting save is kept aside");
                            prop_assert_eq!(&stored_before, &after.get(&key.name()).cloned(), "theirs stays");
                            known[tab] = stored_before.clone();
                        }
                        SaveOutcome::Failed(_) | SaveOutcome::Refused => {
                            prop_assert_eq!(&stored_before, &after.get(&key.name()).cloned(), "a refused write changes nothing");
                        }
                        SaveOutcome::Unchanged | SaveOutcome::DeletedElsewhere => prop_assert_eq!(&before, &after),
                    }
                }
                Step::Refresh { tab } => {
                    if tabs[tab].refresh::<Family>(&key, now).is_some() {
                        known[tab] = stored_before.clone();
                    }
                }
                Step::Reopen { tab: index } => {
                    tabs[index] = tab(&backend, if index == 0 { "a" } else { "b" });
                    tabs[index].load::<Family>(&key, now);
                    known[index] = stored_before.clone();
                }
                Step::HandEdit { text } => backend.put_raw(&key.name(), &text),
                Step::Quota(quota) => backend.set_quota(quota),
            }
            // Whatever the app did, text it could not read is still kept somewhere.
            let app_step = !matches!(step_kind, StepKind::Outside);
            if let Some(text) = stored_before.filter(|t| app_step && !is_readable_envelope(t)) {
                prop_assert!(everything_kept(&backend.snapshot()).contains(&text), "unreadable text {:?} was lost", text);
            }
        }
    }
}
