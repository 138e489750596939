//! The grown-ups' side: children's profiles, the week's plan (and sending it to the family's
//! tablet, and taking it there), settings, backups, demo mode, the guide for grown-ups and About.

pub mod age_band;
pub mod backup;
pub mod calm_settings;
pub mod children;
pub mod demo;
pub mod display;
pub mod gate;
pub mod grownups;
pub mod guide;
pub mod kept;
pub mod nickname;
pub mod own_voice;
pub mod plan;
pub mod plan_send;
pub mod sent_plan;
