//! The note that stands in for a part of the showcase that needs the server, in the export.

use eenheid::i18n::{Lang, Text};
use leptos::config::LeptosOptions;
use leptos::prelude::*;

use super::address::ServerPart;
use crate::pages::{Visit, localized_page};
use crate::render::render_page;
use crate::texts;

/// Why `part` needs the server, in words a visitor knows.
fn reason(part: ServerPart) -> Text {
    match part {
        ServerPart::Journey => texts::JOURNEY_NEEDS_SERVER,
        ServerPart::FormDemo => texts::FORM_DEMO_NEEDS_SERVER,
        ServerPart::Display => texts::DISPLAY_NEEDS_SERVER,
        ServerPart::Forms => texts::FORMS_NEED_SERVER,
    }
}

/// The note for `part` in `lang`: a whole showcase page (header, language switch, footer), as
/// the server's pages are rendered.
pub fn render(options: &LeptosOptions, part: ServerPart, lang: Lang) -> String {
    let visit = Visit::new(lang, part.path());
    let leptos = options.clone();
    let title = part.title().get(lang);
    render_page(options, move || {
        let content = view! {
            <h1>{title}</h1>
            <p>{texts::STATIC_COPY.get(lang)}</p>
            <p>{reason(part).get(lang)}</p>
            <p>{texts::RUN_IT.get(lang)}" "<code>"cargo xtask serve"</code></p>
            <p><a href="/">{texts::SHOW_ALL.get(lang)}</a></p>
        };
        localized_page(leptos, &visit, title.to_owned(), content)
    })
    .html
}
