//! Where each address of the server ends up in the export.
//!
//! The server keeps the visitor's language in a cookie and serves both languages at one address.
//! Static files cannot read a cookie, so the export gives English its own folder: `/componenten/knop`
//! is `componenten/knop/index.html` in Dutch and `en/componenten/knop/index.html` in English. Links
//! point at the folder with a trailing slash (`/componenten/knop/`), which every common static host
//! answers with the `index.html` inside, without rewrite rules. The language switch
//! (`/taal/en?terug=…`, which sets the cookie on the server) becomes a plain link to the same page
//! in the other folder.

use std::path::PathBuf;

use eenheid::i18n::{Lang, Text};

/// The not-found page's file: the name most static hosts serve for an unknown address.
pub const NOT_FOUND_FILE: &str = "404.html";

/// Where forms that need the server (the search, example forms) are sent in the export.
pub const FORMS_NOTE_PATH: &str = "/alleen-met-server";

/// A part of the showcase that needs the server. In the export, each part's address holds a short
/// note that says so, in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ServerPart {
    /// The example service "Verhuizing doorgeven": sessions, answers kept on the server.
    Journey,
    /// The form demo: posts, the server checks the answers.
    FormDemo,
    /// The colour scheme setting: the server keeps the choice in a cookie.
    Display,
    /// Any other form (the search on the home page, forms inside examples).
    Forms,
}

impl ServerPart {
    /// Every part, for the notes the export writes.
    pub const ALL: [ServerPart; 4] = [ServerPart::Journey, ServerPart::FormDemo, ServerPart::Display, ServerPart::Forms];

    /// The server address of this part (the note takes its place).
    pub fn path(self) -> &'static str {
        match self {
            ServerPart::Journey => crate::journey::BASE,
            ServerPart::FormDemo => crate::form_demo::PATH,
            ServerPart::Display => crate::scheme::PATH,
            ServerPart::Forms => FORMS_NOTE_PATH,
        }
    }

    /// The part's name, the note's heading.
    pub fn title(self) -> Text {
        match self {
            ServerPart::Journey => crate::texts::EXAMPLE_SERVICE,
            ServerPart::FormDemo => crate::texts::FORM_DEMO,
            ServerPart::Display => crate::texts::DISPLAY_TITLE,
            ServerPart::Forms => crate::texts::SEARCH_AND_FORMS,
        }
    }

    /// The server part at `path` (without query), if it is one.
    fn at(path: &str) -> Option<ServerPart> {
        let journey = path == crate::journey::BASE || path.starts_with(&format!("{}/", crate::journey::BASE));
        if journey {
            return Some(ServerPart::Journey);
        }
        [ServerPart::FormDemo, ServerPart::Display, ServerPart::Forms].into_iter().find(|part| part.path() == path)
    }
}

/// What a local address on a server page is in the export.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// A page of the showcase in a language (`path` as the server has it, e.g. `/tokens`).
    Page { path: String, lang: Lang },
    /// The not-found page in a language.
    NotFound { lang: Lang },
    /// The note that stands in for a part that needs the server.
    Note { part: ServerPart, lang: Lang },
    /// A file the export copies as the server sends it (`/static/…`, `/pkg/…`, `….json`).
    File(String),
}

impl Target {
    /// What the local address `url` (path, query and fragment, unescaped) is on a page in `lang`;
    /// `None` for an address that is not on this site or only a `#fragment`.
    pub fn of(url: &str, lang: Lang) -> Option<(Target, Option<&str>)> {
        if !crate::lang::is_local_path(url) {
            return None;
        }
        let (url, fragment) = match url.split_once('#') {
            Some((url, fragment)) => (url, Some(fragment)),
            None => (url, None),
        };
        let (path, query) = url.split_once('?').unwrap_or((url, ""));
        Some((Target::of_path(path, query, lang), fragment))
    }

    fn of_path(path: &str, query: &str, lang: Lang) -> Target {
        if let Some(code) = path.strip_prefix("/taal/") {
            // The language switch: the same page in the other language.
            let other = Lang::from_code(code).unwrap_or(lang);
            let back = form_urlencoded::parse(query.as_bytes())
                .find(|(key, _)| key == "terug")
                .map(|(_, value)| value.into_owned())
                .filter(|back| crate::lang::is_local_path(back))
                .unwrap_or_else(|| "/".to_owned());
            let (back, back_query) = back.split_once('?').unwrap_or((&back, ""));
            return Target::of_path(back, back_query, other);
        }
        if path.starts_with("/pkg/") || path.starts_with("/static/") || path.ends_with(".json") {
            return Target::File(path.to_owned());
        }
        if path == format!("/{NOT_FOUND_FILE}") {
            return Target::NotFound { lang };
        }
        match ServerPart::at(path) {
            Some(part) => Target::Note { part, lang },
            None => {
                let path = path.trim_end_matches('/');
                Target::Page { path: if path.is_empty() { "/".to_owned() } else { path.to_owned() }, lang }
            }
        }
    }

    /// The language of a page, note or 404 page (files have none: Dutch).
    pub fn lang(&self) -> Lang {
        match self {
            Target::Page { lang, .. } | Target::NotFound { lang } | Target::Note { lang, .. } => *lang,
            Target::File(_) => Lang::default(),
        }
    }

    /// The address pages of the export use for this target.
    pub fn href(&self) -> String {
        match self {
            Target::Page { path, lang } => folder(*lang, path),
            Target::NotFound { lang } => format!("{}/{NOT_FOUND_FILE}", prefix(*lang)),
            Target::Note { part, lang } => folder(*lang, part.path()),
            Target::File(path) => path.clone(),
        }
    }

    /// The file in the export folder that answers [`Target::href`].
    pub fn file(&self) -> PathBuf {
        let href = self.href();
        let relative = href.trim_start_matches('/');
        if relative.is_empty() || href.ends_with('/') { PathBuf::from(relative).join("index.html") } else { PathBuf::from(relative) }
    }
}

/// `/` for Dutch (the default), `/en` for English.
fn prefix(lang: Lang) -> String {
    if lang == Lang::default() { String::new() } else { format!("/{}", lang.code()) }
}

/// The folder address of page `path` in `lang`: `/componenten/knop/`, `/en/`.
fn folder(lang: Lang, path: &str) -> String {
    let path = path.trim_end_matches('/');
    format!("{}{path}/", prefix(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn href(url: &str, lang: Lang) -> Option<String> {
        Target::of(url, lang).map(|(target, fragment)| match fragment {
            Some(fragment) => format!("{}#{fragment}", target.href()),
            None => target.href(),
        })
    }

    #[test]
    fn pages_become_folders_in_the_page_language() {
        assert_eq!(href("/", Lang::Nl).as_deref(), Some("/"));
        assert_eq!(href("/", Lang::En).as_deref(), Some("/en/"));
        assert_eq!(href("/componenten/button#voorbeelden", Lang::En).as_deref(), Some("/en/componenten/button/#voorbeelden"));
        assert_eq!(href("/tokens?x=1", Lang::Nl).as_deref(), Some("/tokens/"));
        let page = Target::Page { path: "/componenten/button".into(), lang: Lang::En };
        assert_eq!(page.file(), PathBuf::from("en/componenten/button/index.html"));
        assert_eq!(Target::Page { path: "/".into(), lang: Lang::Nl }.file(), PathBuf::from("index.html"));
    }

    #[test]
    fn the_language_switch_links_to_the_other_folder() {
        assert_eq!(href("/taal/en?terug=%2Fcomponenten%2Fbutton", Lang::Nl).as_deref(), Some("/en/componenten/button/"));
        assert_eq!(href("/taal/nl?terug=%2F%3Fzoek%3Ddatum", Lang::En).as_deref(), Some("/"));
        assert_eq!(href("/taal/en?terug=%2F%2Fevil.example", Lang::Nl).as_deref(), Some("/en/"));
        assert_eq!(href("/taal/en?terug=%2F404.html", Lang::Nl).as_deref(), Some("/en/404.html"));
        assert_eq!(href("/taal/nl?terug=%2Fweergave", Lang::En).as_deref(), Some("/weergave/"));
    }

    #[test]
    fn files_stay_and_server_parts_become_notes() {
        assert_eq!(href("/static/eenheid-abc.css", Lang::En).as_deref(), Some("/static/eenheid-abc.css"));
        assert_eq!(href("/pkg/eenheid.js", Lang::En).as_deref(), Some("/pkg/eenheid.js"));
        assert_eq!(href("/componenten/button/toegankelijkheid.json", Lang::En).as_deref(), Some("/componenten/button/toegankelijkheid.json"));
        assert_eq!(href("/weergave?terug=%2Ftokens", Lang::En).as_deref(), Some("/en/weergave/"));
        assert_eq!(href(&format!("{}/controleren", crate::journey::BASE), Lang::Nl), Some(format!("{}/", crate::journey::BASE)));
        assert_eq!(href(crate::form_demo::PATH, Lang::Nl), Some(format!("{}/", crate::form_demo::PATH)));
        assert_eq!(Target::Note { part: ServerPart::Forms, lang: Lang::En }.file(), PathBuf::from("en/alleen-met-server/index.html"));
    }

    #[test]
    fn other_sites_and_fragments_are_left_alone() {
        for url in ["https://www.gov.uk/", "//evil.example/x", "#main", "mailto:a@b.nl", ""] {
            assert_eq!(href(url, Lang::Nl), None, "{url:?}");
        }
    }
}
