//! Page layouts: the template every service page is rendered in, and its parts.

pub mod acting_on_behalf;
pub mod agency_logo;
pub mod back_link;
pub mod breadcrumbs;
pub mod cookie_banner;
pub mod footer;
pub mod grid;
pub mod header;
pub mod help_block;
pub mod language_switch;
pub mod notification_banner;
pub mod page_template;
pub mod phase_banner;
pub mod service_navigation;
pub mod session_timeout;
pub mod sign_in;
pub mod skip_link;
