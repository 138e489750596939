//! The grown-ups' side: the child's name, privacy, and (soon) profiles, plans and backups.

pub mod age_band;
pub mod backup;
pub mod children;
pub mod demo;
pub mod display;
pub mod gate;
pub mod grownups;
pub mod nickname;
pub mod plan;
