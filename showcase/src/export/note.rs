//! The note that stands in for a part of the showcase that needs the server, in the export.

use eenheid::i18n::{Lang, Text};
use leptos::config::LeptosOptions;
use leptos::prelude::*;

use super::address::ServerPart;
use crate::pages::{Visit, localized_page};
use crate::render::render_page;

const STATIC_COPY: Text = Text {
    nl: "Dit is een kopie van de showcase zonder server. Daarom werkt dit deel hier niet.",
    en: "This is a copy of the showcase without a server. That is why this part does not work here.",
};
const RUN_IT: Text = Text {
    nl: "Wilt u dit deel gebruiken? Start de showcase dan met de server:",
    en: "Do you want to use this part? Then start the showcase with its server:",
};

/// Why `part` needs the server, in words a visitor knows.
fn reason(part: ServerPart) -> Text {
    match part {
        ServerPart::Journey => Text {
            nl: "De voorbeelddienst bewaart uw antwoorden op de server, stap voor stap.",
            en: "The example service keeps your answers on the server, step by step.",
        },
        ServerPart::FormDemo => Text {
            nl: "Het voorbeeldformulier stuurt uw antwoorden naar de server. De server controleert ze en laat fouten zien.",
            en: "The example form sends your answers to the server. The server checks them and shows any mistakes.",
        },
        ServerPart::Display => Text {
            nl: "De server onthoudt uw keuze voor licht of donker in een cookie. Deze kopie volgt de instelling van uw apparaat.",
            en: "The server remembers your choice of light or dark in a cookie. This copy follows the setting of your device.",
        },
        ServerPart::Forms => Text {
            nl: "Zoeken en formulieren versturen gaan via de server. Alle componenten staan op de startpagina.",
            en: "Searching and sending forms go through the server. All components are on the home page.",
        },
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
            <p>{STATIC_COPY.get(lang)}</p>
            <p>{reason(part).get(lang)}</p>
            <p>{RUN_IT.get(lang)}" "<code>"cargo xtask serve"</code></p>
            <p><a href="/">{crate::texts::SHOW_ALL.get(lang)}</a></p>
        };
        localized_page(leptos, &visit, title.to_owned(), content)
    })
    .html
}
