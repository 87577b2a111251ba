//! The texts of the example service "Verhuizing doorgeven" (`crate::journey`), Dutch first and
//! English second, at language level B1, in the order a visitor meets them.

use eenheid::i18n::{Lang, Text};

// --- The whole service ---

/// The service's name: in the header and footer of its pages and on its error pages.
pub const SERVICE: Text = Text { nl: "Verhuizing doorgeven", en: "Report a move" };
/// The start page's banner after a lost, changed or expired session.
pub const ANSWERS_NOT_KEPT: Text = Text {
    nl: "Uw gegevens zijn niet meer bewaard. Begin opnieuw.",
    en: "Your answers were not kept. Please start again.",
};

// --- The start page ---

/// The start page: who can use the service, and when.
pub const START_INTRO: Text = Text {
    nl: "Gaat u verhuizen binnen Voorbeeldstad of naar Voorbeeldstad? Geef dan uw nieuwe adres door. Dit kan vanaf 4 weken voor de verhuizing tot 5 dagen erna.",
    en: "Are you moving within or to Voorbeeldstad? Tell us your new address. You can do this from 4 weeks before you move until 5 days after.",
};
/// The start page: above the list of what to have at hand.
pub const YOU_NEED: Text = Text { nl: "U hebt nodig:", en: "You need:" };
/// The start page, in the list of what to have at hand.
pub const NEED_POSTCODE: Text = Text { nl: "uw nieuwe postcode en huisnummer", en: "your new postcode and house number" };
/// The start page, in the list of what to have at hand.
pub const NEED_MOVING_DATE: Text = Text { nl: "de datum van de verhuizing", en: "the date of the move" };
/// The start page, in the list of what to have at hand.
pub const NEED_NAMES: Text = Text { nl: "de namen van wie met u meeverhuizen", en: "the names of the people moving with you" };
/// The start page: how long the service takes.
pub const TAKES_FIVE_MINUTES: Text = Text { nl: "Het duurt ongeveer 5 minuten.", en: "It takes about 5 minutes." };
/// The start page's start button.
pub const START_NOW: Text = Text { nl: "Start nu", en: "Start now" };
/// The start page: the question before the link [`CONTINUE_WITH_YOUR_CODE`] (ends in a space).
pub const SAVED_BEFORE: Text = Text { nl: "Hebt u uw antwoorden eerder opgeslagen? ", en: "Did you save your answers before? " };
/// The start page's link to the page "Verder met een code".
pub const CONTINUE_WITH_YOUR_CODE: Text = Text { nl: "Ga verder met uw code", en: "Continue with your code" };

// --- The questions ---

/// The heading of the question "who".
pub const QUESTION_WHO: Text = Text { nl: "Wie verhuizen er?", en: "Who is moving?" };
/// The heading of the question "address".
pub const QUESTION_ADDRESS: Text = Text { nl: "Wat is uw nieuwe adres?", en: "What is your new address?" };
/// The heading of the question "date".
pub const QUESTION_DATE: Text = Text { nl: "Wanneer verhuist u?", en: "When are you moving?" };
/// The heading of the question "inform".
pub const QUESTION_INFORM: Text = Text { nl: "Aan wie mogen wij uw nieuwe adres doorgeven?", en: "Who may we pass your new address on to?" };
/// The step indicator's name of the question "who".
pub const STEP_WHO: Text = Text { nl: "Wie", en: "Who" };
/// The step indicator's name of the question "address".
pub const STEP_ADDRESS: Text = Text { nl: "Adres", en: "Address" };
/// The step indicator's name of the question "date".
pub const STEP_DATE: Text = Text { nl: "Datum", en: "Date" };
/// The step indicator's name of the question "inform".
pub const STEP_INFORM: Text = Text { nl: "Doorgeven", en: "Passing on" };
/// The step indicator's last step: the check page.
pub const STEP_CHECK: Text = Text { nl: "Controleren", en: "Check" };
/// The question "who": the first answer; also the answer on the check page.
pub const JUST_ME: Text = Text { nl: "Alleen ik", en: "Just me" };
/// The question "who": the second answer, which opens the two fields below.
pub const ME_AND_OTHERS: Text = Text { nl: "Ik en anderen", en: "Me and others" };
/// The question "who": the label of the number of people moving along.
pub const HOW_MANY_PEOPLE: Text = Text { nl: "Hoeveel mensen verhuizen met u mee?", en: "How many people are moving with you?" };
/// The question "who": the label of the names of the people moving along.
pub const THEIR_NAMES_QUESTION: Text = Text { nl: "Wat zijn hun namen?", en: "What are their names?" };
/// The question "who": the hint of the names.
pub const NAME_PER_LINE: Text = Text { nl: "Zet elke naam op een eigen regel.", en: "Put each name on its own line." };
/// The question "inform": an organisation to pass the address on to; also on the check page and the status page.
pub const BELASTINGDIENST: Text = Text { nl: "Belastingdienst", en: "Tax and Customs Administration (Belastingdienst)" };
/// The question "inform": an organisation to pass the address on to; also on the check page and the status page.
pub const DUO: Text = Text { nl: "Dienst Uitvoering Onderwijs (DUO)", en: "Education Executive Agency (DUO)" };
/// The question "inform": an organisation to pass the address on to; also on the check page and the status page.
pub const SVB: Text = Text { nl: "Sociale Verzekeringsbank (SVB)", en: "Social Insurance Bank (SVB)" };
/// The question "inform": the answer that excludes the others.
pub const NONE_OF_THESE: Text = Text { nl: "Geen van deze", en: "None of these" };
/// The question "inform": its hint.
pub const CHOOSE_ALL_THAT_APPLY: Text = Text { nl: "Kies alles wat voor u geldt.", en: "Choose all that apply." };
/// The button of a question.
pub const CONTINUE: Text = Text { nl: "Doorgaan", en: "Continue" };
/// The button of a question opened from the check page.
pub const SAVE_AND_BACK_TO_CHECK: Text = Text { nl: "Opslaan en terug naar controleren", en: "Save and go back to check" };

// --- Error messages of the questions ---

/// The question "who": the error for a missing or wrong number of people.
pub const ENTER_HOW_MANY: Text = Text {
    nl: "Vul in hoeveel mensen met u meeverhuizen, met cijfers, bijvoorbeeld 2",
    en: "Enter how many people are moving with you, in numbers, like 2",
};
/// The question "who": what the error for empty names asks for ("Vul hun namen in").
pub const THEIR_NAMES: Text = Text { nl: "hun namen", en: "their names" };
/// The question "who": the error when nothing is chosen.
pub const CHOOSE_ALONE_OR_WITH_OTHERS: Text = Text {
    nl: "Kies of u alleen verhuist of met anderen",
    en: "Choose whether you are moving alone or with others",
};
/// The question "date": the error for a move more than 5 days ago (see [`too_early`] for one too far ahead).
pub const MOVE_TOO_LONG_AGO: Text = Text {
    nl: "Uw verhuizing was meer dan 5 dagen geleden. Dat kunt u niet meer online doorgeven. Bel of bezoek de gemeente: kijk onder 'Hulp nodig?' onderaan deze pagina.",
    en: "Your move was more than 5 days ago. You can no longer report it online. Call or visit the municipality: see 'Need help?' at the bottom of this page.",
};
/// The question "inform": the error when nothing is chosen.
pub const CHOOSE_WHO_WE_PASS_ON_TO: Text = Text {
    nl: "Kies aan wie wij het doorgeven, of kies 'Geen van deze'",
    en: "Choose who we pass it on to, or choose 'None of these'",
};
/// The question "inform": the error for an answer that is not on the list (a changed form).
pub const CHOOSE_FROM_THE_LIST: Text = Text { nl: "Kies uit de lijst", en: "Choose from the list" };
/// The question "inform": the error when "Geen van deze" is chosen together with an organisation.
pub const NONE_OF_THESE_ALONE: Text = Text {
    nl: "Kies 'Geen van deze' alleen als u niets anders kiest",
    en: "Only choose 'None of these' on its own",
};

// --- The check page ---

/// The check page's title and heading.
pub const CHECK_YOUR_ANSWERS: Text = Text { nl: "Controleer uw antwoorden", en: "Check your answers" };
/// The check page: the key of the row "who".
pub const WHO_IS_MOVING: Text = Text { nl: "Wie verhuizen er", en: "Who is moving" };
/// The check page: what the change link of the row "who" changes (read after "Wijzig").
pub const CHANGE_WHO: Text = Text { nl: "wie er verhuizen", en: "who is moving" };
/// The check page: the key of the row "address".
pub const NEW_ADDRESS: Text = Text { nl: "Nieuw adres", en: "New address" };
/// The check page: before the postcode in the row "address".
pub const POSTCODE: Text = Text { nl: "Postcode", en: "Postcode" };
/// The check page: before the house number in the row "address".
pub const HOUSE_NUMBER: Text = Text { nl: "Huisnummer", en: "House number" };
/// The check page: what the change link of the row "address" changes.
pub const CHANGE_ADDRESS: Text = Text { nl: "uw nieuwe adres", en: "your new address" };
/// The check page: the key of the row "date".
pub const MOVING_DATE: Text = Text { nl: "Verhuisdatum", en: "Moving date" };
/// The check page: what the change link of the row "date" changes.
pub const CHANGE_MOVING_DATE: Text = Text { nl: "de verhuisdatum", en: "the moving date" };
/// The check page: the key of the row "inform".
pub const PASS_ON_TO: Text = Text { nl: "Doorgeven aan", en: "Pass on to" };
/// The check page: the row "inform" when "Geen van deze" was chosen.
pub const NO_ONE: Text = Text { nl: "Niemand", en: "No one" };
/// The check page: what the change link of the row "inform" changes.
pub const CHANGE_PASS_ON_TO: Text = Text { nl: "aan wie wij het doorgeven", en: "who we pass it on to" };
/// The check page: the heading above the send button.
pub const SEND_YOUR_MOVE: Text = Text { nl: "Verstuur uw verhuizing", en: "Send your move" };
/// The check page: what sending means.
pub const SENDING_CONFIRMS: Text = Text {
    nl: "Door te versturen zegt u dat uw antwoorden kloppen.",
    en: "By sending this you confirm that your answers are correct.",
};
/// The check page's send button.
pub const SEND: Text = Text { nl: "Versturen", en: "Send" };

// --- The confirmation page and the status page ---

/// The confirmation page's title and the heading of its panel.
pub const MOVE_REPORTED: Text = Text { nl: "Verhuizing doorgegeven", en: "Move reported" };
/// The confirmation page: the heading above what happens next.
pub const WHAT_HAPPENS_NEXT: Text = Text { nl: "Wat gebeurt er nu?", en: "What happens next?" };
/// The confirmation page: what happens next.
pub const WE_CHECK_YOUR_ADDRESS: Text = Text {
    nl: "Wij controleren uw nieuwe adres binnen 5 werkdagen. Daarna krijgt u een brief op uw nieuwe adres. U hoeft niets te doen.",
    en: "We check your new address within 5 working days. Then you get a letter at your new address. You do not have to do anything.",
};
/// The confirmation page: what the reference number is for.
pub const QUOTE_YOUR_REFERENCE: Text = Text { nl: "Noem uw referentienummer als u ons belt.", en: "Quote your reference number when you call us." };
/// The confirmation page's link to the status page.
pub const SEE_WHERE_YOUR_MOVE_IS: Text = Text { nl: "Bekijk waar uw verhuizing staat", en: "See where your move is" };
/// The confirmation page's button that starts again.
pub const REPORT_ANOTHER_MOVE: Text = Text { nl: "Nog een verhuizing doorgeven", en: "Report another move" };
/// The status page's title and heading.
pub const WHERE_IS_YOUR_MOVE: Text = Text { nl: "Waar staat uw verhuizing?", en: "Where is your move?" };
/// The status page: the heading of the timeline.
pub const STEPS: Text = Text { nl: "Stappen", en: "Steps" };
/// The status page, in the timeline: the move came in.
pub const MOVE_RECEIVED: Text = Text { nl: "Verhuizing ontvangen", en: "Move received" };
/// The status page, in the timeline: the check of the new address.
pub const CHECKING_YOUR_ADDRESS: Text = Text { nl: "Wij controleren uw nieuwe adres", en: "We are checking your new address" };
/// The status page, in the timeline: the new address is registered.
pub const ADDRESS_REGISTERED: Text = Text { nl: "Nieuw adres ingeschreven", en: "New address registered" };
/// The status page, in the timeline: under [`ADDRESS_REGISTERED`].
pub const YOU_GET_A_LETTER: Text = Text { nl: "U krijgt een brief op uw nieuwe adres.", en: "You get a letter at your new address." };
/// The status page, in the timeline: the address is passed on (the organisations below it).
pub const ADDRESS_PASSED_ON: Text = Text { nl: "Nieuw adres doorgegeven", en: "New address passed on" };

// --- A form that is not accepted (no or an old security token) ---

/// The title of the page for a form that is not accepted.
pub const FORM_NOT_ACCEPTED_TITLE: Text = Text { nl: "Formulier niet aangenomen", en: "Form not accepted" };
/// The heading of the page for a form that is not accepted.
pub const FORM_NOT_ACCEPTED: Text = Text { nl: "Dit formulier kunnen wij niet aannemen", en: "We cannot accept this form" };
/// The page for a form that is not accepted: what happened.
pub const FORM_NOT_FROM_HERE: Text = Text {
    nl: "Het formulier kwam niet van deze pagina, of het was te oud. Er is niets veranderd.",
    en: "The form did not come from this page, or it was too old. Nothing was changed.",
};
/// The page for a form that is not accepted: what to do.
pub const TRY_AGAIN_WITH_COOKIES: Text = Text {
    nl: "Ga terug naar de vraag en probeer het nog een keer. Staan cookies in uw browser uit? Zet ze dan aan voor deze website.",
    en: "Go back to the question and try again. Are cookies switched off in your browser? Then switch them on for this website.",
};
/// The page for a form that is not accepted: the link to the start page.
pub const TO_THE_START: Text = Text { nl: "Naar het begin", en: "Go to the start" };

// --- Save and continue later: the saved page and the page "Verder met een code" ---

/// The saved page's title.
pub const ANSWERS_SAVED: Text = Text { nl: "Uw antwoorden zijn opgeslagen", en: "Your answers have been saved" };
/// The saved page: the heading above how to continue.
pub const HOW_TO_CONTINUE: Text = Text { nl: "Hoe gaat u verder?", en: "How do you continue?" };
/// The saved page: the sentence before the link [`CONTINUE_WITH_A_CODE`] (ends in a space).
pub const WRITE_DOWN_THE_CODE: Text = Text {
    nl: "Schrijf de code op of maak er een foto van. Ga later naar ",
    en: "Write down the code or take a photo of it. Later, go to ",
};
/// The saved page: the rest of that sentence, after the link (starts with a comma).
pub const ENTER_THE_CODE_THERE: Text = Text {
    nl: ", op deze of een andere computer of telefoon, en vul de code in. U kunt ook bellen: noem dan de code.",
    en: ", on this or another computer or phone, and enter the code. You can also call us: then quote the code.",
};
/// The saved page's link back to the questions.
pub const CONTINUE_NOW: Text = Text { nl: "Nu verder met de vragen", en: "Continue with the questions now" };
/// The saved page: the heading above the e-mail form.
pub const CODE_BY_EMAIL: Text = Text { nl: "Code per e-mail", en: "Code by e-mail" };
/// The saved page, after the code was "sent": no e-mail really goes out.
pub const NO_REAL_EMAIL: Text = Text {
    nl: "Dit is een voorbeelddienst: er gaat geen echte e-mail weg.",
    en: "This is an example service: no real e-mail is sent.",
};
/// The saved page: the error for an empty e-mail address.
pub const ENTER_YOUR_EMAIL: Text = Text { nl: "Vul uw e-mailadres in", en: "Enter your e-mail address" };
/// The saved page: the error for something that is not an e-mail address.
pub const EMAIL_LIKE_EXAMPLE: Text = Text {
    nl: "Vul een e-mailadres in zoals naam@voorbeeld.nl",
    en: "Enter an e-mail address like name@example.com",
};
/// The title of the page "Verder met een code"; also the saved page's link to it.
pub const CONTINUE_WITH_A_CODE: Text = Text { nl: "Verder met een code", en: "Continue with a code" };
/// The page "Verder met een code": the error for a code that is not there (unknown, expired or never given out; one message for all).
pub const CODE_NOT_FOUND: Text = Text {
    nl: "Met deze code kunnen wij geen opgeslagen antwoorden vinden. Controleer de code. Een code werkt 30 dagen. Werkt hij niet meer? Begin dan opnieuw",
    en: "We cannot find saved answers with this code. Check the code. A code works for 30 days. Does it not work any more? Then start again",
};
/// The page "Verder met een code": the question before the link [`START_AGAIN`] (ends in a space).
pub const NO_CODE: Text = Text { nl: "Hebt u geen code? ", en: "No code? " };
/// The page "Verder met een code": the link to the start page.
pub const START_AGAIN: Text = Text { nl: "Begin opnieuw", en: "Start again" };

// --- Texts with values ---

/// The hint of the question "date", with a date that can be reported today: "Dit kan een datum
/// zijn van 5 dagen geleden tot 4 weken na vandaag. Bijvoorbeeld 27 3 2026".
pub fn date_hint(lang: Lang, (year, month, day): (i32, u32, u32)) -> String {
    match lang {
        Lang::Nl => format!("Dit kan een datum zijn van 5 dagen geleden tot 4 weken na vandaag. Bijvoorbeeld {day} {month} {year}"),
        Lang::En => format!("This can be a date from 5 days ago up to 4 weeks from today. For example {day} {month} {year}"),
    }
}

/// The question "date": the error for a move more than 4 weeks ahead, with the first day it can
/// be reported ("… Dat kan vanaf 3 februari 2027. Kom dan terug.").
pub fn too_early(lang: Lang, from: &str) -> String {
    match lang {
        Lang::Nl => format!("U kunt uw verhuizing pas 4 weken van tevoren doorgeven. Dat kan vanaf {from}. Kom dan terug."),
        Lang::En => format!("You can report your move 4 weeks before it at the earliest. You can do this from {from}. Please come back then."),
    }
}

/// The banner on a question after the session was kept longer: "Wij bewaren uw antwoorden nu tot
/// 14:30 uur. …".
pub fn kept_until(lang: Lang, until: &str) -> String {
    match lang {
        Lang::Nl => format!("Wij bewaren uw antwoorden nu tot {until} uur. Wat u had ingevuld, staat er nog. Het is nog niet gecontroleerd."),
        Lang::En => format!("We now keep your answers until {until}. What you filled in is still there. It has not been checked yet."),
    }
}

/// The check page, in the row "who": "Ik en 2 anderen" (the names follow on their own lines).
pub fn me_and_others(lang: Lang, count: &str) -> String {
    match lang {
        Lang::Nl => format!("Ik en {count} anderen"),
        Lang::En => format!("Me and {count} others"),
    }
}

/// The status page, under its heading: "Referentienummer: VH-7K3M-Q9TD".
pub fn reference_number(lang: Lang, reference: &str) -> String {
    match lang {
        Lang::Nl => format!("Referentienummer: {reference}"),
        Lang::En => format!("Reference number: {reference}"),
    }
}

/// "1 minuut", "5 minuten": a wait, in [`too_many_wrong_codes`].
pub fn minutes(lang: Lang, minutes: u64) -> String {
    match (lang, minutes) {
        (Lang::Nl, 1) => "1 minuut".to_owned(),
        (Lang::Nl, n) => format!("{n} minuten"),
        (Lang::En, 1) => "1 minute".to_owned(),
        (Lang::En, n) => format!("{n} minutes"),
    }
}

/// The page "Verder met een code": the error while a visitor must wait after too many wrong
/// codes; `wait` is from [`minutes`].
pub fn too_many_wrong_codes(lang: Lang, wait: &str) -> String {
    match lang {
        Lang::Nl => format!("U hebt te vaak een code ingevuld die niet werkt. Wacht {wait} en probeer het dan opnieuw. Of bel ons en noem uw code"),
        Lang::En => format!("You have entered a code that does not work too many times. Wait {wait} and then try again. Or call us and quote your code"),
    }
}
