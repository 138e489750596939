//! The practice log: every calming practice done, kept for the family and their therapist.

use serde::{Deserialize, Serialize};

use super::checkin::CheckIn;
use super::child::ChildId;
use super::exercise::Exercise;
use super::schema::{self, Aggregate, Migration};

/// How a practice ended. Stopping early is never a failure; it is just recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ending {
    Completed,
    StoppedEarly,
}

/// One practice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Practice {
    pub id: String,
    #[serde(default)]
    pub child: Option<ChildId>,
    pub exercise: Exercise,
    /// Milliseconds since 1970.
    pub started_at: u64,
    pub ended_at: u64,
    pub ending: Ending,
    #[serde(default)]
    pub before: Option<CheckIn>,
    #[serde(default)]
    pub after: Option<CheckIn>,
}

/// All practices on this tablet, oldest first, stored under one key.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticeLog {
    pub practices: Vec<Practice>,
}

impl Aggregate for PracticeLog {
    const MIGRATIONS: &'static [Migration] = &[
        schema::version_1_reads_as_it_is,
        schema::version_2_reads_as_it_is,
    ];
    const READS_AS_IS_FROM: u32 = 1;
}

impl PracticeLog {
    /// Adds a practice; one with the same id replaces the earlier copy (a retried save).
    pub fn record(&mut self, practice: Practice) {
        let id = practice.id.clone();
        super::replace_or_push(&mut self.practices, practice, |p| p.id == id);
    }

    /// The practices of one child (or of no child in particular), newest first.
    pub fn for_child<'a>(
        &'a self,
        child: Option<&'a ChildId>,
    ) -> impl Iterator<Item = &'a Practice> + 'a {
        self.practices
            .iter()
            .rev()
            .filter(move |p| p.child.as_ref() == child)
    }

    /// How many practices belong to one child.
    pub fn count_of(&self, child: &ChildId) -> usize {
        self.practices
            .iter()
            .filter(|p| p.child.as_ref() == Some(child))
            .count()
    }

    /// Forgets one child's practices (the child is taken off the tablet).
    pub fn remove_child(&mut self, child: &ChildId) {
        self.practices.retain(|p| p.child.as_ref() != Some(child));
    }
}
