//! Progress trackers: show people where they are in a process.

pub mod progress_bar;
pub mod status_timeline;
pub mod step_indicator;
pub mod task_list;
