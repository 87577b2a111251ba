//! Focus once the page has loaded: the error summary (so keyboard and screen-reader users start at
//! what went wrong) and a success banner. The element carries `tabindex="-1"` from the server.

use web_sys::Element;

use crate::dom;

pub fn enhance(element: Element) {
    dom::focus(&element);
}
