//! Patterns: whole pages built only from Eenheid components, for the steps every service has —
//! a start page, one question per page, check your answers, confirmation, a task list, the status
//! of a request and a contact page — and for the front door before them: a life event (what to
//! arrange when you move, have a baby, …) and a choice guide (which services apply to me?). An agency uses them as they are (or copies one and changes the
//! content), so a citizen who has used one government service recognises the next.
//!
//! Every pattern renders a complete page in the [`PageTemplate`](crate::page::page_template::PageTemplate).
//! What stays the same on every page of a service — the agency, the service, the language, the
//! stylesheet, footer links and help — is set once in a [`ServiceFrame`].

pub mod call_back;
pub mod check_answers;
pub mod choice_guide;
pub mod confirmation;
pub mod contact_page;
pub mod life_event;
pub mod question_page;
pub mod save_and_continue;
pub mod start_page;
pub mod status_page;
pub mod task_list_page;

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::page::footer::FooterLink;
use crate::page::page_template::{HelpSetting, PageLayout, PageTemplate};

/// What every page of one service shares: set it once and give it to every pattern.
///
/// ```
/// use eenheid::i18n::Lang;
/// use eenheid::patterns::ServiceFrame;
/// let frame = ServiceFrame::new("Gemeente Utrecht", "/static/eenheid.css")
///     .service("Verhuizing doorgeven", "/verhuizen")
///     .lang(Lang::En);
/// assert_eq!(frame.service.as_deref(), Some("Verhuizing doorgeven"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceFrame {
    /// The organisation behind the service, written out in full ("Gemeente Utrecht").
    pub agency: String,
    /// The URL of the Eenheid stylesheet (see [`crate::style::stylesheet_href`]).
    pub stylesheet_href: String,
    /// The name of the service, shown in the header.
    pub service: Option<String>,
    /// The start page of the service.
    pub service_href: Option<String>,
    /// The language of the pages and of every built-in text.
    pub lang: Lang,
    /// Links in the footer (privacy, accessibility statement, …).
    pub footer_links: Vec<FooterLink>,
    /// The "Hulp nodig?" block: the general government help unless the agency gives its own.
    pub help: HelpSetting,
}

impl ServiceFrame {
    /// A frame for `agency`, linking the stylesheet at `stylesheet_href`; Dutch, default help.
    pub fn new(agency: impl Into<String>, stylesheet_href: impl Into<String>) -> Self {
        ServiceFrame {
            agency: agency.into(),
            stylesheet_href: stylesheet_href.into(),
            service: None,
            service_href: None,
            lang: Lang::Nl,
            footer_links: Vec::new(),
            help: HelpSetting::Default,
        }
    }

    /// Names the service and links its start page.
    pub fn service(mut self, name: impl Into<String>, href: impl Into<String>) -> Self {
        self.service = Some(name.into());
        self.service_href = Some(href.into());
        self
    }

    /// Sets the language.
    pub fn lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// Adds a footer link.
    pub fn footer_link(mut self, link: FooterLink) -> Self {
        self.footer_links.push(link);
        self
    }

    /// Sets the help block (the agency's own with `HelpSetting::Custom`).
    pub fn help(mut self, help: HelpSetting) -> Self {
        self.help = help;
        self
    }
}

/// Makes the frame's language the language of everything the pattern builds (its parts are
/// built before the page template would provide it) and returns it.
pub(crate) fn provide_frame_lang(frame: &ServiceFrame) -> Lang {
    crate::i18n::provide_lang(frame.lang);
    frame.lang
}

/// A pattern's page: the frame, a title, the width, and what goes above `<main>`.
pub(crate) fn framed_page(
    frame: ServiceFrame,
    title: String,
    layout: PageLayout,
    before_main: Option<AnyView>,
    help: Option<HelpSetting>,
    head: Option<Children>,
    content: AnyView,
) -> impl IntoView {
    let ServiceFrame { agency, stylesheet_href, service, service_href, lang, footer_links, help: frame_help } = frame;
    let help = help.unwrap_or(frame_help);
    // `head` is an optional prop of the template: pass it only when there is one.
    macro_rules! page {
        ($($head:tt)*) => {
            view! {
                <PageTemplate
                    title=title
                    agency=agency
                    lang=lang
                    stylesheet_href=stylesheet_href
                    service=service
                    service_href=service_href
                    footer_links=footer_links
                    help=help
                    layout=layout
                    before_main=move || before_main
                    $($head)*
                >
                    {content}
                </PageTemplate>
            }
            .into_any()
        };
    }
    match head {
        Some(head) => page!(head=head),
        None => page!(),
    }
}

/// The document title of a page that may have come back with errors: "Fout: …" first, so a
/// screen-reader user hears at once that something needs fixing (WCAG 3.3.1).
pub(crate) fn title_with_errors(lang: Lang, title: String, has_errors: bool) -> String {
    if has_errors { format!("{} {title}", crate::i18n::ERROR_PREFIX.get(lang)) } else { title }
}

#[cfg(test)]
mod tests {
    use leptos::prelude::*;

    use super::ServiceFrame;
    use super::question_page::QuestionPage;
    use super::task_list_page::TaskListPage;
    use crate::form::error_summary::ErrorLink;
    use crate::form::text_input::TextInput;
    use crate::i18n::Lang;
    use crate::progress::task_list::{Task, TaskSection, TaskStatus};

    fn english() -> ServiceFrame {
        ServiceFrame::new("Municipality of Utrecht", "/s.css").lang(Lang::En)
    }

    #[test]
    fn every_built_in_text_follows_the_frame_language() {
        // The parts are built before the page template provides the language: the pattern must
        // provide it first, or the back link and error summary would stay Dutch.
        let html = crate::render::render_html(|| view! {
            <QuestionPage frame=english() title="Postcode?" action="/next" back_href="/back"
                errors=vec![ErrorLink::new("postcode", "Enter your postcode")]>
                <TextInput id="postcode" label="Postcode?" label_is_page_heading=true error="Enter your postcode" />
            </QuestionPage>
        });
        for english in ["Back", "There is a problem", "Continue", "Error: Postcode?", "Need help?"] {
            assert!(html.contains(english), "missing {english:?}:\n{html}");
        }
        for dutch in ["Terug", "Er is een probleem", "Doorgaan", "Fout:", "Hulp nodig?"] {
            assert!(!html.contains(dutch), "Dutch {dutch:?} on an English page:\n{html}");
        }
        let html = crate::render::render_html(|| view! {
            <TaskListPage frame=english() id="tasks" title="Register" save_href="/save"
                sections=vec![TaskSection::untitled(vec![Task::new("You", TaskStatus::Completed).href("/you")])] />
        });
        assert!(html.contains("1 of 1 task completed"), "{html}");
        assert!(html.contains("Save and continue later"));
    }

    #[test]
    fn a_question_page_without_errors_has_no_summary_and_a_plain_title() {
        let html = crate::render::render_html(|| view! {
            <QuestionPage frame=ServiceFrame::new("Gemeente Utrecht", "/s.css") title="Postcode?" action="/volgende">
                <TextInput id="postcode" label="Postcode?" label_is_page_heading=true />
            </QuestionPage>
        });
        assert!(html.contains("<title>Postcode? – Gemeente Utrecht</title>"), "{html}");
        assert!(!html.contains("eh-error-summary") && !html.contains("eh-back-link"), "{html}");
    }

    #[test]
    fn hrefs_from_props_are_made_safe() {
        let html = crate::render::render_html(|| view! {
            <super::confirmation::ConfirmationPage frame=ServiceFrame::new("A", "/s.css") title="Klaar"
                status_href="javascript:alert(1)" feedback_href="javascript:alert(2)" />
        });
        assert!(!html.contains("javascript:"), "{html}");
    }
}
