//! Progress trackers: show people where they are in a process.

pub mod step_indicator;
