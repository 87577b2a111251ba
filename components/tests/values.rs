//! A citizen never loses what they typed: every form control, rendered again with the posted
//! values and an error, shows those values — text, textarea, select, radios, checkboxes, and each
//! part of a date.

use eenheid::form::checkboxes::Checkboxes;
use eenheid::form::choice::Choice;
use eenheid::form::date_input::{DateInput, DateValue};
use eenheid::form::radios::Radios;
use eenheid::form::select::{Select, SelectOption};
use eenheid::form::text_input::TextInput;
use eenheid::form::textarea::Textarea;
use eenheid::render::render_html;
use leptos::prelude::*;
use scraper::{Html, Selector};

fn parse(html: &str) -> Html {
    Html::parse_fragment(html)
}

fn attr(doc: &Html, selector: &str, name: &str) -> Option<String> {
    let selector = Selector::parse(selector).unwrap();
    doc.select(&selector).next().and_then(|el| el.value().attr(name).map(str::to_owned))
}

fn has(doc: &Html, selector: &str) -> bool {
    doc.select(&Selector::parse(selector).unwrap()).next().is_some()
}

#[test]
fn text_input_keeps_value_and_links_error() {
    let doc = parse(&render_html(|| view! { <TextInput id="naam" label="Naam" hint="Zoals in uw paspoort" value="Ada \"Lovelace\" <3" error="Vul uw naam in" /> }));
    assert_eq!(attr(&doc, "#naam", "value").as_deref(), Some("Ada \"Lovelace\" <3"));
    assert_eq!(attr(&doc, "#naam", "aria-describedby").as_deref(), Some("naam-hint naam-error"));
    assert_eq!(attr(&doc, "#naam", "aria-invalid").as_deref(), Some("true"));
    assert!(has(&doc, "#naam-error") && has(&doc, "#naam-hint") && has(&doc, "label[for=naam]"));
    let doc = parse(&render_html(|| view! { <TextInput id="naam" label="Naam" /> }));
    assert_eq!(attr(&doc, "#naam", "aria-invalid"), None, "aria-invalid only with an error");
    assert_eq!(attr(&doc, "#naam", "aria-describedby"), None);
}

#[test]
fn textarea_keeps_value() {
    let doc = parse(&render_html(|| view! { <Textarea id="t" label="Toelichting" value="regel 1\nregel 2" error="Te lang" /> }));
    let text: String = doc.select(&Selector::parse("textarea#t").unwrap()).next().unwrap().text().collect();
    assert_eq!(text, "regel 1\nregel 2");
    assert_eq!(attr(&doc, "#t", "aria-describedby").as_deref(), Some("t-error"));
}

#[test]
fn select_keeps_the_picked_option() {
    let doc = parse(&render_html(|| view! {
        <Select id="p" label="Provincie" selected="b" error="Kies een provincie"
            options=vec![SelectOption::new("a", "A"), SelectOption::new("b", "B")] />
    }));
    assert!(has(&doc, "option[value=b][selected]"));
    assert!(!has(&doc, "option[value=a][selected]"));
}

#[test]
fn radios_keep_the_picked_choice_and_conditional_content() {
    let doc = parse(&render_html(|| view! {
        <Radios id="wie" legend="Wie?" selected="b" error="Kies wie er verhuist" items=vec![
            Choice::new("a", "A").into(),
            Choice::new("b", "B").conditional(|| view! { <TextInput id="b-naam" label="Naam" value="Bo" /> }).into(),
        ] />
    }));
    assert!(has(&doc, "input#wie-2[value=b][checked]"));
    assert!(!has(&doc, "input#wie[checked]"));
    assert_eq!(attr(&doc, "#wie-2", "aria-controls").as_deref(), Some("conditional-wie-2"));
    assert_eq!(attr(&doc, "#b-naam", "value").as_deref(), Some("Bo"), "revealed content keeps its value too");
    assert_eq!(attr(&doc, "fieldset", "aria-describedby").as_deref(), Some("wie-error"));
}

#[test]
fn checkboxes_keep_every_ticked_box() {
    let doc = parse(&render_html(|| view! {
        <Checkboxes id="m" legend="Wie?" selected=vec!["a".to_owned(), "c".to_owned()] error="Kies er een"
            items=vec![Choice::new("a", "A").into(), Choice::new("b", "B").into(), Choice::new("c", "C").into()] />
    }));
    assert!(has(&doc, "input#m[value=a][checked]"));
    assert!(!has(&doc, "input#m-2[checked]"));
    assert!(has(&doc, "input#m-3[value=c][checked]"));
}

#[test]
fn date_input_keeps_each_part_and_marks_only_the_wrong_one() {
    let doc = parse(&render_html(|| view! {
        <DateInput id="d" legend="Datum" value=DateValue::new("03", "", "2026") error="Vul ook de maand in"
            error_parts=vec![eenheid::validation::DatePart::Month] />
    }));
    assert_eq!(attr(&doc, "#d-dag", "value").as_deref(), Some("03"));
    assert_eq!(attr(&doc, "#d-jaar", "value").as_deref(), Some("2026"));
    assert_eq!(attr(&doc, "#d-maand", "aria-invalid").as_deref(), Some("true"));
    assert_eq!(attr(&doc, "#d-dag", "aria-invalid"), None);
    assert_eq!(attr(&doc, "#d-dag", "name").as_deref(), Some("d-dag"));
}

#[test]
#[should_panic(expected = "there are no choices")]
#[cfg(debug_assertions)]
fn radios_without_choices_fail_loudly() {
    render_html(|| view! { <Radios id="x" legend="?" items=vec![] /> });
}

#[test]
#[should_panic(expected = "current step 5 is outside 1..=2")]
#[cfg(debug_assertions)]
fn step_indicator_out_of_range_fails_loudly() {
    use eenheid::progress::step_indicator::StepIndicator;
    render_html(|| view! { <StepIndicator id="s" current=5 steps=vec!["a".into(), "b".into()] /> });
}

#[test]
#[should_panic(expected = "not a usable field id")]
#[cfg(debug_assertions)]
fn error_link_to_a_broken_id_fails_loudly() {
    let _ = eenheid::form::error_summary::ErrorLink::new("postcode\"><script>", "x");
}
