//! The English words of backups.

use super::english::month_name;
use super::BackupStrings;
use crate::model::backup::MergeReport;

fn deleted_when(deleted: (u32, u32), until: (u32, u32)) -> String {
    format!(
        "Deleted on {} {}. It can be brought back until {} {}.",
        deleted.1,
        month_name(deleted.0),
        until.1,
        month_name(until.0)
    )
}

fn bring_back_titled(title: &str) -> String {
    format!("Bring back \"{title}\"")
}

fn brought_back(title: &str) -> String {
    format!("\"{title}\" is back in Our stories.")
}

fn copy_of(slug: &str) -> &'static str {
    match slug {
        "family" => "Children's profiles and the week's plans",
        "practice-log" => "Calming practices",
        "calm-settings" => "Calming settings",
        "story-index" => "The list of stories",
        _ if slug.starts_with("story.") => "A story",
        _ => "Something saved",
    }
}

fn copy_when(month: u32, day: u32, kilobytes: usize) -> String {
    format!("Kept aside on {day} {}, {kilobytes} KB", month_name(month))
}

fn copies_total(kilobytes: usize, most: usize) -> String {
    format!("Together they take {kilobytes} KB of the {most} KB copies may use.")
}

fn summary_from(year: i32, month: u32, day: u32) -> String {
    format!("A backup from {day} {} {year}", month_name(month))
}

fn summary_children(names: &[String]) -> String {
    let named: Vec<&str> = names
        .iter()
        .map(|n| {
            if n.is_empty() {
                "a child with no name yet"
            } else {
                n.as_str()
            }
        })
        .collect();
    match named.as_slice() {
        [] => "No children's profiles".into(),
        [one] => format!("1 child: {one}"),
        many => format!("{} children: {}", many.len(), many.join(", ")),
    }
}

fn plural(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {many}")
    }
}

fn summary_stories(stories: usize, pages: usize) -> String {
    format!(
        "{} ({})",
        plural(stories, "story", "stories"),
        plural(pages, "page", "pages")
    )
}

fn summary_practices(practices: usize) -> String {
    plural(practices, "calming practice", "calming practices")
}

fn summary_recordings(recordings: usize) -> String {
    format!(
        "{} of our own voice",
        plural(recordings, "recording", "recordings")
    )
}

fn with_recordings(recordings: usize, tenths_of_megabyte: u64) -> String {
    format!(
        "Put our own voice's recordings in the file too ({}, {}.{} MB: a larger file)",
        recordings,
        tenths_of_megabyte / 10,
        tenths_of_megabyte % 10
    )
}

fn recordings_back(recordings: usize) -> String {
    format!("{} came back too.", summary_recordings(recordings))
}

fn added(report: &MergeReport) -> String {
    let mut said = format!(
        "Added {}, {} and {}.",
        plural(report.children_added, "child", "children"),
        plural(report.stories_added, "story", "stories"),
        plural(report.practices_added, "practice", "practices")
    );
    match report.stories_updated {
        0 => {}
        1 => said.push_str(" 1 story had newer changes in the backup and was brought up to date; this tablet's earlier version waits in \"Stories deleted lately\" for 30 days."),
        n => said.push_str(&format!(" {n} stories had newer changes in the backup and were brought up to date; this tablet's earlier versions wait in \"Stories deleted lately\" for 30 days.")),
    }
    match report.stories_kept {
        0 => {}
        1 => said.push_str(" 1 story had newer changes on this tablet and was kept as it is."),
        n => said.push_str(&format!(
            " {n} stories had newer changes on this tablet and were kept as they are."
        )),
    }
    said
}

fn last_backup(days_ago: Option<i64>) -> String {
    match days_ago {
        None => "You have not saved a backup on this tablet yet.".into(),
        Some(days) if days <= 0 => "Last backup: today.".into(),
        Some(1) => "Last backup: yesterday.".into(),
        Some(days) => format!("Last backup: {days} days ago."),
    }
}

pub static ENGLISH_BACKUP: BackupStrings = BackupStrings {
    title: "Backups",
    why: "Everything you make lives only on this tablet. A backup file keeps a copy you can bring back here or on another tablet. Nothing is sent anywhere.",
    save: "Save a backup",
    saved: "Your browser should now save the backup file. Look for it in your downloads (on an iPad, in the Files app). When you can see it there, tap \"I can see the file\".",
    i_see_the_file: "I can see the file",
    backup_counted: "Thank you. This backup counts from today; Home will remind you again in two weeks.",
    share: "Share or save to Files",
    shared: "Done: the backup went where you chose. It counts from today.",
    share_cancelled: "The backup was not shared. Nothing has changed.",
    share_failed: "This browser could not share the file. You can use \"Save a backup\" instead.",
    save_failed: "This browser did not save the file. Nothing has changed here.",
    restore_label: "Bring back a backup: choose the file",
    too_big: "This file is too big to be a Calm Together backup.",
    too_big_for_browser: "This backup holds more than this browser can keep, so the app will not use it. Your therapist can help you choose what to keep.",
    restore_failed: "This browser ran out of room partway through, so the app put back everything as it was before. Deleting copies kept aside, or stories deleted lately, can make room.",
    not_json: "This file is not a backup the app can read. It may be cut short or damaged.",
    not_a_backup: "This file is not a Calm Together backup.",
    from_newer_app: "This backup was made by a newer version of Calm Together. Please update the app first.",
    damaged: "Something inside this backup is damaged, so the app will not use it.",
    nothing_changed: "Nothing on this tablet has changed.",
    summary_from,
    summary_children,
    summary_stories,
    summary_practices,
    summary_recordings,
    with_recordings,
    recordings_back,
    recordings_not_back: "The recordings of our own voice could not be kept in this browser; everything else came back.",
    add: "Add to what is here",
    replace: "Replace what is here",
    cancel: "Cancel",
    replace_warning: "Replacing puts the backup in place of everything on this tablet: children, stories and practices that are only here will be gone. You can save a backup of what is here first.",
    save_first: "Save a backup of what is here first",
    replace_confirm: "Yes, replace everything",
    added,
    replaced: "Done. This tablet now holds what was in the backup.",
    delete_title: "Start again",
    delete_everything: "Delete everything on this tablet",
    delete_warning: "This deletes every child's profile, story and practice on this tablet, and every recording of our own voice. It cannot be undone. You can save a backup first.",
    delete_confirm: "Yes, delete everything",
    delete_failed: "This browser would not delete the data. Nothing has changed.",
    last_backup,
    browser_keeps: "This browser has agreed to keep your data.",
    deleted_lately_title: "Stories deleted lately",
    deleted_lately_help: "A story deleted from Our stories waits here for 30 days, in case it was deleted by mistake. After that it is gone for good.",
    deleted_lately_none: "No story has been deleted in the last 30 days.",
    deleted_when,
    bring_back_titled,
    brought_back,
    copies_title: "Copies kept aside",
    copies_help: "When the app finds saved information it cannot read, or two windows change the same thing, it keeps a copy here so nothing is lost. You can save a copy to a file for your therapist, or for whoever helps you with the tablet. Delete a copy when you no longer need it.",
    copies_none: "There are no copies kept aside.",
    copy_of,
    copy_unreadable: "Could not be read",
    copy_other_window: "Changed in another window",
    copy_when,
    copies_total,
    save_copy: "Save to a file",
    delete_copy: "Delete this copy",
    copy_deleted: "The copy was deleted.",
    copy_delete_failed: "This browser would not delete the copy. It is still kept.",
    browser_may_clear: "This browser may clear its data when space runs low or after some time unused, so save a backup now and then.",
};
