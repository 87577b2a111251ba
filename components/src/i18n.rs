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

// --- Progress trackers: task list, status timeline, progress bar ---

/// Task status: nothing done yet.
pub const TASK_NOT_STARTED: Text = Text { nl: "Niet gestart", en: "Not started" };
/// Task status: started, not finished.
pub const TASK_IN_PROGRESS: Text = Text { nl: "Bezig", en: "In progress" };
/// Task status: finished.
pub const TASK_COMPLETED: Text = Text { nl: "Afgerond", en: "Completed" };
/// Task status: another task has to be finished first.
pub const TASK_CANNOT_START_YET: Text = Text { nl: "Kan nog niet worden gestart", en: "Cannot start yet" };
/// Task status: something went wrong and needs the user.
pub const TASK_ERROR: Text = Text { nl: "Fout", en: "There is a problem" };
/// Life-event task status: people arrange it themselves.
pub const TASK_YOURSELF: Text = Text { nl: "Zelf regelen", en: "Arrange it yourself" };
/// Life-event task status: the government passes it on, people need not do anything.
pub const TASK_PASSED_ON: Text = Text { nl: "Gaat vanzelf", en: "Done for you" };
/// Default heading of the status timeline.
pub const TIMELINE_HEADING: Text = Text { nl: "Waar staat mijn aanvraag?", en: "Where is my application?" };
/// The timeline's empty state.
pub const TIMELINE_EMPTY: Text = Text {
    nl: "Er is nog geen informatie over uw aanvraag. Kijk later nog eens.",
    en: "There is no information about your application yet. Please check again later.",
};
/// A finished timeline step without a date.
pub const TIMELINE_DONE: Text = Text { nl: "Afgerond", en: "Done" };
/// A finished timeline step, before its date ("Afgerond op 1 maart 2026").
pub const TIMELINE_DONE_ON: Text = Text { nl: "Afgerond op", en: "Done on" };
/// A past return or hand-over, before its date ("Op 16 februari 2026").
pub const TIMELINE_HAPPENED_ON: Text = Text { nl: "Op", en: "On" };
/// The current timeline step without a date.
pub const TIMELINE_CURRENT: Text = Text { nl: "Nu bezig", en: "In progress now" };
/// The current timeline step, before its start date ("Nu bezig, sinds 3 maart 2026").
pub const TIMELINE_CURRENT_SINCE: Text = Text { nl: "Nu bezig, sinds", en: "In progress since" };
/// A future timeline step without a date.
pub const TIMELINE_EXPECTED: Text = Text { nl: "Verwacht", en: "Expected" };
/// A future timeline step, before its date ("Verwacht: voor 15 april 2026").
pub const TIMELINE_EXPECTED_BEFORE: Text = Text { nl: "Verwacht: voor", en: "Expected: before" };
/// The timeline's label before the responsible organisation.
pub const TIMELINE_ORGANISATION: Text = Text { nl: "Organisatie:", en: "Organisation:" };
/// Prefix of a step that happens again.
pub const TIMELINE_REPEATED: Text = Text { nl: "Opnieuw:", en: "Again:" };
/// Prefix of a returned application.
pub const TIMELINE_RETURNED: Text = Text { nl: "Teruggestuurd:", en: "Sent back:" };
/// Before the organisation an application was handed over to ("Overgedragen aan Belastingdienst").
pub const TIMELINE_HANDED_OVER_TO: Text = Text { nl: "Overgedragen aan", en: "Handed over to" };
/// The second sentence of a quiet period.
pub const TIMELINE_NOTHING_TO_DO: Text = Text { nl: "U hoeft niets te doen.", en: "You do not need to do anything." };
/// Month names, January first.
pub const MONTHS: [Text; 12] = [
    Text { nl: "januari", en: "January" },
    Text { nl: "februari", en: "February" },
    Text { nl: "maart", en: "March" },
    Text { nl: "april", en: "April" },
    Text { nl: "mei", en: "May" },
    Text { nl: "juni", en: "June" },
    Text { nl: "juli", en: "July" },
    Text { nl: "augustus", en: "August" },
    Text { nl: "september", en: "September" },
    Text { nl: "oktober", en: "October" },
    Text { nl: "november", en: "November" },
    Text { nl: "december", en: "December" },
];

/// "3 van 5 taken afgerond" / "3 of 5 tasks completed".
pub fn tasks_completed(lang: Lang, done: usize, total: usize) -> String {
    match (lang, total) {
        (Lang::Nl, 1) => format!("{done} van 1 taak afgerond"),
        (Lang::Nl, _) => format!("{done} van {total} taken afgerond"),
        (Lang::En, 1) => format!("{done} of 1 task completed"),
        (Lang::En, _) => format!("{done} of {total} tasks completed"),
    }
}

/// The quiet period of a status timeline: "U hoort binnen 8 weken van ons." /
/// "You will hear from us within 8 weeks."
pub fn hear_within_weeks(lang: Lang, weeks: u16) -> String {
    match (lang, weeks) {
        (Lang::Nl, 1) => "U hoort binnen 1 week van ons.".to_owned(),
        (Lang::Nl, _) => format!("U hoort binnen {weeks} weken van ons."),
        (Lang::En, 1) => "You will hear from us within 1 week.".to_owned(),
        (Lang::En, _) => format!("You will hear from us within {weeks} weeks."),
    }
}

/// "2 van 5 bestanden" / "2 of 5 files": `noun` is the plural the caller gives, in the page's
/// language.
pub fn count_of(lang: Lang, value: u32, max: u32, noun: &str) -> String {
    match lang {
        Lang::Nl => format!("{value} van {max} {noun}"),
        Lang::En => format!("{value} of {max} {noun}"),
    }
}

// --- Page parts: breadcrumbs, back link, banners, help block, navigation, sign-in, cookies ---

/// Accessible name of the breadcrumbs' `<nav>`.
pub const BREADCRUMBS: Text = Text { nl: "Kruimelpad", en: "Breadcrumb" };
/// The back link.
pub const BACK: Text = Text { nl: "Terug", en: "Back" };
/// Phase tag: an early test version.
pub const PHASE_ALPHA: Text = Text { nl: "Alfa", en: "Alpha" };
/// Phase tag: a public test version.
pub const PHASE_BETA: Text = Text { nl: "Bèta", en: "Beta" };
/// Phase banner text before the feedback link.
pub const PHASE_TEXT: Text = Text { nl: "Dit is een nieuwe dienst. Help ons om hem beter te maken:", en: "This is a new service. Help us to improve it:" };
/// Phase banner feedback link.
pub const PHASE_FEEDBACK: Text = Text { nl: "geef uw mening", en: "give your feedback" };
/// Default title of an information banner.
pub const NOTIFICATION_IMPORTANT: Text = Text { nl: "Belangrijk", en: "Important" };
/// Default title of a success banner.
pub const NOTIFICATION_SUCCESS: Text = Text { nl: "Gelukt", en: "Success" };
/// Heading of the help block.
pub const HELP_HEADING: Text = Text { nl: "Hulp nodig?", en: "Need help?" };
/// Before the phone number ("Bel 1400").
pub const HELP_CALL: Text = Text { nl: "Bel", en: "Call" };
/// The phone line is open now.
pub const HELP_OPEN_NOW: Text = Text { nl: "Nu open", en: "Open now" };
/// The phone line is closed now.
pub const HELP_CLOSED_NOW: Text = Text { nl: "Nu gesloten", en: "Closed now" };
/// What to do while the phone line is closed (when the agency gives no text of its own).
pub const HELP_CLOSED_ALTERNATIVE: Text = Text {
    nl: "Bel ons als we weer open zijn. Of kies hieronder een andere manier om hulp te krijgen.",
    en: "Call us when we are open again. Or choose another way to get help below.",
};
/// Appointment link.
pub const HELP_APPOINTMENT: Text = Text { nl: "Maak een afspraak", en: "Make an appointment" };
/// Callback request link.
pub const HELP_CALLBACK: Text = Text { nl: "Laat u terugbellen", en: "Ask us to call you back" };
/// Chat link when a person answers.
pub const HELP_CHAT_HUMAN: Text = Text { nl: "Chat met een medewerker", en: "Chat with a member of staff" };
/// Chat link when a computer answers.
pub const HELP_CHAT_BOT: Text = Text { nl: "Chat met onze chatbot", en: "Chat with our chatbot" };
/// Who answers in a chat with a person.
pub const HELP_CHAT_HUMAN_NOTE: Text = Text { nl: "Een mens beantwoordt uw vragen.", en: "A person answers your questions." };
/// Who answers in a chat with a bot.
pub const HELP_CHAT_BOT_NOTE: Text = Text {
    nl: "Een computer beantwoordt uw vragen, geen mens.",
    en: "A computer answers your questions, not a person.",
};
/// Who answers in a chat that starts with a bot.
pub const HELP_CHAT_BOT_THEN_HUMAN_NOTE: Text = Text {
    nl: "Eerst beantwoordt een computer uw vragen. Vraag om een medewerker als u een mens wilt spreken.",
    en: "A computer answers your questions first. Ask for a member of staff if you want to talk to a person.",
};
/// Help at the library.
pub const HELP_LIBRARY: Text = Text {
    nl: "In veel bibliotheken is een Informatiepunt Digitale Overheid. Daar helpen ze u gratis met de overheid op internet.",
    en: "Many libraries have an Informatiepunt Digitale Overheid (digital government help desk). They help you with government websites for free.",
};
/// Link to find the library help desk.
pub const HELP_LIBRARY_LINK: Text = Text {
    nl: "Zoek een Informatiepunt bij u in de buurt",
    en: "Find a help desk near you",
};
/// Accessible name of the language switch.
pub const LANGUAGE_SWITCH: Text = Text { nl: "Kies een taal", en: "Choose a language" };
/// Accessible name of the service navigation.
pub const SERVICE_NAVIGATION: Text = Text { nl: "Menu", en: "Menu" };
/// Sign-in button, before the name of the method ("Inloggen met DigiD").
pub const SIGN_IN_WITH: Text = Text { nl: "Inloggen met", en: "Log in with" };
/// Who signs in with DigiD.
pub const SIGN_IN_DIGID_FOR: Text = Text { nl: "Voor burgers", en: "For citizens" };
/// Who signs in with eHerkenning.
pub const SIGN_IN_EHERKENNING_FOR: Text = Text { nl: "Voor bedrijven en organisaties", en: "For businesses and organisations" };
/// The acting-on-behalf banner, before the name ("U handelt namens …").
pub const ACTING_ON_BEHALF: Text = Text { nl: "U handelt namens", en: "You are acting on behalf of" };
/// Link to pick someone else to act for.
pub const ACTING_SWITCH: Text = Text { nl: "Iemand anders kiezen", en: "Choose someone else" };
/// Link to stop acting for someone else.
pub const ACTING_STOP: Text = Text { nl: "Weer voor uzelf handelen", en: "Act for yourself again" };
/// Heading of the cookie banner.
pub const COOKIE_HEADING: Text = Text { nl: "Cookies op deze website", en: "Cookies on this website" };
/// Body of the cookie banner (when the agency gives no text of its own).
pub const COOKIE_TEXT: Text = Text {
    nl: "Wij gebruiken cookies die nodig zijn om deze website te laten werken. Wij willen ook meten hoe u de website gebruikt, zodat wij hem beter kunnen maken. Mogen wij daarvoor cookies gebruiken?",
    en: "We use cookies that this website needs to work. We would also like to measure how you use the website, so that we can improve it. May we use cookies for that?",
};
/// Cookie banner: accept.
pub const COOKIE_ACCEPT: Text = Text { nl: "Meetcookies accepteren", en: "Accept analytics cookies" };
/// Cookie banner: reject.
pub const COOKIE_REJECT: Text = Text { nl: "Meetcookies weigeren", en: "Reject analytics cookies" };
/// Cookie banner: more information.
pub const COOKIE_MORE: Text = Text { nl: "Meer over cookies", en: "More about cookies" };

// ---- Form elements (slice 2): Dutch inputs, pre-filled field, character count, password ----

/// Label of the postcode part of an address.
pub const ADDRESS_POSTCODE: Text = Text { nl: "Postcode", en: "Postcode" };
/// Label of the house-number part of an address.
pub const ADDRESS_HOUSE_NUMBER: Text = Text { nl: "Huisnummer", en: "House number" };
/// Label of the optional addition to a house number ("A", "2-hoog").
pub const ADDRESS_ADDITION: Text = Text { nl: "Toevoeging (niet verplicht)", en: "Addition (optional)" };
/// Hint of the postcode part.
pub const ADDRESS_POSTCODE_HINT: Text = Text { nl: "Bijvoorbeeld 1234 AB", en: "For example 1234 AB" };
/// Default label of the BSN input.
pub const BSN_LABEL: Text = Text { nl: "Burgerservicenummer (BSN)", en: "Citizen service number (BSN)" };
/// Default hint of the BSN input: where people find it.
pub const BSN_HINT: Text = Text { nl: "Dit staat op uw paspoort of rijbewijs", en: "You can find it on your passport or driving licence" };
/// Default label of the IBAN input.
pub const IBAN_LABEL: Text = Text { nl: "Rekeningnummer (IBAN)", en: "Bank account number (IBAN)" };
/// Default hint of the IBAN input.
pub const IBAN_HINT: Text = Text { nl: "Bijvoorbeeld NL91 ABNA 0417 1643 00", en: "For example NL91 ABNA 0417 1643 00" };
/// Default label of the phone input.
pub const PHONE_LABEL: Text = Text { nl: "Telefoonnummer", en: "Phone number" };
/// The control of a pre-filled field that opens the editable input.
pub const CHANGE: Text = Text { nl: "Wijzigen", en: "Change" };
/// Password toggle while the password is hidden (visible text).
pub const PASSWORD_SHOW: Text = Text { nl: "Toon", en: "Show" };
/// Password toggle while the password is visible (visible text).
pub const PASSWORD_HIDE: Text = Text { nl: "Verberg", en: "Hide" };
/// Accessible name of the password toggle while the password is hidden.
pub const PASSWORD_SHOW_FULL: Text = Text { nl: "Toon wachtwoord", en: "Show password" };
/// Accessible name of the password toggle while the password is visible.
pub const PASSWORD_HIDE_FULL: Text = Text { nl: "Verberg wachtwoord", en: "Hide password" };
/// Announced after the password was made visible.
pub const PASSWORD_SHOWN: Text = Text { nl: "Uw wachtwoord is zichtbaar", en: "Your password is visible" };
/// Announced after the password was hidden again.
pub const PASSWORD_HIDDEN: Text = Text { nl: "Uw wachtwoord is verborgen", en: "Your password is hidden" };

fn count_noun(lang: Lang, words: bool, n: usize) -> &'static str {
    match (lang, words, n == 1) {
        (Lang::Nl, false, true) => "teken",
        (Lang::Nl, false, false) => "tekens",
        (Lang::Nl, true, true) => "woord",
        (Lang::Nl, true, false) => "woorden",
        (Lang::En, false, true) => "character",
        (Lang::En, false, false) => "characters",
        (Lang::En, true, true) => "word",
        (Lang::En, true, false) => "words",
    }
}

/// The limit of a character count, for the hint without JavaScript: "U kunt maximaal 500 tekens
/// gebruiken" (or words).
pub fn count_limit(lang: Lang, max: usize, words: bool) -> String {
    let noun = count_noun(lang, words, max);
    match lang {
        Lang::Nl => format!("U kunt maximaal {max} {noun} gebruiken"),
        Lang::En => format!("You can use up to {max} {noun}"),
    }
}

/// What is left of a character count: "U hebt nog 120 tekens over" or, past the limit, "U hebt 20
/// tekens te veel" (or words).
pub fn count_left(lang: Lang, max: usize, used: usize, words: bool) -> String {
    if used <= max {
        let left = max - used;
        let noun = count_noun(lang, words, left);
        match lang {
            Lang::Nl => format!("U hebt nog {left} {noun} over"),
            Lang::En => format!("You have {left} {noun} left"),
        }
    } else {
        let over = used - max;
        let noun = count_noun(lang, words, over);
        match lang {
            Lang::Nl => format!("U hebt {over} {noun} te veel"),
            Lang::En => format!("You have {over} {noun} too many"),
        }
    }
}

/// [`count_left`]'s four texts with `{n}` for the number, for the browser enhancement that counts
/// as people type: left (one, other), then too many (one, other).
pub fn count_left_templates(lang: Lang, words: bool) -> [String; 4] {
    // The number is the only digit in each text: made from `count_left` itself, so they agree.
    let template = |max: usize, used: usize, n: usize| count_left(lang, max, used, words).replacen(&n.to_string(), "{n}", 1);
    [template(1, 0, 1), template(2, 0, 2), template(0, 1, 1), template(0, 2, 2)]
}

// ---- Content: panel, warning text, pagination, accordion, tabs ----

/// The confirmation panel, before the reference number ("Uw referentienummer is HDJ2123F").
pub const PANEL_REFERENCE: Text = Text { nl: "Uw referentienummer is", en: "Your reference number is" };
/// Screen-reader prefix of a warning text, instead of the "!" icon.
pub const WARNING: Text = Text { nl: "Waarschuwing:", en: "Warning:" };
/// Accessible name of the pagination navigation.
pub const PAGINATION: Text = Text { nl: "Paginering", en: "Pagination" };
/// The link to the previous page of results.
pub const PAGINATION_PREVIOUS: Text = Text { nl: "Vorige", en: "Previous" };
/// The link to the next page of results.
pub const PAGINATION_NEXT: Text = Text { nl: "Volgende", en: "Next" };
/// The accordion's button while some sections are closed.
pub const ACCORDION_OPEN_ALL: Text = Text { nl: "Alle secties openen", en: "Open all sections" };
/// The accordion's button while every section is open.
pub const ACCORDION_CLOSE_ALL: Text = Text { nl: "Alle secties sluiten", en: "Close all sections" };
/// The heading of the tabs' link list without JavaScript.
pub const TABS_CONTENTS: Text = Text { nl: "Op deze pagina", en: "On this page" };

/// The accessible name of a page link: "Pagina 3" / "Page 3".
pub fn page_number(lang: Lang, page: usize) -> String {
    match lang {
        Lang::Nl => format!("Pagina {page}"),
        Lang::En => format!("Page {page}"),
    }
}

// ---- Save and continue later ----

/// The secondary button that saves the answers so far.
pub const SAVE_FOR_LATER: Text = Text { nl: "Opslaan en later verder", en: "Save and continue later" };
/// The title of the saved-code panel.
pub const CODE_SAVED_TITLE: Text = Text { nl: "Uw antwoorden zijn opgeslagen", en: "Your answers have been saved" };
/// The text before the saved code.
pub const CODE_IS: Text = Text { nl: "Uw code is", en: "Your code is" };
/// Until when the code works; `{date}` is the last day ("30 december 2026").
pub const CODE_VALID_UNTIL: Text = Text { nl: "Deze code werkt tot en met {date}.", en: "This code works until and including {date}." };
/// The label of the optional e-mail address.
pub const CODE_EMAIL_LABEL: Text = Text { nl: "Wilt u de code ook per e-mail? (niet verplicht)", en: "Do you also want the code by e-mail? (optional)" };
/// The hint under it.
pub const CODE_EMAIL_HINT: Text = Text { nl: "Wij sturen alleen de code, niet uw antwoorden.", en: "We only send the code, not your answers." };
/// The button that sends the code by e-mail.
pub const CODE_EMAIL_BUTTON: Text = Text { nl: "Stuur mij de code", en: "Send me the code" };
/// The confirmation after sending; `{address}` is the e-mail address.
pub const CODE_EMAIL_SENT: Text = Text { nl: "Wij hebben de code gestuurd naar {address}.", en: "We have sent the code to {address}." };
/// The label (and page heading) of the code field.
pub const CODE_LABEL: Text = Text { nl: "Vul uw code in", en: "Enter your code" };
/// The hint of the code field.
pub const CODE_HINT: Text = Text {
    nl: "U kreeg de code toen u uw antwoorden opsloeg, bijvoorbeeld K7QM-4XH9. Hoofdletters, spaties en streepjes maken niet uit.",
    en: "You got the code when you saved your answers, for example K7QM-4XH9. Capitals, spaces and dashes do not matter.",
};
/// The button of the code form.
pub const CODE_CONTINUE: Text = Text { nl: "Verder met deze code", en: "Continue with this code" };
/// The help block's line with the saved code; `{code}` is the code.
pub const HELP_SAVED_CODE: Text = Text {
    nl: "Uw code is {code}. Noem deze code als u belt. Dan kunnen wij uw opgeslagen antwoorden zien.",
    en: "Your code is {code}. Quote this code when you call. Then we can see your saved answers.",
};

// ---- Patterns: question page, check answers, confirmation, start, task list, status, contact ----

/// The button of a question page.
pub const CONTINUE: Text = Text { nl: "Doorgaan", en: "Continue" };
/// The heading of the check-your-answers page.
pub const CHECK_ANSWERS_TITLE: Text = Text { nl: "Controleer uw antwoorden", en: "Check your answers" };
/// The heading above the declaration and the send button.
pub const CHECK_ANSWERS_SEND_HEADING: Text = Text { nl: "Nu versturen", en: "Now send your answers" };
/// The send button of the check-your-answers page.
pub const CHECK_ANSWERS_SEND: Text = Text { nl: "Versturen", en: "Send" };
/// The heading of the next steps on the confirmation page.
pub const CONFIRMATION_NEXT: Text = Text { nl: "Wat gebeurt er nu?", en: "What happens next" };
/// The link from the confirmation page to the status page.
pub const CONFIRMATION_STATUS_LINK: Text = Text { nl: "Bekijk waar uw aanvraag nu staat", en: "See where your request is now" };
/// The feedback link on the confirmation page.
pub const CONFIRMATION_FEEDBACK: Text = Text { nl: "Wat vond u van deze dienst?", en: "What did you think of this service?" };
/// The start button of a start page.
pub const START_NOW: Text = Text { nl: "Start nu", en: "Start now" };
/// The heading of what people need before they begin.
pub const START_BEFORE: Text = Text { nl: "Voordat u begint", en: "Before you start" };
/// The line above the list of what people need.
pub const START_HAVE_READY: Text = Text { nl: "Zorg dat u dit bij de hand hebt:", en: "Make sure you have:" };
/// The heading above the sign-in buttons on a start page.
pub const START_SIGN_IN: Text = Text { nl: "Log in om te beginnen", en: "Sign in to start" };
/// The heading of the other (offline) ways on a start page.
pub const START_OTHER_WAYS: Text = Text { nl: "Liever niet online?", en: "Rather not do this online?" };
/// The link to save a task list and continue later.
pub const TASK_LIST_SAVE: Text = Text { nl: "Opslaan en later verdergaan", en: "Save and continue later" };
/// The heading of the key facts on a status page.
pub const STATUS_ABOUT: Text = Text { nl: "Over uw aanvraag", en: "About your request" };
/// The heading of the contact page.
pub const CONTACT_TITLE: Text = Text { nl: "Contact", en: "Contact us" };
/// The heading of the ways to reach a person on the contact page.
pub const CONTACT_WAYS: Text = Text { nl: "Bel, chat of maak een afspraak", en: "Call, chat or make an appointment" };
/// The heading of what to have at hand when calling.
pub const CONTACT_HAVE_READY: Text = Text { nl: "Houd dit bij de hand", en: "Have this ready" };
/// The heading of the visiting address.
pub const CONTACT_VISIT: Text = Text { nl: "Bezoekadres", en: "Visiting address" };
/// The heading of the postal address.
pub const CONTACT_POST: Text = Text { nl: "Postadres", en: "Postal address" };

/// "We hebben een bevestiging gestuurd naar …" on the confirmation page.
pub fn confirmation_sent_to(lang: Lang, to: &str) -> String {
    match lang {
        Lang::Nl => format!("We hebben een bevestiging gestuurd naar {to}."),
        Lang::En => format!("We have sent a confirmation to {to}."),
    }
}

/// The session time-out's button: keep the answers for another period.
pub const SESSION_EXTEND: Text = Text { nl: "Langer bewaren", en: "Keep my answers longer" };
/// The session time-out's message when keeping them longer did not work.
pub const SESSION_EXTEND_FAILED: Text = Text {
    nl: "Dat lukte niet. Misschien zijn uw antwoorden al gewist. Laad de pagina opnieuw.",
    en: "That did not work. Your answers may already be gone. Reload the page.",
};

/// "Wij bewaren uw antwoorden tot 15:42 uur." — the session time-out without JavaScript.
pub fn session_kept_until(lang: Lang, until: &str) -> String {
    match lang {
        Lang::Nl => format!("Wij bewaren uw antwoorden tot {until} uur. Daarna moet u opnieuw beginnen."),
        Lang::En => format!("We keep your answers until {until}. After that you have to start again."),
    }
}

/// The session time-out's warning, `minutes` before the answers are gone.
pub fn session_warning(lang: Lang, minutes: u32) -> String {
    warning_text(lang, &minutes.to_string(), minutes == 1)
}

/// The session time-out's message after keeping the answers longer.
pub fn session_extended(lang: Lang, minutes: u32) -> String {
    extended_text(lang, &minutes.to_string(), minutes == 1)
}

/// [`session_warning`] and [`session_extended`] with `{n}` for the minutes, for the browser: each
/// as (one minute, more minutes).
pub fn session_templates(lang: Lang) -> [String; 4] {
    [warning_text(lang, "{n}", true), warning_text(lang, "{n}", false), extended_text(lang, "{n}", true), extended_text(lang, "{n}", false)]
}

fn minutes_word(lang: Lang, one: bool) -> &'static str {
    match (lang, one) {
        (Lang::Nl, true) => "minuut",
        (Lang::Nl, false) => "minuten",
        (Lang::En, true) => "minute",
        (Lang::En, false) => "minutes",
    }
}

fn warning_text(lang: Lang, n: &str, one: bool) -> String {
    let unit = minutes_word(lang, one);
    match lang {
        Lang::Nl => format!("Let op: over {n} {unit} wissen wij uw antwoorden. Wilt u meer tijd? Kies dan 'Langer bewaren'."),
        Lang::En => format!("Please note: in {n} {unit} we delete your answers. Do you need more time? Choose 'Keep my answers longer'."),
    }
}

fn extended_text(lang: Lang, n: &str, one: bool) -> String {
    let unit = minutes_word(lang, one);
    match lang {
        Lang::Nl => format!("Gelukt. Wij bewaren uw antwoorden nu nog {n} {unit}."),
        Lang::En => format!("Done. We now keep your answers for another {n} {unit}."),
    }
}

// --- Life events and choice guides ---

/// A life-event task's organisation: "Bij: Belastingdienst".
pub fn life_event_where(lang: Lang, organisation: &str) -> String {
    match lang {
        Lang::Nl => format!("Bij: {organisation}."),
        Lang::En => format!("Organisation: {organisation}."),
    }
}

/// A life-event task's deadline: "Wanneer: binnen 5 dagen".
pub fn life_event_when(lang: Lang, deadline: &str) -> String {
    match lang {
        Lang::Nl => format!("Wanneer: {deadline}."),
        Lang::En => format!("When: {deadline}."),
    }
}

/// A task the government passes on: "Dit geven wij door aan de SVB. U hoeft zelf niets te doen."
pub fn life_event_passed_on(lang: Lang, organisation: &str) -> String {
    match lang {
        Lang::Nl => format!("Dit geven wij door aan {organisation}. U hoeft zelf niets te doen."),
        Lang::En => format!("We pass this on to {organisation}. You do not need to do anything."),
    }
}

/// The heading of the block that names every organisation that hears it without the visitor.
pub const LIFE_EVENT_PASSED_ON_HEADING: Text = Text { nl: "Dit geven wij door", en: "What we pass on for you" };

/// "Wij geven het voor u door aan: Belastingdienst, DUO en SVB."
pub fn life_event_passed_on_to(lang: Lang, organisations: &[&str]) -> String {
    let and = lang.pick(" en ", " and ");
    let list = match organisations {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => [rest.join(", ").as_str(), and, last].concat(),
    };
    match lang {
        Lang::Nl => format!("Wij geven het voor u door aan: {list}. Daar hoeft u zelf niets voor te doen."),
        Lang::En => format!("We pass it on for you to: {list}. You do not need to do anything for this."),
    }
}

/// The choice guide's button on a question.
pub const GUIDE_NEXT: Text = Text { nl: "Volgende vraag", en: "Next question" };
/// The choice guide's button on the last question.
pub const GUIDE_SHOW_RESULT: Text = Text { nl: "Bekijk wat voor u geldt", en: "See what applies to you" };
/// The result page's heading for the services that apply.
pub const GUIDE_APPLIES: Text = Text { nl: "Dit geldt voor u", en: "This applies to you" };
/// The result page's heading over the answers.
pub const GUIDE_YOUR_ANSWERS: Text = Text { nl: "Uw antwoorden", en: "Your answers" };
/// The result page's empty state.
pub const GUIDE_NOTHING: Text = Text {
    nl: "Met deze antwoorden hoeft u niets te regelen. Klopt een antwoord niet? Wijzig het dan hieronder.",
    en: "With these answers you do not need to arrange anything. Is an answer wrong? Then change it below.",
};
/// The link to start the guide again.
pub const GUIDE_START_AGAIN: Text = Text { nl: "Opnieuw beginnen", en: "Start again" };
/// Before the reason a service applies.
pub const GUIDE_WHY: Text = Text { nl: "Waarom:", en: "Why:" };

/// "Vraag 2 van 3" / "Question 2 of 3", above a choice guide's question.
pub fn guide_question_of(lang: Lang, current: usize, total: usize) -> String {
    match lang {
        Lang::Nl => format!("Vraag {current} van {total}"),
        Lang::En => format!("Question {current} of {total}"),
    }
}

/// The heading of the call-back form.
pub const CALL_BACK_TITLE: Text = Text { nl: "Bel mij terug", en: "Call me back" };
/// The sentence under it.
pub const CALL_BACK_LEAD: Text = Text {
    nl: "Laat uw naam, uw telefoonnummer en uw vraag achter. Een medewerker belt u terug.",
    en: "Leave your name, your phone number and your question. Someone from our team will call you back.",
};
/// The name question.
pub const CALL_BACK_NAME: Text = Text { nl: "Naam", en: "Name" };
/// The hint under the phone number.
pub const CALL_BACK_PHONE_HINT: Text = Text {
    nl: "Op dit nummer bellen wij u terug, bijvoorbeeld 06 12345678.",
    en: "We call you back on this number, for example 06 12345678.",
};
/// The time-of-day question.
pub const CALL_BACK_TIME: Text = Text { nl: "Wanneer kunnen wij u het beste bellen?", en: "When can we best call you?" };
/// The time of day in the confirmation's list.
pub const CALL_BACK_TIME_KEY: Text = Text { nl: "Beste tijd om te bellen", en: "Best time to call" };
/// When the helpdesk calls, under the time question, unless the agency gives its hours.
pub const CALL_BACK_HOURS: Text = Text { nl: "Wij bellen op werkdagen.", en: "We call on working days." };
/// The question field.
pub const CALL_BACK_QUESTION: Text = Text { nl: "Uw vraag", en: "Your question" };
/// The hint under it.
pub const CALL_BACK_QUESTION_HINT: Text = Text {
    nl: "Schrijf in een paar zinnen waar het over gaat. Zet hier geen burgerservicenummer in.",
    en: "Write in a few sentences what it is about. Do not put your citizen service number here.",
};
/// The button that sends the request.
pub const CALL_BACK_BUTTON: Text = Text { nl: "Verstuur verzoek", en: "Send request" };
/// The panel after sending.
pub const CALL_BACK_DONE: Text = Text { nl: "Wij bellen u terug", en: "We will call you back" };
/// The heading over what happens now.
pub const CALL_BACK_NEXT: Text = Text { nl: "Wat gebeurt er nu?", en: "What happens next" };
/// What happens now, unless the agency says it itself.
pub const CALL_BACK_NEXT_TEXT: Text = Text {
    nl: "Een medewerker belt u op het nummer hierboven, op het moment dat u koos. Klopt het nummer niet? Vraag dan opnieuw om terug te bellen.",
    en: "Someone from our team will call you on the number above, at the time you chose. Is the number wrong? Then ask again to be called back.",
};
