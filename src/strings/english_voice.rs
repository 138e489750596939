use super::voice::VoiceStrings;

pub static ENGLISH_VOICE: VoiceStrings = VoiceStrings {
    title: "Our own voice",
    intro: "Children calm best to a voice they know. Record the words of each step in your own voice and your own language: in a practice, your recording plays instead of the tablet's voice.",
    why_microphone: "The microphone is used only while you record, after you tap Record; the browser asks you first. Recordings stay on this tablet and are never sent anywhere.",
    pages_where: "You can also read our stories and the books in your voice: open one with \"Read together\" and tap \"Record this page in our voice\" on each page.",
    how_to_say: "Say the words slowly and softly, as you would to your child. A step lasts a few seconds: up to 10 seconds are kept.",
    how_to_sing: "Hum or sing your baby's song softly, as you would at bedtime: up to 30 seconds are kept, and it plays at the start of each half minute of the practice.",
    exercise_label: "Which practice?",
    recorded: english_recorded,
    not_recorded: "Not recorded: the tablet's voice says it, if it is on.",
    record: "Record",
    record_again: "Record again",
    listen: "Listen",
    delete: "Delete",
    asking: "Waiting for the microphone…",
    recording_now: "Recording…",
    seconds_left: english_seconds_left,
    stop: "Stop recording",
    saving: "Keeping your recording…",
    saved: "Recorded. It plays in the practice from now on.",
    deleted: "Recording deleted. The tablet's voice says this step again, if it is on.",
    refused: "The microphone was not allowed, so nothing was recorded. Everything else works as before. To record, allow the microphone for this site in the browser's settings.",
    no_microphone: "No microphone was found, or another app is using it. Nothing was recorded.",
    cannot_record: "This browser cannot record sound. Practices use the tablet's voice instead, if it is on.",
    not_kept: "This browser cannot keep recordings here (in a private window, for example). Nothing was recorded.",
    full: "There is no room for more recordings. Delete some to record more.",
    failed: "Something went wrong and nothing was recorded. Please try again.",
    cannot_play: "This recording cannot play in this browser (it may have been made in another one). The tablet's voice says this step instead. Record it again to hear your voice here.",
    used: english_used,
    none_yet: "No recordings yet.",
    demo: "In the example family, recordings are thrown away when the example ends.",
    record_page: "Record this page in our voice",
    record_page_again: "Record this page again",
    delete_page: "Delete this page's recording",
    read_in_our_voice: "Read in our voice",
    page_saved: "Recorded. This page is read in our voice from now on.",
    page_deleted: "This page's recording was deleted.",
};

fn english_recorded(ms: u32) -> String {
    let seconds = ms.div_ceil(1000).max(1);
    if seconds == 1 {
        "Recorded: 1 second".into()
    } else {
        format!("Recorded: {seconds} seconds")
    }
}

fn english_seconds_left(seconds: u32) -> String {
    if seconds == 1 {
        "1 second left".into()
    } else {
        format!("{seconds} seconds left")
    }
}

fn english_used(count: usize, tenths_of_megabyte: u64) -> String {
    let recordings = if count == 1 {
        "1 recording".to_string()
    } else {
        format!("{count} recordings")
    };
    format!(
        "{recordings}, {}.{} MB of 50 MB",
        tenths_of_megabyte / 10,
        tenths_of_megabyte % 10
    )
}
