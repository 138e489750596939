//! The words of backups on the Grown-ups screen, one table per language.

use crate::model::backup::MergeReport;

pub struct BackupStrings {
    pub title: &'static str,
    pub why: &'static str,
    pub save: &'static str,
    pub saved: &'static str,
    pub save_failed: &'static str,
    /// Shown once a download is offered: the grown-up taps it when they can see the file.
    pub i_see_the_file: &'static str,
    pub backup_counted: &'static str,
    /// Sharing the file (the share sheet: on an iPad, "Save to Files").
    pub share: &'static str,
    pub shared: &'static str,
    pub share_cancelled: &'static str,
    pub share_failed: &'static str,
    pub restore_label: &'static str,
    pub too_big: &'static str,
    /// The backup (or the backup added to what is here) is more than this browser can keep.
    pub too_big_for_browser: &'static str,
    /// The browser stopped partway through putting a backup in place; what was here is whole.
    pub restore_failed: &'static str,
    pub not_json: &'static str,
    pub not_a_backup: &'static str,
    pub from_newer_app: &'static str,
    pub damaged: &'static str,
    pub nothing_changed: &'static str,
    /// "A backup from 26 November 2026".
    pub summary_from: fn(i32, u32, u32) -> String,
    pub summary_children: fn(&[String]) -> String,
    /// Stories and their pages.
    pub summary_stories: fn(usize, usize) -> String,
    pub summary_practices: fn(usize) -> String,
    /// "2 recordings of our own voice".
    pub summary_recordings: fn(usize) -> String,
    /// The switch to put the recordings in the file: (how many, tenths of a megabyte).
    pub with_recordings: fn(usize, u64) -> String,
    /// After taking a backup back: how many recordings came in with it.
    pub recordings_back: fn(usize) -> String,
    pub recordings_not_back: &'static str,
    pub add: &'static str,
    pub replace: &'static str,
    pub cancel: &'static str,
    pub replace_warning: &'static str,
    pub save_first: &'static str,
    pub replace_confirm: &'static str,
    pub added: fn(&MergeReport) -> String,
    pub replaced: &'static str,
    pub delete_title: &'static str,
    pub delete_everything: &'static str,
    pub delete_warning: &'static str,
    pub delete_confirm: &'static str,
    pub delete_failed: &'static str,
    /// When the last backup was saved, in days ago; `None` when never.
    pub last_backup: fn(Option<i64>) -> String,
    pub browser_keeps: &'static str,
    pub browser_may_clear: &'static str,

    pub deleted_lately_title: &'static str,
    pub deleted_lately_help: &'static str,
    pub deleted_lately_none: &'static str,
    /// "Deleted on 3 November; can be brought back until 3 December" (month, day twice).
    pub deleted_when: fn((u32, u32), (u32, u32)) -> String,
    /// A deleted story's "Bring back" button, with its title.
    pub bring_back_titled: fn(&str) -> String,
    pub brought_back: fn(&str) -> String,

    pub copies_title: &'static str,
    pub copies_help: &'static str,
    pub copies_none: &'static str,
    /// What a copy was of, from its key's short name ("family", "story.17" …).
    pub copy_of: fn(&str) -> &'static str,
    pub copy_unreadable: &'static str,
    pub copy_other_window: &'static str,
    /// "Kept aside on 3 November, 12 KB" (month, day, kilobytes).
    pub copy_when: fn(u32, u32, usize) -> String,
    /// All copies together, in kilobytes, and the most they may hold.
    pub copies_total: fn(usize, usize) -> String,
    pub save_copy: &'static str,
    pub delete_copy: &'static str,
    pub copy_deleted: &'static str,
    pub copy_delete_failed: &'static str,
}
