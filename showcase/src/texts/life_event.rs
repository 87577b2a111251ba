//! The texts of the life event "Verhuizen" and its choice guide "Wat moet ik regelen als ik
//! verhuis?" (`crate::life_event`), Dutch first and English second, at language level B1.

use eenheid::i18n::Text;

// --- The life-event page ---

/// The life event's name: the title of its page, and the service in the header and footer of its pages.
pub const MOVING_HOUSE: Text = Text { nl: "Verhuizen", en: "Moving house" };
/// The life-event page: its introduction.
pub const INTRO: Text = Text {
    nl: "Gaat u verhuizen? Hier staat wat u moet regelen, in welke volgorde en wanneer. Veel geven wij voor u door.",
    en: "Are you moving house? This page says what you need to arrange, in which order and when. We pass on a lot for you.",
};
/// The life-event page: the heading of the first stage.
pub const BEFORE_THE_MOVE: Text = Text { nl: "Vóór de verhuizing", en: "Before the move" };
/// A task on the life-event page, and an outcome of the choice guide: the example service.
pub const REPORT_YOUR_MOVE: Text = Text { nl: "Uw verhuizing doorgeven", en: "Report your move" };
/// The life-event page: when to do [`REPORT_YOUR_MOVE`].
pub const REPORT_DEADLINE: Text = Text {
    nl: "vanaf 4 weken voor tot 5 dagen na de verhuizing",
    en: "from 4 weeks before until 5 days after the move",
};
/// A task on the life-event page, and an outcome of the choice guide.
pub const ENROL_YOUR_CHILD: Text = Text { nl: "Uw kind aanmelden bij een nieuwe school", en: "Enrol your child at a new school" };
/// Who arranges [`ENROL_YOUR_CHILD`], on the life-event page and in the choice guide's result.
pub const THE_NEW_SCHOOL: Text = Text { nl: "de nieuwe school", en: "the new school" };
/// The life-event page: when to do [`ENROL_YOUR_CHILD`].
pub const SCHOOL_DEADLINE: Text = Text {
    nl: "als de school te ver weg is; vraag de school naar de termijn",
    en: "if the school is too far away; ask the school for the deadline",
};
/// The life-event page: the heading of the stage with what the government passes on.
pub const DONE_FOR_YOU: Text = Text { nl: "Dit gaat vanzelf", en: "Done for you" };
/// The life-event page: when each task in [`DONE_FOR_YOU`] happens.
pub const PASSED_ON_WHEN: Text = Text { nl: "als u dat kiest bij Verhuizing doorgeven", en: "if you choose this when you report your move" };
/// A task on the life-event page, in [`DONE_FOR_YOU`].
pub const ADDRESS_AT_BELASTINGDIENST: Text = Text { nl: "Nieuw adres bij de Belastingdienst", en: "New address at the Belastingdienst" };
/// The life-event page: who does [`ADDRESS_AT_BELASTINGDIENST`].
pub const THE_BELASTINGDIENST: Text = Text { nl: "de Belastingdienst", en: "the Tax and Customs Administration (Belastingdienst)" };
/// A task on the life-event page, in [`DONE_FOR_YOU`].
pub const ADDRESS_AT_DUO: Text = Text { nl: "Nieuw adres bij DUO", en: "New address at DUO" };
/// The life-event page: who does [`ADDRESS_AT_DUO`].
pub const DUO: Text = Text { nl: "Dienst Uitvoering Onderwijs (DUO)", en: "the Education Executive Agency (DUO)" };
/// A task on the life-event page, in [`DONE_FOR_YOU`].
pub const ADDRESS_AT_SVB: Text = Text { nl: "Nieuw adres bij de SVB", en: "New address at the SVB" };
/// The life-event page: who does [`ADDRESS_AT_SVB`].
pub const SVB: Text = Text { nl: "de Sociale Verzekeringsbank (SVB)", en: "the Social Insurance Bank (SVB)" };
/// The life-event page: the heading of the last stage.
pub const AFTER_THE_MOVE: Text = Text { nl: "Na de verhuizing", en: "After the move" };
/// A task on the life-event page, after the move.
pub const CHANGE_RENT_BENEFIT: Text = Text { nl: "Huurtoeslag aanpassen", en: "Change your rent benefit" };
/// The life-event page: who arranges [`CHANGE_RENT_BENEFIT`] (the guide's result has [`BENEFITS_AGENCY`]).
pub const THE_BENEFITS_AGENCY: Text = Text { nl: "Dienst Toeslagen", en: "the Benefits Agency (Dienst Toeslagen)" };
/// The life-event page: when to do [`CHANGE_RENT_BENEFIT`].
pub const RENT_BENEFIT_DEADLINE: Text = Text { nl: "binnen 4 weken na de verhuizing, als u huurt", en: "within 4 weeks after the move, if you rent" };
/// A task on the life-event page, after the move.
pub const APPLY_FOR_PARKING_PERMIT: Text = Text { nl: "Parkeervergunning aanvragen", en: "Apply for a parking permit" };
/// The life-event page: when to do [`APPLY_FOR_PARKING_PERMIT`].
pub const PARKING_PERMIT_DEADLINE: Text = Text { nl: "zodra u er woont, als u een auto hebt", en: "as soon as you live there, if you have a car" };

// --- The choice guide "Wat moet ik regelen als ik verhuis?": questions ---

/// The choice guide's title; also the life-event page's link to it.
pub const GUIDE_TITLE: Text = Text { nl: "Wat moet ik regelen als ik verhuis?", en: "What do I need to arrange when I move?" };
/// The guide's first question.
pub const WHERE_WILL_YOU_LIVE: Text = Text { nl: "Waar gaat u wonen?", en: "Where are you going to live?" };
/// An answer to [`WHERE_WILL_YOU_LIVE`].
pub const IN_VOORBEELDSTAD: Text = Text { nl: "In Voorbeeldstad", en: "In Voorbeeldstad" };
/// An answer to [`WHERE_WILL_YOU_LIVE`].
pub const IN_ANOTHER_MUNICIPALITY: Text = Text { nl: "In een andere gemeente in Nederland", en: "In another municipality in the Netherlands" };
/// An answer to [`WHERE_WILL_YOU_LIVE`].
pub const ABROAD: Text = Text { nl: "In het buitenland", en: "Abroad" };
/// The error of [`WHERE_WILL_YOU_LIVE`] when nothing is chosen.
pub const CHOOSE_WHERE_YOU_LIVE: Text = Text { nl: "Kies waar u gaat wonen", en: "Choose where you are going to live" };
/// The guide's second question.
pub const WILL_YOU_RENT: Text = Text { nl: "Gaat u huren?", en: "Are you going to rent?" };
/// The hint of [`WILL_YOU_RENT`].
pub const BUYING_CHOOSE_NO: Text = Text { nl: "Koopt u uw nieuwe woning? Kies dan Nee.", en: "Are you buying your new home? Then choose No." };
/// The error of [`WILL_YOU_RENT`] when nothing is chosen.
pub const CHOOSE_WHETHER_YOU_RENT: Text = Text { nl: "Kies of u gaat huren", en: "Choose whether you are going to rent" };
/// The guide's third question.
pub const SCHOOL_CHILDREN_MOVING: Text = Text {
    nl: "Verhuizen er kinderen mee die naar school gaan?",
    en: "Are children who go to school moving with you?",
};
/// The error of [`SCHOOL_CHILDREN_MOVING`] when nothing is chosen.
pub const CHOOSE_WHETHER_SCHOOL_CHILDREN: Text = Text {
    nl: "Kies of er kinderen meeverhuizen die naar school gaan",
    en: "Choose whether children who go to school are moving with you",
};
/// An answer to [`WILL_YOU_RENT`] and [`SCHOOL_CHILDREN_MOVING`].
pub const YES: Text = Text { nl: "Ja", en: "Yes" };
/// An answer to [`WILL_YOU_RENT`] and [`SCHOOL_CHILDREN_MOVING`].
pub const NO: Text = Text { nl: "Nee", en: "No" };

// --- The choice guide: its result ---

/// The title and heading of the guide's result.
pub const RESULT_TITLE: Text = Text { nl: "Dit moet u regelen als u verhuist", en: "What you need to arrange when you move" };
/// The guide's result: why [`REPORT_YOUR_MOVE`] applies.
pub const WHY_REPORT_YOUR_MOVE: Text = Text {
    nl: "U blijft in Voorbeeldstad wonen. Geef uw nieuwe adres door, vanaf 4 weken voor tot 5 dagen na de verhuizing.",
    en: "You stay in Voorbeeldstad. Tell us your new address, from 4 weeks before until 5 days after the move.",
};
/// An outcome of the guide, for a move to another municipality.
pub const REPORT_TO_NEW_MUNICIPALITY: Text = Text {
    nl: "Uw verhuizing doorgeven aan uw nieuwe gemeente",
    en: "Report your move to your new municipality",
};
/// The guide's result: who arranges [`REPORT_TO_NEW_MUNICIPALITY`].
pub const YOUR_NEW_MUNICIPALITY: Text = Text { nl: "uw nieuwe gemeente", en: "your new municipality" };
/// The guide's result: why [`REPORT_TO_NEW_MUNICIPALITY`] applies.
pub const WHY_REPORT_TO_NEW_MUNICIPALITY: Text = Text {
    nl: "U gaat in een andere gemeente wonen. Die gemeente schrijft u in. Voorbeeldstad hoort het dan vanzelf.",
    en: "You are going to live in another municipality. That municipality registers you. Voorbeeldstad then hears it automatically.",
};
/// An outcome of the guide, for a move abroad.
pub const REPORT_MOVING_ABROAD: Text = Text { nl: "Uw vertrek naar het buitenland melden", en: "Report that you are moving abroad" };
/// The guide's result: why [`REPORT_MOVING_ABROAD`] applies.
pub const WHY_REPORT_MOVING_ABROAD: Text = Text {
    nl: "U gaat in het buitenland wonen. Meld dat uiterlijk 5 dagen voor uw vertrek bij de gemeente waar u nu woont.",
    en: "You are going to live abroad. Report it at the latest 5 days before you leave, to the municipality where you live now.",
};
/// An outcome of the guide, for people who rent.
pub const APPLY_FOR_RENT_BENEFIT: Text = Text { nl: "Huurtoeslag aanvragen of aanpassen", en: "Apply for or change your rent benefit" };
/// The guide's result: who arranges [`APPLY_FOR_RENT_BENEFIT`] (the life-event page has [`THE_BENEFITS_AGENCY`]).
pub const BENEFITS_AGENCY: Text = Text { nl: "Dienst Toeslagen", en: "Benefits Agency (Dienst Toeslagen)" };
/// The guide's result: why [`APPLY_FOR_RENT_BENEFIT`] applies.
pub const WHY_RENT_BENEFIT: Text = Text {
    nl: "U gaat huren. Uw nieuwe huur bepaalt of u huurtoeslag krijgt, en hoeveel. Geef het door binnen 4 weken na de verhuizing.",
    en: "You are going to rent. Your new rent decides whether you get rent benefit, and how much. Report it within 4 weeks after the move.",
};
/// The guide's result: why [`ENROL_YOUR_CHILD`] applies.
pub const WHY_ENROL_YOUR_CHILD: Text = Text {
    nl: "Er verhuizen kinderen mee die naar school gaan. Is de school te ver weg? Meld uw kind dan op tijd aan bij een school in de buurt.",
    en: "Children who go to school are moving with you. Is the school too far away? Then enrol your child in time at a school nearby.",
};
