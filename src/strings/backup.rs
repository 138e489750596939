//! The words of backups on the Grown-ups screen, one table per language.

use crate::model::backup::MergeReport;

pub struct BackupStrings {
    pub title: &'static str,
    pub why: &'static str,
    pub save: &'static str,
    pub saved: &'static str,
    pub save_failed: &'static str,
    pub restore_label: &'static str,
    pub too_big: &'static str,
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
}
