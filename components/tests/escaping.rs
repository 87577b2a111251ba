//! Every text and URL prop of every form control is escaped: XSS vectors, mixed with random text,
//! go into each prop; the HTML is parsed with an HTML5 parser and must contain no element, event
//! attribute or URL scheme that the input brought in.

use eenheid::form::button::{Button, ButtonVariant};
use eenheid::form::checkboxes::Checkboxes;
use eenheid::form::choice::Choice;
use eenheid::form::date_input::{DateInput, DateValue};
use eenheid::form::error_summary::{ErrorLink, ErrorSummary};
use eenheid::form::radios::Radios;
use eenheid::form::select::{Select, SelectOption};
use eenheid::form::text_input::TextInput;
use eenheid::form::textarea::Textarea;
use eenheid::render::render_html;
use leptos::prelude::*;
use proptest::prelude::*;
use scraper::Html;

const VECTORS: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "'><svg onload=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "\" autofocus onfocus=\"alert(1)",
    "<!--<script>-->",
    "\u{202e}<iframe src=javascript:alert(1)>",
    "&lt;script&gt;",
];

fn payload() -> impl Strategy<Value = String> {
    (proptest::sample::select(VECTORS), "[a-zA-Z <>\"'=&/]{0,12}").prop_map(|(vector, noise)| format!("{noise}{vector}{noise}"))
}

/// No element, event handler or dangerous URL that the markup does not have by itself.
fn assert_inert(html: &str) {
    let doc = Html::parse_document(html);
    for node in doc.tree.nodes() {
        if let Some(element) = node.value().as_element() {
            let name = element.name();
            assert!(!matches!(name, "script" | "img" | "svg" | "iframe" | "object" | "embed"), "injected <{name}> in:\n{html}");
            for (attribute, value) in element.attrs() {
                assert!(!attribute.starts_with("on"), "injected {attribute}= in:\n{html}");
                assert!(attribute != "autofocus" && attribute != "src", "injected {attribute} in:\n{html}");
                if matches!(attribute, "href" | "action" | "formaction") {
                    let scheme = value.trim().to_ascii_lowercase();
                    assert!(!scheme.starts_with("javascript:") && !scheme.starts_with("data:"), "unsafe {attribute}={value:?}");
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn text_controls_escape_every_prop(a in payload(), b in payload(), c in payload(), d in payload()) {
        assert_inert(&render_html(|| view! { <TextInput id="x" label=a.clone() hint=b.clone() error=c.clone() value=d.clone() autocomplete=a.clone() /> }));
        assert_inert(&render_html(|| view! { <TextInput id="x" name=a.clone() label=b.clone() label_is_page_heading=true /> }));
        assert_inert(&render_html(|| view! { <Textarea id="x" label=a.clone() hint=b.clone() error=c.clone() value=d.clone() /> }));
        assert_inert(&render_html(|| view! {
            <Select id="x" label=a.clone() hint=b.clone() error=c.clone() selected=d.clone()
                options=vec![SelectOption::new(d.clone(), a.clone()), SelectOption::new(b.clone(), c.clone())] />
        }));
    }

    #[test]
    fn choice_controls_escape_every_prop(a in payload(), b in payload(), c in payload(), d in payload()) {
        let items = || vec![
            Choice::new(a.clone(), b.clone()).hint(c.clone()).into(),
            Choice::new(d.clone() + "2", a.clone()).conditional({ let c = c.clone(); move || c.clone() }).into(),
        ];
        assert_inert(&render_html(|| view! { <Radios id="x" name=a.clone() legend=b.clone() hint=c.clone() error=d.clone() selected=a.clone() items=items() /> }));
        assert_inert(&render_html(|| view! { <Checkboxes id="x" legend=b.clone() hint=c.clone() error=d.clone() selected=vec![a.clone()] items=items() legend_is_page_heading=true /> }));
        assert_inert(&render_html(|| view! {
            <DateInput id="x" name=a.clone() legend=b.clone() hint=c.clone() error=d.clone() value=DateValue::new(a.clone(), b.clone(), c.clone()) />
        }));
    }

    #[test]
    fn buttons_and_summary_escape_text_and_urls(a in payload(), b in payload()) {
        let (href, text) = (a.clone(), b.clone());
        assert_inert(&render_html(move || view! { <Button variant=ButtonVariant::Start href=href>{text}</Button> }));
        let (name, value, text) = (a.clone(), b.clone(), a.clone());
        assert_inert(&render_html(move || view! { <Button name=name value=value>{text}</Button> }));
        assert_inert(&render_html(|| view! { <ErrorSummary errors=vec![ErrorLink::new("veld", a.clone())] /> }));
    }
}
