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
    // The follow-up comes straight after its own choice; no aria-expanded (not allowed on a radio)
    // and no aria-controls (it would point at content that is hidden most of the time).
    // (The second item is the one with input #wie-2.)
    assert!(has(&doc, ".eh-choices__item + .eh-choices__item + div#conditional-wie-2 input#b-naam"), "follow-up right after its choice");
    assert!(!has(&doc, "input[aria-expanded]") && !has(&doc, "input[aria-controls]"));
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

// ---- Form elements, slice 2: Dutch inputs, pre-filled field, character count, password, file ----

#[test]
fn address_input_keeps_each_part_and_marks_only_the_wrong_one() {
    use eenheid::form::address_input::{AddressInput, AddressPart, AddressValue};
    let doc = parse(&render_html(|| view! {
        <AddressInput id="adres" legend="Adres" value=AddressValue::new("3511 LX", "12a", "<b>2-hoog</b>")
            error="Vul een huisnummer in" error_parts=vec![AddressPart::HouseNumber] />
    }));
    assert_eq!(attr(&doc, "#adres-postcode", "value").as_deref(), Some("3511 LX"));
    assert_eq!(attr(&doc, "#adres-huisnummer", "value").as_deref(), Some("12a"));
    assert_eq!(attr(&doc, "#adres-toevoeging", "value").as_deref(), Some("<b>2-hoog</b>"));
    assert_eq!(attr(&doc, "#adres-huisnummer", "aria-invalid").as_deref(), Some("true"));
    assert_eq!(attr(&doc, "#adres-postcode", "aria-invalid"), None);
    assert_eq!(attr(&doc, "#adres-postcode", "autocomplete").as_deref(), Some("postal-code"));
    assert_eq!(attr(&doc, "#adres-huisnummer", "inputmode").as_deref(), Some("numeric"));
    assert_eq!(attr(&doc, "#adres-toevoeging", "name").as_deref(), Some("adres-toevoeging"));
    assert_eq!(attr(&doc, "fieldset", "aria-describedby").as_deref(), Some("adres-error"));
    assert!(has(&doc, "label[for=adres-postcode]") && has(&doc, "label[for=adres-huisnummer]") && has(&doc, "label[for=adres-toevoeging]"));
}

#[test]
fn dutch_inputs_keep_their_values() {
    use eenheid::form::bsn_input::BsnInput;
    use eenheid::form::iban_input::IbanInput;
    use eenheid::form::phone_input::PhoneInput;
    let doc = parse(&render_html(|| view! {
        <BsnInput id="bsn" value="1112 22 333" error="Een burgerservicenummer heeft 9 cijfers" />
        <IbanInput id="iban" value="NL91 ABNA 0417 1643 01" error="Vul een geldig rekeningnummer (IBAN) in" />
        <PhoneInput id="tel" value="06 1234" error="Vul een telefoonnummer in" />
    }));
    assert_eq!(attr(&doc, "#bsn", "value").as_deref(), Some("1112 22 333"));
    assert_eq!(attr(&doc, "#bsn", "inputmode").as_deref(), Some("numeric"));
    assert_eq!(attr(&doc, "#bsn", "aria-describedby").as_deref(), Some("bsn-hint bsn-error"));
    assert_eq!(attr(&doc, "#iban", "value").as_deref(), Some("NL91 ABNA 0417 1643 01"));
    assert_eq!(attr(&doc, "#tel", "value").as_deref(), Some("06 1234"));
    assert_eq!(attr(&doc, "#tel", "type").as_deref(), Some("tel"));
    assert_eq!(attr(&doc, "#tel", "autocomplete").as_deref(), Some("tel"));
    for id in ["#bsn", "#iban", "#tel"] {
        assert_eq!(attr(&doc, id, "aria-invalid").as_deref(), Some("true"), "{id}");
    }
}

#[test]
fn prefilled_field_sends_the_known_value_and_opens_with_an_error() {
    use eenheid::form::prefilled_field::PrefilledField;
    let doc = parse(&render_html(|| view! {
        <PrefilledField id="naam" label="Achternaam" known_value="Jansen" source="Uit de Basisregistratie Personen (BRP)" />
    }));
    assert_eq!(attr(&doc, "#naam", "value").as_deref(), Some("Jansen"), "the closed input still sends the known value");
    assert!(has(&doc, "details:not([open]) summary") && has(&doc, "details #naam"));
    let doc = parse(&render_html(|| view! {
        <PrefilledField id="naam" label="Achternaam" known_value="Jansen" source="Uit de BRP" value="Jans3n" error="Gebruik alleen letters" />
    }));
    assert_eq!(attr(&doc, "#naam", "value").as_deref(), Some("Jans3n"), "what the user typed wins");
    assert!(has(&doc, "details[open] #naam"), "an error opens the input");
    assert_eq!(attr(&doc, "#naam", "aria-invalid").as_deref(), Some("true"));
}

#[test]
fn character_count_keeps_the_text_and_states_the_limit() {
    use eenheid::form::character_count::CharacterCount;
    let doc = parse(&render_html(|| view! {
        <CharacterCount id="t" label="Toelichting" max=10 value="regel 1\nregel 2 </textarea>" error="Gebruik niet meer dan 10 tekens" />
    }));
    let text: String = doc.select(&Selector::parse("textarea#t").unwrap()).next().unwrap().text().collect();
    assert_eq!(text, "regel 1\nregel 2 </textarea>");
    assert_eq!(attr(&doc, "#t", "aria-describedby").as_deref(), Some("t-error t-info"));
    let info: String = doc.select(&Selector::parse("#t-info").unwrap()).next().unwrap().text().collect();
    assert_eq!(info, "U kunt maximaal 10 tekens gebruiken");
    assert!(has(&doc, ".eh-character-count__status[hidden]"), "the count shows only once enhanced");
    assert!(has(&doc, "[aria-live=polite]"));
}

#[test]
#[should_panic(expected = "max is 0")]
#[cfg(debug_assertions)]
fn character_count_without_a_limit_fails_loudly() {
    use eenheid::form::character_count::CharacterCount;
    render_html(|| view! { <CharacterCount id="t" label="Toelichting" max=0 /> });
}

#[test]
fn password_is_never_written_back() {
    use eenheid::form::password_input::PasswordInput;
    let doc = parse(&render_html(|| view! { <PasswordInput id="pw" label="Wachtwoord" error="Gebruik minstens 12 tekens" /> }));
    assert_eq!(attr(&doc, "#pw", "type").as_deref(), Some("password"));
    assert_eq!(attr(&doc, "#pw", "value"), None);
    assert_eq!(attr(&doc, "#pw", "aria-describedby").as_deref(), Some("pw-error"));
    assert!(has(&doc, "button[type=button][aria-controls=pw][hidden]"), "the toggle waits for JavaScript");
}

#[test]
fn file_upload_links_hint_and_error() {
    use eenheid::form::file_upload::FileUpload;
    let doc = parse(&render_html(|| view! {
        <FileUpload id="f" label="Bestand" hint="Een PDF" error="Kies het bestand opnieuw" accept=".pdf" multiple=true />
    }));
    assert_eq!(attr(&doc, "#f", "type").as_deref(), Some("file"));
    assert_eq!(attr(&doc, "#f", "accept").as_deref(), Some(".pdf"));
    assert!(has(&doc, "#f[multiple]"));
    assert_eq!(attr(&doc, "#f", "aria-describedby").as_deref(), Some("f-hint f-error"));
    assert_eq!(attr(&doc, "#f", "value"), None);
}

#[test]
fn double_click_guard_wraps_only_when_asked() {
    use eenheid::form::button::Button;
    let plain = render_html(|| view! { <Button>"Doorgaan"</Button> });
    assert!(!plain.contains("data-eh-module") && !plain.contains("<script"), "a plain button stays plain, with no script: {plain}");
    let guarded = parse(&render_html(|| view! { <Button prevent_double_click=true name="actie" value="verstuur">"Verstuur"</Button> }));
    assert!(has(&guarded, r#".eh-button-guard[data-eh-module="double-click-guard"][data-eh-window-ms="1000"] button[type=submit][name=actie][value=verstuur]"#));
    assert!(has(&guarded, r#"script[type=module][src="/pkg/eenheid.js"]"#), "the loader comes with the enhancement");
}

#[test]
fn a_page_gets_one_loader_however_many_enhancements_it_has() {
    use eenheid::form::button::Button;
    use eenheid::form::password_input::PasswordInput;
    use eenheid::page::page_template::PageTemplate;
    let page = render_html(|| {
        eenheid::enhance::provide_script_base("/static/eenheid/");
        view! {
            <PageTemplate title="T" agency="A" stylesheet_href="/s.css">
                <PasswordInput id="w" label="Wachtwoord" />
                <Button prevent_double_click=true>"Verstuur"</Button>
            </PageTemplate>
        }
    });
    assert_eq!(page.matches("<script").count(), 1, "{page}");
    assert!(page.contains(r#"<script type="module" src="/static/eenheid/eenheid.js"></script>"#), "{page}");
    let plain = render_html(|| view! { <PageTemplate title="T" agency="A" stylesheet_href="/s.css"><p>"Tekst"</p></PageTemplate> });
    assert!(!plain.contains("<script"), "a page without enhancements has no script at all: {plain}");
}

#[test]
fn the_code_field_keeps_what_was_typed_and_links_its_error() {
    use eenheid::patterns::save_and_continue::ContinueWithCode;
    let doc = parse(&render_html(|| view! { <ContinueWithCode action="/verder" value="k7qm 4xh\"b" error="Deze code klopt niet" /> }));
    assert_eq!(attr(&doc, "#code", "value").as_deref(), Some("k7qm 4xh\"b"));
    assert_eq!(attr(&doc, "#code", "aria-describedby").as_deref(), Some("code-hint code-error"));
    assert_eq!(attr(&doc, "#code", "aria-invalid").as_deref(), Some("true"));
    assert_eq!(attr(&doc, "#code", "autocomplete").as_deref(), Some("off"));
}
