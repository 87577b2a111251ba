//! Page layouts: the template every service page is rendered in, and its parts.

pub mod footer;
pub mod header;
pub mod page_template;
pub mod skip_link;
