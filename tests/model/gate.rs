use calm_together::model::gate::{pass_lets_in, pass_text, PASS_LIFETIME_MS};
use proptest::prelude::*;

const NOW: u64 = 1_764_115_200_000;

#[test]
fn a_pass_just_left_lets_the_grown_up_in() {
    assert!(pass_lets_in(Some(&pass_text(NOW)), NOW));
    assert!(pass_lets_in(Some(&pass_text(NOW - 2_000)), NOW));
    assert!(pass_lets_in(Some(&pass_text(NOW - PASS_LIFETIME_MS)), NOW));
}

#[test]
fn no_pass_an_old_pass_or_a_pass_from_the_future_asks_again() {
    assert!(!pass_lets_in(None, NOW));
    assert!(!pass_lets_in(
        Some(&pass_text(NOW - PASS_LIFETIME_MS - 1)),
        NOW
    ));
    assert!(!pass_lets_in(Some(&pass_text(NOW - 86_400_000)), NOW));
    // A clock set back after the gate opened: the pass is not trusted.
    assert!(!pass_lets_in(Some(&pass_text(NOW + 1)), NOW));
}

#[test]
fn a_pass_that_is_not_a_time_asks_again() {
    for text in ["", "yes", "open", "-5", "1.5", "99999999999999999999999"] {
        assert!(!pass_lets_in(Some(text), NOW), "{text:?}");
    }
}

proptest! {
    #[test]
    fn any_kept_text_is_read_without_panicking(text in "\\PC{0,30}", now in any::<u64>()) {
        let _ = pass_lets_in(Some(&text), now);
    }

    #[test]
    fn a_pass_lets_in_exactly_for_its_lifetime(opened_at in 0u64..=u64::MAX / 2, after in 0u64..=200_000) {
        prop_assert_eq!(
            pass_lets_in(Some(&pass_text(opened_at)), opened_at + after),
            after <= PASS_LIFETIME_MS
        );
    }
}
