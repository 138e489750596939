use calm_together::calm::cues::{chime_for, vibration_for};
use calm_together::model::script::Cue;
use calm_together::platform::chime::Chime;

#[test]
fn breathing_in_and_out_sound_and_feel_different() {
    assert_eq!(chime_for(Cue::BreatheIn), Chime::High);
    assert_eq!(chime_for(Cue::BreatheOut), Chime::Low);
    assert_eq!(chime_for(Cue::Notice), Chime::Middle);
    assert_ne!(
        vibration_for(Cue::BreatheIn),
        vibration_for(Cue::BreatheOut)
    );
    assert_ne!(
        chime_for(Cue::TapLeft),
        chime_for(Cue::TapRight),
        "left and right taps are told apart"
    );
}

#[test]
fn vibrations_are_short_and_gentle() {
    for cue in [
        Cue::BreatheIn,
        Cue::Hold,
        Cue::BreatheOut,
        Cue::Squeeze,
        Cue::LetGo,
        Cue::TapLeft,
        Cue::See,
    ] {
        let pattern = vibration_for(cue);
        assert!(
            pattern.iter().sum::<u32>() <= 500,
            "{cue:?} vibrates for at most half a second"
        );
    }
}
