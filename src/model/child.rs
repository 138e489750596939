//! Who a child is to the app: a stable id and an age group. A leaf of the model: the family,
//! practices, pacing, stories and backups all name children, and this depends on nothing.

use serde::{Deserialize, Serialize};

/// A child's stable id, made once when the profile is created.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ChildId(pub String);

/// The age groups that set gentle defaults (breath pace, holds) for a child.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AgeBand {
    Toddler,
    Preschool,
    EarlySchool,
}
