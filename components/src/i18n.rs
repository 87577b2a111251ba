//! Built-in texts in Dutch (first) and English, written at language level B1.
//!
//! A page sets its language once ([`provide_lang`], done by the page template); every component
//! reads it with [`use_lang`]. Texts live here, in one place, so translators and B1 reviewers see
//! them all together.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The language of a page and of the built-in texts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Nederlands: the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 code for the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Reads `nl` or `en` (as in `?lang=en`); anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the text for this language.
    pub fn pick(self, nl: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }
}

/// Makes `lang` the language of everything rendered below the current owner.
pub fn provide_lang(lang: Lang) {
    provide_context(lang);
}

/// The language of the current page (Dutch when nothing was provided).
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// One built-in text, in both languages.
pub struct Text {
    /// Dutch.
    pub nl: &'static str,
    /// English.
    pub en: &'static str,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        lang.pick(self.nl, self.en)
    }
}

/// The skip link: the first thing a keyboard user meets.
pub const SKIP_TO_CONTENT: Text = Text { nl: "Naar de inhoud", en: "Skip to main content" };
/// Screen-reader prefix of an error message ("Fout: Vul uw postcode in").
pub const ERROR_PREFIX: Text = Text { nl: "Fout:", en: "Error:" };
/// The title of the error summary.
pub const ERROR_SUMMARY_TITLE: Text = Text { nl: "Er is een probleem", en: "There is a problem" };
/// The divider between choices ("of" / "or").
pub const OR: Text = Text { nl: "of", en: "or" };
/// Accessible name of the step indicator list.
pub const PROGRESS: Text = Text { nl: "Voortgang", en: "Progress" };
/// Screen-reader state of a finished step.
pub const STEP_DONE: Text = Text { nl: "Klaar:", en: "Done:" };
/// Screen-reader state of the step the user is on.
pub const STEP_CURRENT: Text = Text { nl: "Nu:", en: "Now:" };
/// Screen-reader state of a step still to come.
pub const STEP_UPCOMING: Text = Text { nl: "Nog niet:", en: "Not yet:" };
/// Toggle of the collapsed step list on small screens.
pub const SHOW_ALL_STEPS: Text = Text { nl: "Toon alle stappen", en: "Show all steps" };
/// Toggle of the expanded step list on small screens.
pub const HIDE_STEPS: Text = Text { nl: "Verberg stappen", en: "Hide steps" };
/// Accessible name of the footer's link list.
pub const FOOTER_LINKS: Text = Text { nl: "Over deze website", en: "About this website" };

/// "Stap 2 van 4" / "Step 2 of 4".
pub fn step_of(lang: Lang, current: usize, total: usize) -> String {
    match lang {
        Lang::Nl => format!("Stap {current} van {total}"),
        Lang::En => format!("Step {current} of {total}"),
    }
}
