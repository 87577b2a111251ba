//! The page template: a complete HTML document with language, skip link, header, `<main>` and
//! footer. Every service page is rendered in it, so every page has the same landmarks in the same
//! order (WCAG 1.3.1, 2.4.1, 3.1.1, 3.2.3).

use leptos::either::EitherOf3;
use leptos::prelude::*;

use crate::i18n::{Lang, provide_lang};
use crate::page::agency_logo::AgencyLogo;
use crate::page::footer::{Footer, FooterLink};
use crate::page::grid::ColumnWidth;
use crate::page::header::Header;
use crate::page::help_block::{HelpBlock, HelpInfo};
use crate::page::skip_link::SkipLink;
use crate::style::class::fixed_class;
use crate::style::component_sheet::ComponentSheet;

/// The id of `<main>`: the skip link's target.
pub const MAIN_ID: &str = "inhoud";

/// The id of the template's help block.
pub const HELP_ID: &str = "hulp";

/// How wide the content of `<main>` is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PageLayout {
    /// The full page width (start pages, overviews).
    #[default]
    Full,
    /// Two thirds of the page from the tablet breakpoint up: question and form pages, so lines
    /// stay short and the fields stay near their labels.
    Narrow,
}

/// Light or dark: the device's preference unless the visitor chose in the service. Only the
/// colour tokens change (their `dark` values); shapes, sizes and type stay the same, so the look
/// stays one look.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ColourScheme {
    /// Follow the device (`prefers-color-scheme`).
    #[default]
    Device,
    /// Light, also on a device set to dark.
    Light,
    /// Dark, also on a device set to light.
    Dark,
}

impl ColourScheme {
    /// The value of `data-eh-scheme` on `<html>` ([`eenheid_tokens::SCHEME_ATTRIBUTE`]); none
    /// when following the device.
    pub fn attribute_value(self) -> Option<&'static str> {
        match self {
            ColourScheme::Device => None,
            ColourScheme::Light => Some("light"),
            ColourScheme::Dark => Some("dark"),
        }
    }
}

/// The "Hulp nodig?" block under the content of every page. On by default: the personal channel
/// always stays open, so an agency has to switch it off on purpose.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum HelpSetting {
    /// The general help of the Dutch government ([`HelpInfo::government`]): use this only until
    /// the agency gives its own.
    #[default]
    Default,
    /// The agency's own phone number, hours, appointment, chat and so on.
    Custom(HelpInfo),
    /// No help block, e.g. on a page that *is* the contact page.
    Off,
}

/// A complete page: `<!DOCTYPE html>`, `<html lang>`, the stylesheet, skip link, header with the
/// agency name, `<main id="inhoud">` with the children, the "Hulp nodig?" block, and the footer.
///
/// The page works without JavaScript. Eenheid's enhancements bring their own script (one loader
/// per page, see [`crate::enhance`]); scripts for the service's own islands go in `head`.
///
/// ```
/// use eenheid::i18n::Lang;
/// use eenheid::page::page_template::PageTemplate;
/// use leptos::prelude::*;
/// let html = eenheid::render::render_html(|| view! {
///     <PageTemplate title="Start" agency="Gemeente Utrecht" lang=Lang::En stylesheet_href="/static/eenheid.css">
///         <h1>"Report a move"</h1>
///     </PageTemplate>
/// });
/// assert!(html.starts_with("<!DOCTYPE html>"));
/// assert!(html.contains(r#"<html lang="en""#));
/// assert!(html.contains(r#"<main id="inhoud""#));
/// assert!(html.contains("Skip to main content"));
/// assert!(html.contains("Need help?"), "help is on unless switched off");
/// ```
///
/// # Wanneer gebruiken
///
/// - Voor elke pagina van een dienst: dan heeft elke pagina dezelfde kop, voet, skiplink en taal.
/// - Geef altijd de volledige naam van de organisatie, zonder afkorting.
/// - Wilt u het logo van uw organisatie tonen? Geef dan een logo waarin de naam staat
///   (`AgencyLogo`). Het logo komt in de plaats van de naam en is altijd even hoog. De kleuren en
///   de letter van de kop blijven die van de overheid. Kies een logo dat ook op een donkere
///   achtergrond te lezen is, bijvoorbeeld met een eigen wit vlak.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor een deel van een pagina: het sjabloon maakt het hele document.
/// - Zet de hulp niet uit op gewone pagina's. Alleen een pagina die zelf over contact gaat, mag
///   zonder.
/// - Geen logo zonder de naam van de organisatie erin: laat het logo dan weg. De kop toont dan de
///   naam in tekst.
///
/// # Toegankelijkheid
///
/// Het sjabloon zet de taal op `<html>`, begint met een skiplink naar de hoofdinhoud en gebruikt
/// `header`, `main` en `footer`, zodat schermlezers de delen vinden. De paginatitel is "titel –
/// dienst – organisatie". U moet zelf zorgen voor één `h1` per pagina en een titel die zegt waar de
/// pagina over gaat. De alt-tekst van het logo is de naam van de organisatie, voluit: zo hoort een
/// schermlezer wie de afzender is. Een logo zonder alt-tekst of met een onveilig adres wordt
/// geweigerd.
///
/// # When to use
///
/// - For every page of a service, so every page has the same header, footer, skip link and
///   language.
/// - Always give the full name of the organisation, not an abbreviation.
/// - Want to show your organisation's logo? Give a logo that contains the name (`AgencyLogo`). The
///   logo takes the place of the name and always has the same height. The header's colours and
///   font stay the government's. Choose a logo that can also be read on a dark background, for
///   example with a white area of its own.
///
/// # When not to use
///
/// - Not for part of a page: the template makes the whole document.
/// - Do not switch off the help on ordinary pages. Only a page that is itself about contact may go
///   without.
/// - No logo without the organisation's name in it: leave the logo out. The header then shows the
///   name in text.
///
/// # Accessibility
///
/// The template sets the language on `<html>`, starts with a skip link to the main content and uses
/// `header`, `main` and `footer`, so screen readers find the parts. The page title is "title –
/// service – organisation". You still need one `h1` per page and a title that says what the page is
/// about. The logo's alt text is the organisation's name in full, so a screen reader says who the
/// sender is. A logo without alt text or with an unsafe address is refused.
#[component]
pub fn PageTemplate<C: IntoView + 'static>(
    /// What this page is about; the document title becomes "title – service – agency".
    #[prop(into)]
    title: String,
    /// The organisation behind the page, written out in full.
    #[prop(into)]
    agency: String,
    /// The agency's logo in the header, in place of its written name (the name is its alt text).
    /// Every logo is shown at the same height; the header's colours and font stay the same.
    #[prop(optional, into)]
    logo: MaybeProp<AgencyLogo>,
    /// The language of the page and of every built-in text on it.
    #[prop(optional)]
    lang: Lang,
    /// The URL of the Eenheid stylesheet (see `eenheid::style::stylesheet_href`).
    #[prop(into)]
    stylesheet_href: String,
    /// The service this page belongs to, shown in the header.
    #[prop(optional, into)]
    service: MaybeProp<String>,
    /// The start page of the service.
    #[prop(optional, into)]
    service_href: MaybeProp<String>,
    /// Links in the footer.
    #[prop(optional)]
    footer_links: Vec<FooterLink>,
    /// The "Hulp nodig?" block at the end of `<main>`: the general government help by default,
    /// the agency's own with `HelpSetting::Custom`, none with `HelpSetting::Off`.
    #[prop(optional)]
    help: HelpSetting,
    /// Full width or narrow (two thirds, for forms). A page with a `sidebar` is always two
    /// thirds plus one third.
    #[prop(optional)]
    layout: PageLayout,
    /// Related content beside the main content (one third wide from the tablet breakpoint up,
    /// under it on phones), in an `<aside>`.
    #[prop(optional, into)]
    sidebar: Option<ViewFnOnce>,
    /// Parts above `<main>`, inside the page width: phase banner, breadcrumbs, back link,
    /// acting-on-behalf banner.
    #[prop(optional, into)]
    before_main: Option<ViewFnOnce>,
    /// The links of the service, under the header band.
    #[prop(optional)]
    navigation: Vec<crate::page::service_navigation::NavItem>,
    /// The header's slot for sign-in/sign-out or the account link.
    #[prop(optional, into)]
    header_actions: Option<ViewFnOnce>,
    /// Light or dark, when the visitor chose one in the service (a setting that is sent to the
    /// server, e.g. in a cookie, so the page arrives in the right colours without a script and
    /// without a flash). Unset: a [`ColourScheme`] provided as context, else the device's.
    #[prop(optional, into)]
    colour_scheme: Option<ColourScheme>,
    /// Extra elements for `<head>`, e.g. Leptos's `HydrationScripts` for the app's own islands.
    #[prop(optional)]
    head: Option<Children>,
    /// The content of `<main>`.
    // Typed, not `Children`: erasing the whole page body into an `AnyView` would copy every
    // attribute string on the page into a fresh `Arc<str>`, on every render.
    children: TypedChildren<C>,
) -> impl IntoView {
    let children = children.into_inner();
    provide_lang(lang);
    let scheme = colour_scheme.or_else(use_context::<ColourScheme>).unwrap_or_default().attribute_value();
    // One enhancement loader per page, however many enhanced components it has.
    crate::enhance::provide_loader_once();
    // "Question – Service – Agency", without saying the same name twice.
    let service_name = service.get_untracked();
    let service_part = service_name.as_deref().filter(|name| *name != title);
    let agency_part = Some(agency.as_str()).filter(|name| *name != title && Some(*name) != service_part);
    let mut document_title = title;
    for part in [service_part, agency_part].into_iter().flatten() {
        document_title.push_str(" – ");
        document_title.push_str(part);
    }
    let help = match help {
        HelpSetting::Default => Some(HelpInfo::government(lang)),
        HelpSetting::Custom(info) => Some(info),
        HelpSetting::Off => None,
    }
    .map(|info| view! { <HelpBlock id=HELP_ID help=info /> });
    let content = match (sidebar, layout) {
        (Some(sidebar), _) => EitherOf3::A(view! {
            <div class="eh-grid">
                <div class=ColumnWidth::TwoThirds.class()>{children()}{help}</div>
                <aside class=format!("{} eh-main__sidebar", ColumnWidth::OneThird.class())>{sidebar.run()}</aside>
            </div>
        }),
        (None, PageLayout::Narrow) => EitherOf3::B(view! {
            <div class="eh-grid">
                <div class=ColumnWidth::TwoThirds.class()>{children()}{help}</div>
            </div>
        }),
        (None, PageLayout::Full) => EitherOf3::C(view! { {children()}{help} }),
    };
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() data-eh-scheme={scheme} {..fixed_class("eh-template")}>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>{document_title}</title>
                <link rel="stylesheet" href=crate::url::safe_href_owned(stylesheet_href) />
                {head.map(|head| head())}
            </head>
            <body>
                <SkipLink target=MAIN_ID />
                <Header agency=agency.clone() logo=logo service=service service_href=service_href navigation=navigation
                    actions=header_actions />
                <div {..fixed_class("eh-width-container")}>
                    {before_main.map(ViewFnOnce::run)}
                    <main id=MAIN_ID tabindex="-1" {..fixed_class("eh-main")}>
                        {content}
                    </main>
                </div>
                <Footer agency=agency links=footer_links />
            </body>
        </html>
    }
}

/// Where the showcase serves the stylesheet and the example logos; examples link them from there.
const SHOWCASE_STATIC: &str = "/static";

/// The address of a file the showcase serves from [`SHOWCASE_STATIC`] (the fictional agencies'
/// logos).
fn showcase_static(file: &str) -> String {
    [SHOWCASE_STATIC, "/", file].concat()
}

/// The page template's examples: whole documents, served as they are.
pub const EXAMPLES: &[crate::examples::Example] = &[
    crate::example! {
        @layout FullPage,
        name: "standaard",
        title: "Standaardpagina",
        description: "Een lege dienstpagina: skiplink, kop met de naam van de organisatie, hoofdinhoud en voet.",
        view: view! {
            <PageTemplate title="Verhuizing doorgeven" agency="Gemeente Utrecht" service="Verhuizing doorgeven"
                service_href="/" stylesheet_href=crate::style::stylesheet_href(SHOWCASE_STATIC)
                footer_links=vec![FooterLink::new("Privacy", "#privacy"), FooterLink::new("Toegankelijkheid", "#toegankelijkheid")]>
                <h1>"Verhuizing doorgeven"</h1>
                <p>"Verhuist u binnen Utrecht of naar Utrecht? Geef uw nieuwe adres door. Dit kan tot 4 weken voor de verhuizing."</p>
            </PageTemplate>
        }
    },
    crate::example! {
        @layout FullPage,
        name: "engels",
        title: "Engelse pagina",
        description: "Dezelfde pagina in het Engels: de taal van de pagina en alle vaste teksten wisselen mee.",
        view: view! {
            <PageTemplate title="Report a move" agency="Municipality of Utrecht" lang=crate::i18n::Lang::En
                stylesheet_href=crate::style::stylesheet_href(SHOWCASE_STATIC)>
                <h1>"Report a move"</h1>
                <p>"Moving within or to Utrecht? Tell us your new address, up to 4 weeks before you move."</p>
            </PageTemplate>
        }
    },
    crate::example! {
        @layout FullPage,
        name: "met-eigen-hulp",
        title: "Met de eigen hulp van de organisatie",
        description: "De organisatie geeft haar eigen telefoonnummer, openingstijden en chat. De server zegt of de telefoon nu open is.",
        view: view! {
            <PageTemplate title="Studiefinanciering aanvragen" agency="Dienst Uitvoering Onderwijs"
                stylesheet_href=crate::style::stylesheet_href(SHOWCASE_STATIC)
                help=HelpSetting::Custom(HelpInfo::new()
                    .phone(crate::page::help_block::PhoneHelp::new("050 599 77 55", "Maandag tot en met vrijdag van 9.00 tot 17.00 uur")
                        .status(crate::page::help_block::OpenStatus::Open))
                    .callback("#terugbellen")
                    .chat("#chat", crate::page::help_block::ChatAnswerer::BotThenHuman)
                    .library(crate::page::help_block::LIBRARY_HELP_HREF))>
                <h1>"Studiefinanciering aanvragen"</h1>
                <p>"Gaat u studeren aan een mbo, hbo of universiteit? Vraag dan op tijd studiefinanciering aan."</p>
            </PageTemplate>
        }
    },
    crate::example! {
        @layout FullPage,
        name: "formulierpagina",
        title: "Smalle formulierpagina",
        description: "Een vraagpagina: fasebanner en terug-link boven de inhoud, en de inhoud twee derde breed zodat regels kort blijven.",
        view: view! {
            <PageTemplate title="Wat is uw nieuwe adres?" agency="Gemeente Utrecht" service="Verhuizing doorgeven"
                stylesheet_href=crate::style::stylesheet_href(SHOWCASE_STATIC) layout=PageLayout::Narrow
                before_main=|| view! {
                    <crate::page::phase_banner::PhaseBanner feedback_href="#feedback" />
                    <crate::page::back_link::BackLink href="#vorige-vraag" />
                }>
                <form method="post" action="#adres">
                    <crate::form::text_input::TextInput id="postcode" label="Wat is uw nieuwe postcode?" label_is_page_heading=true
                        hint="Bijvoorbeeld 1234 AB" width=crate::form::text_input::InputWidth::Chars7 autocomplete="postal-code" />
                    <crate::form::button::Button>"Doorgaan"</crate::form::button::Button>
                </form>
            </PageTemplate>
        }
    },
    crate::example! {
        @layout FullPage,
        name: "met-navigatie",
        title: "Met navigatie en uitloggen",
        description: "Een ingelogde dienst: de navigatie van de dienst onder de kop, en rechtsboven de link om uit te loggen.",
        view: view! {
            <PageTemplate title="Mijn aanvragen" agency="Dienst Uitvoering Onderwijs" service="Mijn DUO" service_href="/"
                stylesheet_href=crate::style::stylesheet_href(SHOWCASE_STATIC)
                navigation=vec![
                    crate::page::service_navigation::NavItem::new("Overzicht", "#overzicht"),
                    crate::page::service_navigation::NavItem::current("Mijn aanvragen", "#aanvragen"),
                    crate::page::service_navigation::NavItem::new("Berichten", "#berichten"),
                ]
                header_actions=|| view! { <a href="#uitloggen">"Uitloggen"</a> }>
                <h1>"Mijn aanvragen"</h1>
                <p>"U hebt 1 aanvraag die nog loopt."</p>
            </PageTemplate>
        }
    },
    crate::example! {
        @layout FullPage,
        name: "met-zijbalk",
        title: "Met zijbalk",
        description: "Kruimelpad boven de inhoud; de inhoud twee derde breed en verwante links in een zijbalk van een derde. Op een telefoon staat de zijbalk eronder.",
        view: view! {
            <PageTemplate title="Verhuizen" agency="Gemeente Utrecht"
                stylesheet_href=crate::style::stylesheet_href(SHOWCASE_STATIC)
                before_main=|| view! {
                    <crate::page::breadcrumbs::Breadcrumbs crumbs=vec![
                        crate::page::breadcrumbs::Crumb::new("Home", "#home"),
                        crate::page::breadcrumbs::Crumb::new("Wonen", "#wonen"),
                        crate::page::breadcrumbs::Crumb::current("Verhuizen"),
                    ] />
                }
                sidebar=|| view! {
                    <h2>"Zie ook"</h2>
                    <ul>
                        <li><a href="#parkeervergunning">"Parkeervergunning aanvragen"</a></li>
                        <li><a href="#afval">"Afvalpas voor uw nieuwe adres"</a></li>
                    </ul>
                }>
                <h1>"Verhuizen"</h1>
                <p>"Gaat u verhuizen? Geef uw nieuwe adres door, tot 4 weken voor de verhuizing en uiterlijk 5 dagen erna."</p>
            </PageTemplate>
        }
    },
    crate::example! {
        @layout FullPage,
        name: "met-logo-gemeente",
        title: "Met het logo van een gemeente",
        description: "Een verzonnen gemeente toont haar logo in plaats van haar naam. Het logo is even hoog als bij elke organisatie; de kleuren en de letter van de kop blijven hetzelfde.",
        view: view! {
            <PageTemplate title="Parkeervergunning aanvragen" agency="Gemeente Voorbeeldstad"
                logo=AgencyLogo::new(showcase_static("logo-gemeente-voorbeeldstad.svg"), "Gemeente Voorbeeldstad")
                service="Parkeervergunning aanvragen" service_href="/"
                stylesheet_href=crate::style::stylesheet_href(SHOWCASE_STATIC)>
                <h1>"Parkeervergunning aanvragen"</h1>
                <p>"Woont u in Voorbeeldstad en hebt u een auto? Vraag dan een parkeervergunning aan voor uw buurt."</p>
            </PageTemplate>
        }
    },
    crate::example! {
        @layout FullPage,
        name: "met-logo-waterschap",
        title: "Met het logo van een waterschap",
        description: "Een ander verzonnen logo, met een andere vorm en andere kleuren: de kop houdt dezelfde hoogte en dezelfde kleuren.",
        view: view! {
            <PageTemplate title="Kwijtschelding aanvragen" agency="Waterschap De Dijken"
                logo=AgencyLogo::new(showcase_static("logo-waterschap-de-dijken.svg"), "Waterschap De Dijken")
                service="Kwijtschelding aanvragen" service_href="/"
                stylesheet_href=crate::style::stylesheet_href(SHOWCASE_STATIC)>
                <h1>"Kwijtschelding aanvragen"</h1>
                <p>"Kunt u de waterschapsbelasting niet betalen? Vraag dan kwijtschelding aan. U hoeft dan minder of niets te betalen."</p>
            </PageTemplate>
        }
    },
    crate::example! {
        @layout FullPage,
        name: "zonder-hulp",
        title: "Zonder hulpblok",
        description: "De organisatie zet het hulpblok bewust uit, bijvoorbeeld op de contactpagina zelf.",
        view: view! {
            <PageTemplate title="Contact" agency="Gemeente Utrecht" help=HelpSetting::Off
                stylesheet_href=crate::style::stylesheet_href(SHOWCASE_STATIC)>
                <h1>"Contact"</h1>
                <p>"Bel 14 030, maandag tot en met vrijdag van 8.00 tot 17.00 uur."</p>
            </PageTemplate>
        }
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_is_on_by_default_and_can_be_switched_off() {
        let on = crate::render::render_html(|| view! { <PageTemplate title="T" agency="A" stylesheet_href="/s.css"><p>"x"</p></PageTemplate> });
        assert!(on.contains("Hulp nodig?") && on.contains(r#"href="tel:1400""#), "{on}");
        let off = crate::render::render_html(|| view! {
            <PageTemplate title="T" agency="A" stylesheet_href="/s.css" help=HelpSetting::Off><p>"x"</p></PageTemplate>
        });
        assert!(!off.contains("Hulp nodig?"));
    }

    fn page_with(logo: AgencyLogo) -> String {
        crate::render::render_html(move || view! {
            <PageTemplate title="T" agency="Gemeente Voorbeeldstad" logo=logo stylesheet_href="/s.css"><p>"x"</p></PageTemplate>
        })
    }

    /// The header's brand row: the mark, then the agency's name or logo.
    fn brand(html: &str) -> &str {
        let start = html.find("eh-header__brand").expect("a header");
        &html[start..start + html[start..].find("eh-header__band").expect("the band")]
    }

    #[test]
    fn a_logo_takes_the_place_of_the_name_with_the_name_as_alt_text() {
        let html = page_with(AgencyLogo::new("/static/logo.svg", "Gemeente Voorbeeldstad"));
        let brand = brand(&html);
        assert!(brand.contains(r#"<img src="/static/logo.svg" alt="Gemeente Voorbeeldstad" class="eh-header__logo">"#), "{brand}");
        assert!(!brand.contains(">Gemeente Voorbeeldstad<"), "the name is not said twice: {brand}");
        // Without a logo the name is written out.
        let plain = crate::render::render_html(|| view! { <PageTemplate title="T" agency="Gemeente Voorbeeldstad" stylesheet_href="/s.css"><p>"x"</p></PageTemplate> });
        assert!(brand_has_name(&plain) && !plain.contains("<img"), "{plain}");
    }

    fn brand_has_name(html: &str) -> bool {
        brand(html).contains(r#"<span class="eh-header__agency">Gemeente Voorbeeldstad</span>"#)
    }

    #[test]
    fn the_logo_address_and_alt_text_are_escaped() {
        let html = page_with(AgencyLogo::new(r#"/static/"><script>x</script>.svg"#, r#"A & "B" <i>"#));
        assert!(!html.contains("<script>x") && !html.contains("<i>"), "{html}");
        assert!(html.contains(r#"alt="A &amp; &quot;B&quot; &lt;i&gt;""#), "{html}");
        assert!(html.contains(r#"src="/static/&quot;&gt;&lt;script&gt;x&lt;/script&gt;.svg""#), "{html}");
    }

    /// What a release build does with a refused logo: leaves it out and writes the name.
    #[test]
    fn a_refused_logo_is_left_out_and_the_name_shown() {
        for (src, alt) in [("javascript:alert(1)", "Gemeente Voorbeeldstad"), (" JaVa\tScRiPt:x", "G"), ("data:image/svg+xml,<svg onload=alert(1)>", "G"), ("", "G"), ("/static/logo.svg", ""), ("/static/logo.svg", " \n ")] {
            let logo = AgencyLogo::judge(src, alt);
            assert!(logo.refusal().is_some(), "{src:?} {alt:?} passed");
            let html = page_with(logo);
            assert!(!html.contains("<img") && brand_has_name(&html), "{src:?} {alt:?}: {html}");
            assert!(!html.to_ascii_lowercase().contains("script:") && !html.contains("data:"), "{html}");
        }
    }

    #[test]
    #[cfg_attr(debug_assertions, should_panic(expected = "is not an http(s) or relative address"))]
    fn a_logo_with_a_script_address_panics_in_development() {
        let logo = AgencyLogo::new("javascript:alert(1)", "Gemeente Voorbeeldstad");
        assert!(logo.refusal().is_some());
    }

    #[test]
    #[cfg_attr(debug_assertions, should_panic(expected = "the logo has no alt text"))]
    fn a_logo_without_alt_text_panics_in_development() {
        let logo = AgencyLogo::new("/static/logo.svg", "");
        assert!(logo.refusal().is_some());
    }

    #[test]
    fn the_colour_scheme_is_chosen_on_html_or_left_to_the_device() {
        let device = crate::render::render_html(|| view! { <PageTemplate title="T" agency="A" stylesheet_href="/s.css"><p>"x"</p></PageTemplate> });
        assert!(!device.contains(eenheid_tokens::SCHEME_ATTRIBUTE), "{device}");
        let dark = crate::render::render_html(|| view! {
            <PageTemplate title="T" agency="A" stylesheet_href="/s.css" colour_scheme=ColourScheme::Dark><p>"x"</p></PageTemplate>
        });
        assert!(dark.contains(r#"<html lang="nl" data-eh-scheme="dark""#), "{dark}");
        // A service can provide the visitor's choice once, for every page it renders.
        let light = crate::render::render_html(|| {
            provide_context(ColourScheme::Light);
            view! { <PageTemplate title="T" agency="A" stylesheet_href="/s.css"><p>"x"</p></PageTemplate> }
        });
        assert!(light.contains(r#"data-eh-scheme="light""#), "{light}");
    }
}

/// The sheets this entry needs in the stylesheet: those of the parts it is built from.
pub const SHEETS: &[ComponentSheet] = &[crate::page::skip_link::SHEET, crate::page::header::SHEET, crate::page::footer::SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "page-template",
    title: "Paginasjabloon",
    title_en: "Page template",
    family: crate::examples::Family::Page,
    summary: "Een complete pagina: taal, skiplink, kop met de naam van de organisatie, hoofdinhoud en voet.",
    summary_en: "A complete page: language, skip link, header with the organisation's name, main content and footer.",
    components: &["PageTemplate", "Header", "Footer", "SkipLink"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
