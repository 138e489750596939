//! Backups with the recordings of our own voice: version 2 of the file (version 3 with a built-in
//! book's pages), base64 sound, checked as strictly as the rest; without recordings a file stays
//! version 1, for older builds.

use calm_together::model::backup::{
    read, read_with_recordings, write, write_with_recordings, BackupProblem, Everything,
};
use calm_together::model::base64;
use calm_together::model::exercise::Exercise;
use calm_together::model::script::Cue;
use calm_together::model::voice::{
    recordings_to_keep, KeptRecording, PagesOf, RecordingFor, RecordingInfo,
};
use proptest::prelude::*;

fn recording(exercise: Exercise, cue: Cue, sound: &[u8]) -> KeptRecording {
    KeptRecording {
        info: RecordingInfo {
            of: RecordingFor::Step(exercise, cue),
            kind: "audio/webm;codecs=opus".into(),
            length_ms: 2_400,
            bytes: sound.len() as u64,
            recorded_at: 1_764_115_300_000,
        },
        sound: sound.to_vec(),
    }
}

fn two_recordings() -> Vec<KeptRecording> {
    vec![
        recording(
            Exercise::Balloon,
            Cue::BreatheIn,
            &[0x1a, 0x45, 0xdf, 0xa3, 0, 1, 2, 255],
        ),
        recording(Exercise::ButterflyHug, Cue::TapLeft, b"OggS and more"),
    ]
}

#[test]
fn recordings_come_back_exactly_with_everything_else() {
    let everything = Everything::default();
    let text = write_with_recordings(&everything, &two_recordings(), "0.2.0", 5);
    assert!(text.contains("\"version\":2"));
    let (back, recordings, summary) = read_with_recordings(text.as_bytes()).unwrap();
    assert_eq!(back, everything);
    assert_eq!(recordings, two_recordings());
    assert_eq!(summary.recordings, 2);
}

#[test]
fn a_backup_without_recordings_is_still_the_first_version_for_older_builds() {
    let text = write_with_recordings(&Everything::default(), &[], "0.2.0", 5);
    assert_eq!(text, write(&Everything::default(), "0.2.0", 5));
    assert!(text.contains("\"version\":1"));
    assert!(!text.contains("recordings"));
    let (_, recordings, summary) = read_with_recordings(text.as_bytes()).unwrap();
    assert!(recordings.is_empty());
    assert_eq!(summary.recordings, 0);
}

#[test]
fn the_second_backup_version_still_opens() {
    let fixture = include_str!("../fixtures/backup/v2.json");
    let (everything, recordings, summary) = read_with_recordings(fixture.as_bytes()).unwrap();
    assert_eq!(summary.children, ["Mia"]);
    assert_eq!(everything.practice_log.practices.len(), 1);
    assert_eq!(recordings.len(), 1);
    assert_eq!(
        recordings[0].info.of,
        RecordingFor::Step(Exercise::Balloon, Cue::BreatheIn)
    );
    assert_eq!(recordings[0].info.kind, "audio/ogg;codecs=opus");
    assert!(recordings[0].sound.starts_with(b"OggS"));
    // Read without its recordings, it is the same family.
    assert_eq!(read(fixture.as_bytes()).unwrap().0, everything);
}

#[test]
fn a_backup_with_a_books_page_is_the_third_version_and_comes_back_exactly() {
    let mut recordings = two_recordings();
    // Only a book's page needs version 3: a story's page is known to version 2.
    recordings.push(KeptRecording {
        info: RecordingInfo {
            of: PagesOf::Story(1_764_115_200_000).page(1),
            ..recordings[0].info.clone()
        },
        sound: vec![1, 2, 3],
    });
    recordings[2].info.bytes = 3;
    let text = write_with_recordings(&Everything::default(), &recordings, "0.3.0", 5);
    assert!(text.contains("\"version\":2"));
    recordings.push(KeptRecording {
        info: RecordingInfo {
            of: PagesOf::Book("safe-with-you").page(2),
            kind: "audio/mp4".into(),
            length_ms: 59_000,
            bytes: 4,
            recorded_at: 7,
        },
        sound: vec![0, 0, 0, 24],
    });
    let text = write_with_recordings(&Everything::default(), &recordings, "0.3.0", 5);
    assert!(text.contains("\"version\":3"));
    assert!(text.contains("book/safe-with-you/2"));
    let (_, back, summary) = read_with_recordings(text.as_bytes()).unwrap();
    assert_eq!(back, recordings);
    assert_eq!(summary.recordings, 4);
}

#[test]
fn the_third_backup_version_still_opens() {
    let fixture = include_str!("../fixtures/backup/v3.json");
    let (everything, recordings, summary) = read_with_recordings(fixture.as_bytes()).unwrap();
    assert_eq!(summary.children, ["Mia"]);
    assert_eq!(everything.stories.len(), 1);
    let kept: Vec<RecordingFor> = recordings.iter().map(|r| r.info.of).collect();
    assert_eq!(
        kept,
        [
            RecordingFor::Step(Exercise::Balloon, Cue::BreatheIn),
            PagesOf::Story(1_764_115_200_000).page(1),
            PagesOf::Book("safe-with-you").page(2),
        ]
    );
    assert_eq!(recordings[2].info.kind, "audio/mp4");
    assert_eq!(recordings[2].info.length_ms, 6_200);
    assert_eq!(recordings[2].sound, b"\0\0\0\x18ftypM4A ");
    assert_eq!(read(fixture.as_bytes()).unwrap().0, everything);
}

#[test]
fn a_file_from_a_version_after_the_third_is_refused_as_newer() {
    let fixture =
        include_str!("../fixtures/backup/v3.json").replacen("\"version\":3", "\"version\":4", 1);
    assert!(matches!(
        read_with_recordings(fixture.as_bytes()),
        Err(BackupProblem::FromNewerApp)
    ));
}

#[test]
fn a_damaged_recording_refuses_the_whole_file() {
    let good = write_with_recordings(&Everything::default(), &two_recordings(), "0.2.0", 5);
    let damaged = |text: String| match read_with_recordings(text.as_bytes()) {
        Err(BackupProblem::Damaged(_)) => {}
        other => panic!(
            "not refused as damaged: {:?}",
            other.map(|(_, r, _)| r.len())
        ),
    };
    damaged(good.replacen("step/balloon/breathe-in", "step/balloon/sing", 1));
    damaged(good.replacen("audio/webm;codecs=opus", "text/html", 1));
    damaged(good.replacen("\"length_ms\":2400", "\"length_ms\":10001", 1));
    damaged(good.replacen("\"sound\":\"", "\"sound\":\"*", 1));
    damaged(good.replacen("step/butterfly-hug/tap-left", "step/balloon/breathe-in", 1));
    damaged(good.replacen("step/balloon/breathe-in", "book/a-book-not-here/1", 1));
    damaged(good.replacen("step/balloon/breathe-in", "book/safe-with-you/0", 1));
}

#[test]
fn taken_back_in_place_all_come_in_added_only_steps_not_recorded_here() {
    let incoming = two_recordings();
    let here = vec![RecordingInfo {
        of: RecordingFor::Step(Exercise::Balloon, Cue::BreatheIn),
        kind: "audio/mp4".into(),
        length_ms: 1_000,
        bytes: 10,
        recorded_at: 9,
    }];
    assert_eq!(recordings_to_keep(&here, &incoming, true).len(), 2);
    let added = recordings_to_keep(&here, &incoming, false);
    assert_eq!(added.len(), 1);
    assert_eq!(
        added[0].info.of,
        RecordingFor::Step(Exercise::ButterflyHug, Cue::TapLeft)
    );
}

#[test]
fn base64_is_the_standard_one() {
    assert_eq!(base64::encode(b""), "");
    assert_eq!(base64::encode(b"f"), "Zg==");
    assert_eq!(base64::encode(b"fo"), "Zm8=");
    assert_eq!(base64::encode(b"foo"), "Zm9v");
    assert_eq!(base64::encode(b"foobar"), "Zm9vYmFy");
    assert_eq!(base64::encode(&[0xfb, 0xff]), "+/8=");
    for bad in [
        "Zg", "Zg=", "Z===", "Zh==", "Zm9=", "Zg==Zg==", "Zm9v!", "Zm 9v",
    ] {
        assert_eq!(base64::decode(bad), None, "{bad}");
    }
}

proptest! {
    #[test]
    fn any_bytes_round_trip_through_base64(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        prop_assert_eq!(base64::decode(&base64::encode(&bytes)), Some(bytes));
    }

    #[test]
    fn any_text_decodes_without_panic_and_only_as_its_own_encoding(text in "[A-Za-z0-9+/=]{0,24}") {
        if let Some(bytes) = base64::decode(&text) {
            prop_assert_eq!(base64::encode(&bytes), text);
        }
    }
}
