//! The icon set: a few small drawings the components need (a check, a cross, a warning, arrows, …),
//! inline SVG in the text colour (`currentColor`), so an icon follows the text it stands next to:
//! in light and dark, on a link, on a button, and in forced colours (Windows high contrast), where
//! the text colour becomes the user's own.
//!
//! One set, drawn alike (a 24 × 24 grid, round lines of the same weight), so no component brings
//! its own marks in another style, and no font glyph (✓, →) that looks different on every system.

use leptos::either::EitherOf3;
use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::i18n::{Lang, Text};
use crate::style::component_sheet::ComponentSheet;

/// The icons of the set. Each has a name, and a rule for when to use it
/// ([`IconName::use_when`]); the showcase lists them all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IconName {
    /// A check mark: done, correct, in order.
    Check,
    /// A cross: not done, missing, wrong; or closing something.
    Cross,
    /// An exclamation mark in a round mark: something people must know before they go on.
    Warning,
    /// An "i" in a circle: extra information.
    Info,
    /// A square with an arrow out of it: a link to another website.
    ExternalLink,
    /// An arrow down onto a line: a link to a file to save.
    Download,
    /// A telephone handset: call.
    Phone,
    /// A speech balloon: chat.
    Chat,
    /// A calendar page: a date or an appointment.
    Calendar,
    /// An arrow to the right: forward, next, start.
    ArrowRight,
    /// An arrow to the left: back, previous.
    ArrowLeft,
    /// An arrow down: further down this page.
    ArrowDown,
}

/// How an icon is drawn on its 24 × 24 grid: lines, a filled shape, or both.
#[derive(Clone, Copy, Debug)]
enum Drawing {
    /// A path drawn as lines (the set's stroke width, round ends).
    Line(&'static str),
    /// A path filled in the text colour (holes by the even-odd rule).
    Fill(&'static str),
    /// Lines, and a filled shape on top.
    LineAndFill(&'static str, &'static str),
}

/// What the showcase and the docs say about an icon, and how it is drawn.
struct IconInfo {
    name: &'static str,
    title: Text,
    use_when: Text,
    drawing: Drawing,
}

impl IconName {
    /// Every icon, in the order the showcase lists them.
    pub const ALL: [IconName; 12] = [
        IconName::Check,
        IconName::Cross,
        IconName::Warning,
        IconName::Info,
        IconName::ExternalLink,
        IconName::Download,
        IconName::Phone,
        IconName::Chat,
        IconName::Calendar,
        IconName::ArrowRight,
        IconName::ArrowLeft,
        IconName::ArrowDown,
    ];

    /// The name in code (`Check`, `ArrowRight`), as written after `IconName::`.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// What the drawing shows, in words ("Vinkje" / "Check mark").
    pub fn title(self, lang: Lang) -> &'static str {
        self.info().title.get(lang)
    }

    /// When to use this icon, in one sentence at B1 level.
    pub fn use_when(self, lang: Lang) -> &'static str {
        self.info().use_when.get(lang)
    }

    fn drawing(self) -> Drawing {
        self.info().drawing
    }

    fn info(self) -> IconInfo {
        match self {
            IconName::Check => IconInfo {
                name: "Check",
                title: Text { nl: "Vinkje", en: "Check mark" },
                use_when: Text {
                    nl: "Iets is klaar of in orde, zoals een stap die af is.",
                    en: "Something is done or in order, such as a finished step.",
                },
                drawing: Drawing::Line("M4 12.5l5 5L20 6.5"),
            },
            IconName::Cross => IconInfo {
                name: "Cross",
                title: Text { nl: "Kruisje", en: "Cross" },
                use_when: Text {
                    nl: "Iets ontbreekt of is niet gelukt, of een knop sluit iets.",
                    en: "Something is missing or did not work, or a button closes something.",
                },
                drawing: Drawing::Line("M6 6l12 12M18 6L6 18"),
            },
            IconName::Warning => IconInfo {
                name: "Warning",
                title: Text { nl: "Uitroepteken", en: "Exclamation mark" },
                use_when: Text {
                    nl: "Mensen moeten iets weten voor ze verdergaan, zoals een boete of een termijn.",
                    en: "People must know something before they go on, such as a fine or a deadline.",
                },
                // A round mark with the exclamation mark cut out: the page shows through it.
                drawing: Drawing::Fill("M12 0a12 12 0 1 0 0 24a12 12 0 1 0 0-24zM10.8 6h2.4l-.4 7.6h-1.6zM12 14.95a1.45 1.45 0 1 0 0 2.9a1.45 1.45 0 1 0 0-2.9z"),
            },
            IconName::Info => IconInfo {
                name: "Info",
                title: Text { nl: "Informatie", en: "Information" },
                use_when: Text {
                    nl: "Extra uitleg die helpt, maar die niet dringend is.",
                    en: "Extra explanation that helps, but is not urgent.",
                },
                drawing: Drawing::LineAndFill("M12 2.5a9.5 9.5 0 1 0 0 19a9.5 9.5 0 1 0 0-19zM12 11v6", "M12 6.2a1.4 1.4 0 1 0 0 2.8a1.4 1.4 0 1 0 0-2.8z"),
            },
            IconName::ExternalLink => IconInfo {
                name: "ExternalLink",
                title: Text { nl: "Andere website", en: "Other website" },
                use_when: Text {
                    nl: "Een link gaat naar een website van een andere organisatie.",
                    en: "A link goes to a website of another organisation.",
                },
                drawing: Drawing::Line("M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"),
            },
            IconName::Download => IconInfo {
                name: "Download",
                title: Text { nl: "Downloaden", en: "Download" },
                use_when: Text {
                    nl: "Een link opent geen pagina, maar slaat een bestand op, zoals een pdf.",
                    en: "A link does not open a page but saves a file, such as a PDF.",
                },
                drawing: Drawing::Line("M12 4v11M7 10l5 5 5-5M5 20h14"),
            },
            IconName::Phone => IconInfo {
                name: "Phone",
                title: Text { nl: "Telefoon", en: "Phone" },
                use_when: Text {
                    nl: "Bij een telefoonnummer dat mensen kunnen bellen.",
                    en: "Next to a phone number people can call.",
                },
                drawing: Drawing::Line("M6.5 3.5h3l1.5 4.5-2 1.5a11 11 0 0 0 5.5 5.5l1.5-2 4.5 1.5v3a2 2 0 0 1-2 2A15.5 15.5 0 0 1 4.5 5.5a2 2 0 0 1 2-2z"),
            },
            IconName::Chat => IconInfo {
                name: "Chat",
                title: Text { nl: "Chat", en: "Chat" },
                use_when: Text {
                    nl: "Bij een link naar de chat met een medewerker.",
                    en: "Next to a link to chat with an employee.",
                },
                drawing: Drawing::Line("M4 4.5h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1h-9l-5 4v-4H4a1 1 0 0 1-1-1v-10a1 1 0 0 1 1-1z"),
            },
            IconName::Calendar => IconInfo {
                name: "Calendar",
                title: Text { nl: "Kalender", en: "Calendar" },
                use_when: Text {
                    nl: "Bij een datum, een termijn of een afspraak maken.",
                    en: "Next to a date, a deadline or making an appointment.",
                },
                drawing: Drawing::Line("M5 5.5h14a1 1 0 0 1 1 1V19a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V6.5a1 1 0 0 1 1-1zM4 10h16M8 3v5M16 3v5"),
            },
            IconName::ArrowRight => IconInfo {
                name: "ArrowRight",
                title: Text { nl: "Pijl naar rechts", en: "Arrow right" },
                use_when: Text {
                    nl: "Verder: de startknop van een dienst, of de volgende pagina.",
                    en: "Onward: the start button of a service, or the next page.",
                },
                drawing: Drawing::Line("M4 12h15M13 6l6 6-6 6"),
            },
            IconName::ArrowLeft => IconInfo {
                name: "ArrowLeft",
                title: Text { nl: "Pijl naar links", en: "Arrow left" },
                use_when: Text { nl: "Terug, of de vorige pagina.", en: "Back, or the previous page." },
                drawing: Drawing::Line("M20 12H5M11 6l-6 6 6 6"),
            },
            IconName::ArrowDown => IconInfo {
                name: "ArrowDown",
                title: Text { nl: "Pijl naar beneden", en: "Arrow down" },
                use_when: Text {
                    nl: "Een link naar een deel verderop op dezelfde pagina.",
                    en: "A link to a part further down the same page.",
                },
                drawing: Drawing::Line("M12 4v15M6 13l6 6 6-6"),
            },
        }
    }
}

/// Whether an icon means something on its own. There is no default guess: a component or page
/// says which it is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum IconMeaning {
    /// Decoration: the text next to it already says it all. Hidden from screen readers.
    #[default]
    Decorative,
    /// The icon says something no text next to it says: this is what a screen reader reads
    /// instead (`role="img"` with this `aria-label`).
    Label(String),
}

impl IconMeaning {
    /// An icon that means `text` ("In orde", "Ontbreekt").
    pub fn label(text: impl Into<String>) -> Self {
        IconMeaning::Label(text.into())
    }
}

/// How large an icon is: a token size each (`size.icon-*`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum IconSize {
    /// As high as the text around it (`size.icon-text`): in a button, a link or a sentence.
    #[default]
    Text,
    /// 24 px (`size.icon-m`): on its own, beside a block of text.
    Medium,
    /// 40 px (`size.icon-l`): a mark that leads a block, such as the warning's.
    Large,
}

impl IconSize {
    /// The whole `class` value of the `<svg>`.
    fn class(self) -> &'static str {
        match self {
            IconSize::Text => "eh-icon eh-icon--text",
            IconSize::Medium => "eh-icon eh-icon--m",
            IconSize::Large => "eh-icon eh-icon--l",
        }
    }
}

/// An icon from the set, drawn inline in the text colour.
///
/// # Panics
/// In debug builds, when `meaning` is a label without text. In release builds such an icon is
/// decorative (hidden from screen readers).
///
/// ```
/// use eenheid::content::icon::{Icon, IconMeaning, IconName, IconSize};
/// use leptos::prelude::*;
/// let decorative = view! { <Icon name=IconName::ArrowRight /> }.to_html();
/// assert!(decorative.contains(r#"aria-hidden="true""#) && decorative.contains(r#"focusable="false""#));
/// assert!(decorative.contains(r#"stroke="currentColor""#) && !decorative.contains("role="));
/// let labelled = view! { <Icon name=IconName::Cross size=IconSize::Medium meaning=IconMeaning::label("Ontbreekt") /> }.to_html();
/// assert!(labelled.contains(r#"role="img""#) && labelled.contains(r#"aria-label="Ontbreekt""#));
/// assert!(!labelled.contains("aria-hidden"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Naast tekst, om die sneller herkenbaar te maken: een pijl in de startknop, een vinkje bij een
///   stap die klaar is, een telefoon bij een telefoonnummer.
/// - Kies het icoon bij wat het betekent (zie de lijst hieronder), en gebruik elk icoon overal voor
///   hetzelfde.
///
/// # Wanneer niet gebruiken
///
/// - Niet in plaats van tekst: een icoon alleen begrijpt niet iedereen. Zet er tekst naast.
/// - Niet als versiering zonder betekenis.
/// - Niet met een eigen kleur: het icoon heeft de kleur van de tekst.
///
/// # Toegankelijkheid
///
/// Een icoon is standaard versiering: schermlezers slaan het over (`aria-hidden`), want de tekst
/// ernaast zegt het al. Zegt het icoon iets wat geen tekst zegt, geef het dan een label
/// (`IconMeaning::label`): dan leest een schermlezer dat label. Het icoon heeft de kleur van de
/// tekst, dus ook in hoog contrast (geforceerde kleuren) is het te zien. Het groeit mee als
/// iemand de tekst groter maakt.
///
/// # When to use
///
/// - Next to text, to make it quicker to recognise: an arrow in the start button, a check mark on
///   a finished step, a phone next to a phone number.
/// - Choose the icon by what it means (see the list below), and use each icon for the same thing
///   everywhere.
///
/// # When not to use
///
/// - Not instead of text: not everyone understands an icon on its own. Put text next to it.
/// - Not as decoration without meaning.
/// - Not in a colour of its own: the icon has the colour of the text.
///
/// # Accessibility
///
/// An icon is decoration by default: screen readers skip it (`aria-hidden`), because the text next
/// to it already says it. If the icon says something no text says, give it a label
/// (`IconMeaning::label`): a screen reader then reads that label. The icon has the colour of the
/// text, so it also shows in high contrast (forced colours). It grows when someone makes the text
/// larger.
#[component]
pub fn Icon(
    /// Which icon.
    name: IconName,
    /// Decoration (the default: hidden from screen readers) or a label that says what it means.
    #[prop(optional)]
    meaning: IconMeaning,
    /// As high as the text (the default), 24 px or 40 px.
    #[prop(optional)]
    size: IconSize,
) -> impl IntoView {
    let label = match meaning {
        IconMeaning::Decorative => None,
        IconMeaning::Label(text) => {
            debug_assert!(!text.trim().is_empty(), "Eenheid Icon {name:?}: the label is empty; give the words it means, or make it decorative");
            Some(text).filter(|text| !text.trim().is_empty())
        }
    };
    let hidden = label.is_none().then_some("true");
    let role = label.is_some().then_some("img");
    // Either/tuple rather than a list or an Option: a static drawing needs no hydration markers.
    let line = |d: &'static str| view! { <path d=d /> };
    let fill = |d: &'static str| view! { <path d=d fill="currentColor" stroke="none" fill-rule="evenodd" /> };
    let drawing = match name.drawing() {
        Drawing::Line(d) => EitherOf3::A(line(d)),
        Drawing::Fill(d) => EitherOf3::B(fill(d)),
        Drawing::LineAndFill(l, f) => EitherOf3::C((line(l), fill(f))),
    };
    view! {
        <svg
            class=size.class()
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            stroke-width="2.25"
            stroke-linecap="round"
            stroke-linejoin="round"
            focusable="false"
            aria-hidden=hidden
            role=role
            aria-label=label
        >
            {drawing}
        </svg>
    }
}

/// [`sheet`] under its class `eh-icon`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-icon", sheet };

/// The icon's sheet: only its size and how it sits in a line of text; the colour is the text's.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        display: inline-block;
        flex: 0 0 auto;
        vertical-align: -0.125em;
        overflow: visible;
        &.eh-icon--text {
            width: var(--eh-size-icon-text);
            height: var(--eh-size-icon-text);
        }
        &.eh-icon--m {
            width: var(--eh-size-icon-m);
            height: var(--eh-size-icon-m);
            vertical-align: middle;
        }
        &.eh-icon--l {
            width: var(--eh-size-icon-l);
            height: var(--eh-size-icon-l);
            vertical-align: middle;
        }
        "#
    )
}

/// The icon's examples: the whole set, and an icon that carries meaning.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "alle-iconen",
        title: "Alle iconen",
        description: "Elk icoon met zijn naam en wanneer u het gebruikt. Ze zijn versiering: de tekst ernaast zegt wat ze betekenen.",
        view: view! {
            <dl>
                {IconName::ALL.into_iter().map(|name| view! {
                    <dt><Icon name=name size=IconSize::Medium />" "<strong>{name.title(crate::i18n::use_lang())}</strong>" "<code>{format!("IconName::{}", name.name())}</code></dt>
                    <dd>{name.use_when(crate::i18n::use_lang())}</dd>
                }).collect_view()}
            </dl>
        }
    },
    crate::example! {
        name: "met-label",
        title: "Icoon met een label",
        description: "Alleen als het icoon iets zegt wat er niet in tekst staat: schermlezers lezen het label (\u{201c}In orde\u{201d}, \u{201c}Ontbreekt\u{201d}).",
        view: view! {
            <ul>
                <li><Icon name=IconName::Check meaning=IconMeaning::label("In orde") />" Kopie van uw paspoort"</li>
                <li><Icon name=IconName::Cross meaning=IconMeaning::label("Ontbreekt") />" Uw laatste loonstrook"</li>
            </ul>
        }
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    fn render(view: impl FnOnce() -> AnyView) -> String {
        crate::render::render_html(view)
    }

    #[test]
    fn every_icon_is_drawn_and_described_in_both_languages() {
        let mut names = std::collections::HashSet::new();
        for name in IconName::ALL {
            assert!(names.insert(name.name()), "{name:?}: name used twice");
            assert_eq!(format!("{name:?}"), name.name(), "the name is the variant's");
            for lang in [Lang::Nl, Lang::En] {
                assert!(!name.title(lang).is_empty() && name.use_when(lang).ends_with('.'), "{name:?} {lang:?}");
            }
            let paths = match name.drawing() {
                Drawing::Line(_) | Drawing::Fill(_) => 1,
                Drawing::LineAndFill(..) => 2,
            };
            let html = render(move || view! { <Icon name=name /> }.into_any());
            assert_eq!(html.matches("<path d=\"M").count(), paths, "{name:?}: {html}");
            assert!(!html.contains("<!"), "no hydration markers in a static drawing: {html}");
        }
    }

    #[test]
    fn a_label_is_escaped_and_makes_the_icon_an_image() {
        let html = render(|| view! { <Icon name=IconName::Check meaning=IconMeaning::label("\"><script>x</script>") /> }.into_any());
        assert!(html.contains(r#"role="img""#) && html.contains("aria-label=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\""), "{html}");
        assert!(!html.contains("<script>") && !html.contains("aria-hidden"), "{html}");
    }

    #[test]
    #[cfg_attr(debug_assertions, should_panic(expected = "the label is empty"))]
    fn an_empty_label_is_refused() {
        let html = render(|| view! { <Icon name=IconName::Info meaning=IconMeaning::label("  ") /> }.into_any());
        // Release builds: decorative rather than an image without a name.
        assert!(html.contains(r#"aria-hidden="true""#) && !html.contains("role="), "{html}");
    }

    #[test]
    fn sizes_come_from_the_size_tokens() {
        let css = stylist::ast::ToStyleStr::to_style_str(&sheet(), Some("eh-icon"));
        for token in ["--eh-size-icon-text", "--eh-size-icon-m", "--eh-size-icon-l"] {
            assert!(css.contains(&format!("var({token})")), "{token} not used: {css}");
        }
        for name in ["icon-text", "icon-m", "icon-l"] {
            assert!(eenheid_tokens::CSS.contains(&format!("--eh-size-{name}:")), "token size.{name} missing");
        }
    }
}

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "icon",
    title: "Icoon",
    title_en: "Icon",
    family: crate::examples::Family::Content,
    summary: "Eén set kleine tekeningen in de kleur van de tekst: vinkje, kruisje, uitroepteken, pijlen, telefoon en meer, met wanneer u welk icoon gebruikt.",
    summary_en: "One set of small drawings in the colour of the text: check mark, cross, exclamation mark, arrows, phone and more, with when to use which icon.",
    components: &["Icon"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
