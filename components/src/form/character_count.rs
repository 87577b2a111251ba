//! The character count: a textarea with a limit. Without JavaScript the limit is in the hint
//! ("U kunt maximaal 500 tekens gebruiken") and the server checks it
//! ([`crate::validation::max_length`]). Enhanced, a message under the field says how many
//! characters (or words) are left, and screen readers hear it once typing pauses.

use std::time::Duration;

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::enhance::{Enhancement, LoaderScript, module};
use crate::examples::Example;
use crate::form::field::Field;
use crate::form::textarea::textarea_element;
use crate::i18n::{Lang, count_left, count_left_templates, count_limit, use_lang};
use crate::style::component_sheet::ComponentSheet;

/// How long typing must pause before screen readers hear the new count.
pub const ANNOUNCE_DELAY: Duration = Duration::from_millis(500);

/// How much of the limit `text` uses: characters (Unicode scalar values, as
/// [`crate::validation::max_length`] counts them) or words (runs of non-space characters).
///
/// ```
/// assert_eq!(eenheid::form::character_count::used("één  twee\ndrie", false), 14);
/// assert_eq!(eenheid::form::character_count::used("één  twee\ndrie", true), 3);
/// ```
pub fn used(text: &str, words: bool) -> usize {
    if words { text.split_whitespace().count() } else { text.chars().count() }
}

/// A labelled textarea with a character (or word) limit.
///
/// The limit is always in the HTML as a hint, linked with `aria-describedby`. Enhanced (the
/// `character-count` module of [`crate::enhance`]), that hint becomes visually hidden and a visible message counts down ("U hebt nog 120
/// tekens over", "U hebt 20 tekens te veel"); a separate `aria-live="polite"` region repeats it
/// for screen readers [`ANNOUNCE_DELAY`] after typing stops, not on every key. The limit is not
/// enforced in the browser (no `maxlength`): people may paste a long text and shorten it.
///
/// Note: browsers send line breaks as two characters (CR LF); count after normalising them to
/// one (`value.replace("\r\n", "\n")`) so the server agrees with the message.
///
/// # Panics
/// In debug builds, when `max` is 0. In release builds a 0 limit renders a textarea without a
/// count.
///
/// ```
/// use eenheid::form::character_count::CharacterCount;
/// use leptos::prelude::*;
/// let html = eenheid::render::render_html(|| view! {
///     <CharacterCount id="toelichting" label="Toelichting" max=500 value="Hallo" />
/// });
/// assert!(html.contains("U kunt maximaal 500 tekens gebruiken"));
/// assert!(html.contains(r#"aria-describedby="toelichting-info""#));
/// assert!(html.contains(r#"aria-live="polite""#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Als een antwoord niet langer mag zijn dan een aantal tekens, bijvoorbeeld door een wet of een
///   systeem.
///
/// # Wanneer niet gebruiken
///
/// - Niet zonder echte grens: gebruik dan een gewoon tekstvak.
///
/// # Toegankelijkheid
///
/// Zonder JavaScript zegt de hint hoeveel tekens mogen. Met JavaScript telt een melding af, die
/// schermlezers rustig voorlezen (`aria-live="polite"`). Het veld heeft geen `maxlength`. Blokkeer
/// het typen niet na de grens: mensen moeten kunnen plakken en dan inkorten.
///
/// # When to use
///
/// - When an answer may not be longer than a number of characters, for example because of a law or
///   a system.
///
/// # When not to use
///
/// - Not without a real limit: then use a plain textarea.
///
/// # Accessibility
///
/// Without JavaScript the hint says how many characters are allowed. With JavaScript a message
/// counts down, which screen readers read calmly (`aria-live="polite"`). The field has no
/// `maxlength`. Do not block typing past the limit: people must be able to paste and then shorten.
#[component]
pub fn CharacterCount(
    /// The textarea's id (and default name); the limit message is `id-info`.
    #[prop(into)]
    id: String,
    /// The field name (defaults to `id`).
    #[prop(optional, into)]
    name: MaybeProp<String>,
    /// The question.
    #[prop(into)]
    label: String,
    /// Show the label as the page heading.
    #[prop(optional)]
    label_is_page_heading: bool,
    /// Extra help (the limit is added by the component; do not repeat it).
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    /// What is wrong and how to fix it (e.g. [`crate::validation::Problem::TooLong`]'s message).
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// What the user typed before.
    #[prop(optional, into)]
    value: MaybeProp<String>,
    /// The limit: characters, or words with `count_words`. Must be at least 1.
    max: usize,
    /// Count words instead of characters.
    #[prop(optional)]
    count_words: bool,
    /// Visible lines (default 5).
    #[prop(optional)]
    rows: Option<u32>,
) -> impl IntoView {
    debug_assert!(max > 0, "Eenheid CharacterCount {id:?}: max is 0; give a limit of at least 1, or use a Textarea without a limit");
    let lang = use_lang();
    let frame = Field::new(&id, label).page_heading(label_is_page_heading).hint(hint.get_untracked()).error(error.get_untracked());
    let value = value.get_untracked().unwrap_or_default();
    let info_id = format!("{id}-info");
    let counted = max > 0;
    // The limit is read after the hint and the error.
    let described_by = [frame.described_by(), counted.then(|| info_id.clone())].into_iter().flatten().collect::<Vec<_>>().join(" ");
    let name = name.get_untracked().unwrap_or_else(|| id.clone());
    let initial = used(&value, count_words);
    let described_by = (!described_by.is_empty()).then_some(described_by);
    let textarea = textarea_element(id, name, rows, None, described_by, frame.has_error(), &value);
    let field = if counted {
        counted_field(textarea.into_any(), info_id, max, count_words, initial, lang).into_any()
    } else {
        textarea.into_any()
    };
    frame.render("eh-textarea eh-character-count", field)
}

/// The textarea with its limit hint, the count (rendered `hidden`) and the empty live region. The
/// `character-count` enhancement visually hides the hint (screen readers still get it as the
/// description), shows the count and keeps it up to date; the texts come from the server.
fn counted_field(textarea: AnyView, info_id: String, max: usize, words: bool, initial: usize, lang: Lang) -> impl IntoView {
    let [left_one, left_other, over_one, over_other] = count_left_templates(lang, words);
    let status_class = if initial > max { "eh-character-count__status eh-character-count__status--over" } else { "eh-character-count__status" };
    view! {
        <div
            class="eh-character-count__field"
            data-eh-module=module(Enhancement::CharacterCount)
            data-eh-max=max
            data-eh-words=words.then_some("")
            data-eh-left-one=left_one
            data-eh-left-other=left_other
            data-eh-over-one=over_one
            data-eh-over-other=over_other
        >
            {textarea}
            <div id=info_id class="eh-hint eh-character-count__info">
                {count_limit(lang, max, words)}
            </div>
            <div class=status_class aria-hidden="true" hidden=true>
                {count_left(lang, max, initial, words)}
            </div>
            <div class="eh-visually-hidden eh-character-count__announcer" aria-live="polite"></div>
        </div>
        <LoaderScript />
    }
}

/// [`sheet`] under its class `eh-character-count`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-character-count", sheet };

/// The character count's sheet (the textarea itself uses the textarea's look).
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        .eh-character-count__field .eh-textarea__input {
            margin-bottom: var(--eh-space-1);
        }
        .eh-character-count__info {
            margin-top: var(--eh-space-1);
        }
        .eh-character-count__status {
            margin-top: var(--eh-space-1);
            color: var(--eh-color-text-secondary);
        }
        .eh-character-count__status--over {
            color: var(--eh-color-error);
            font-weight: var(--eh-font-weight-bold);
        }
        "#
    )
}

/// The character count's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Standaard",
        description: "Zonder JavaScript staat de grens in de hint. Met JavaScript telt een melding onder het veld af.",
        view: view! {
            <CharacterCount id="toelichting" label="Wilt u nog iets vertellen?" max=500
                hint="Bijvoorbeeld over een tijdelijk adres." />
        }
    },
    crate::example! {
        name: "met-tekst",
        title: "Al ingevuld",
        description: "Wat de gebruiker eerder typte, staat er nog; de melding telt vanaf die tekst.",
        view: view! {
            <CharacterCount id="reden" label="Waarom vraagt u uitstel aan?" max=200
                value="Ik ben deze maand verhuisd en heb de brief pas laat gekregen." />
        }
    },
    crate::example! {
        name: "met-fout",
        title: "Met foutmelding",
        description: "De tekst is te lang: de foutmelding zegt wat er moet gebeuren en de tekst blijft staan.",
        view: view! {
            <CharacterCount id="samenvatting" label="Vat uw bezwaar kort samen" max=40
                value="Ik ben het niet eens met de hoogte van de aanslag van dit jaar."
                error="Gebruik niet meer dan 40 tekens" />
        }
    },
    crate::example! {
        name: "woorden",
        title: "Woorden tellen",
        description: "Een grens in woorden in plaats van tekens.",
        view: view! {
            <CharacterCount id="motivatie" label="Waarom wilt u deze subsidie?" max=150 count_words=true />
        }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "character-count",
    title: "Tekstvak met tekenteller",
    title_en: "Textarea with character count",
    family: crate::examples::Family::Form,
    summary: "Een tekstvak met een grens; met JavaScript telt een melding af.",
    summary_en: "A textarea with a limit; with JavaScript a message counts down.",
    components: &["CharacterCount"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
