//! The life event "Verhuizen" (moving house) of Gemeente Voorbeeldstad: one front door that says
//! what to arrange, in which order, with whom and by when, links to the journey "Verhuizing
//! doorgeven", and the choice guide "Wat moet ik regelen als ik verhuis?".
//!
//! The guide keeps no state on the server. Every answer so far is in the address of each page (a
//! plain GET: bookmarkable, and Back shows the page as it was) and in the hidden fields of the
//! question's form (a POST, answered with a 303 to the next page). Nothing is signed: the answers
//! are the visitor's own advice input, nothing is done with them, and
//! [`GuideAnswers::read`](eenheid::patterns::choice_guide::GuideAnswers::read) keeps only known
//! questions with one of their own options, so a changed address can only change one's own advice.
//! A question opened without the earlier answers (a bookmark) sends the visitor to the first
//! unanswered one.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use eenheid::i18n::Lang;
use eenheid::page::back_link::BackLink;
use eenheid::page::footer::FooterLink;
use eenheid::page::language_switch::LanguageSwitch;
use eenheid::page::page_template::{PageLayout, PageTemplate};
use eenheid::patterns::choice_guide::{
    CHANGE_MARKER, ChoiceGuideQuestion, ChoiceGuideResult, GuideAnswers, GuideOutcome, GuideQuestion, RESULT_SLUG,
};
use eenheid::patterns::life_event::{WhoArranges, LifeEvent, LifeEventStage, LifeEventTask};
use leptos::config::LeptosOptions;
use leptos::prelude::*;

use crate::lang::SiteLang;
use crate::render::render_page;

/// The life-event page.
pub const PATH: &str = crate::routes::LIFE_EVENT;
/// The choice guide: questions at `{GUIDE}/{key}`, the result at `{GUIDE}/uitkomst`.
pub const GUIDE: &str = crate::routes::LIFE_EVENT_GUIDE;
/// The journey the life event leads to.
const JOURNEY: &str = crate::routes::JOURNEY;
/// The organisation behind the page.
const AGENCY: &str = "Gemeente Voorbeeldstad";

/// The routes of the life event and its guide.
pub fn router(leptos: LeptosOptions) -> Router {
    Router::new()
        .route(PATH, get(life_event_page))
        .route(GUIDE, get(guide_start))
        .route("/verhuizen/wat-regelen/{slug}", get(guide_page).post(guide_answer))
        .with_state(leptos)
}

/// The guide's title: "Wat moet ik regelen als ik verhuis?".
pub fn guide_title(lang: Lang) -> &'static str {
    lang.pick("Wat moet ik regelen als ik verhuis?", "What do I need to arrange when I move?")
}

/// The guide's questions, in order.
pub fn questions(lang: Lang) -> Vec<GuideQuestion> {
    vec![
        GuideQuestion::new(
            "waar",
            lang.pick("Waar gaat u wonen?", "Where are you going to live?"),
            &[
                ("voorbeeldstad", lang.pick("In Voorbeeldstad", "In Voorbeeldstad")),
                ("andere-gemeente", lang.pick("In een andere gemeente in Nederland", "In another municipality in the Netherlands")),
                ("buitenland", lang.pick("In het buitenland", "Abroad")),
            ],
            lang.pick("Kies waar u gaat wonen", "Choose where you are going to live"),
        ),
        GuideQuestion::new(
            "huur",
            lang.pick("Gaat u huren?", "Are you going to rent?"),
            &[("ja", lang.pick("Ja", "Yes")), ("nee", lang.pick("Nee", "No"))],
            lang.pick("Kies of u gaat huren", "Choose whether you are going to rent"),
        )
        .hint(lang.pick("Koopt u uw nieuwe woning? Kies dan Nee.", "Are you buying your new home? Then choose No.")),
        GuideQuestion::new(
            "kinderen",
            lang.pick("Verhuizen er kinderen mee die naar school gaan?", "Are children who go to school moving with you?"),
            &[("ja", lang.pick("Ja", "Yes")), ("nee", lang.pick("Nee", "No"))],
            lang.pick("Kies of er kinderen meeverhuizen die naar school gaan", "Choose whether children who go to school are moving with you"),
        ),
    ]
}

/// What applies, and why, for a complete set of answers.
pub fn outcomes(lang: Lang, answers: &GuideAnswers) -> Vec<GuideOutcome> {
    let mut outcomes = Vec::new();
    match answers.get("waar") {
        Some("voorbeeldstad") => outcomes.push(GuideOutcome::new(
            lang.pick("Uw verhuizing doorgeven", "Report your move"),
            JOURNEY,
            AGENCY,
            lang.pick(
                "U blijft in Voorbeeldstad wonen. Geef uw nieuwe adres door, vanaf 4 weken voor tot 5 dagen na de verhuizing.",
                "You stay in Voorbeeldstad. Tell us your new address, from 4 weeks before until 5 days after the move.",
            ),
        )),
        Some("andere-gemeente") => outcomes.push(GuideOutcome {
            href: None,
            ..GuideOutcome::new(
                lang.pick("Uw verhuizing doorgeven aan uw nieuwe gemeente", "Report your move to your new municipality"),
                "",
                lang.pick("uw nieuwe gemeente", "your new municipality"),
                lang.pick(
                    "U gaat in een andere gemeente wonen. Die gemeente schrijft u in. Voorbeeldstad hoort het dan vanzelf.",
                    "You are going to live in another municipality. That municipality registers you. Voorbeeldstad then hears it automatically.",
                ),
            )
        }),
        _ => outcomes.push(GuideOutcome {
            href: None,
            ..GuideOutcome::new(
                lang.pick("Uw vertrek naar het buitenland melden", "Report that you are moving abroad"),
                "",
                AGENCY,
                lang.pick(
                    "U gaat in het buitenland wonen. Meld dat uiterlijk 5 dagen voor uw vertrek bij de gemeente waar u nu woont.",
                    "You are going to live abroad. Report it at the latest 5 days before you leave, to the municipality where you live now.",
                ),
            )
        }),
    }
    if answers.get("huur") == Some("ja") && answers.get("waar") != Some("buitenland") {
        outcomes.push(GuideOutcome {
            href: None,
            ..GuideOutcome::new(
                lang.pick("Huurtoeslag aanvragen of aanpassen", "Apply for or change your rent benefit"),
                "",
                lang.pick("Dienst Toeslagen", "Benefits Agency (Dienst Toeslagen)"),
                lang.pick(
                    "U gaat huren. Uw nieuwe huur bepaalt of u huurtoeslag krijgt, en hoeveel. Geef het door binnen 4 weken na de verhuizing.",
                    "You are going to rent. Your new rent decides whether you get rent benefit, and how much. Report it within 4 weeks after the move.",
                ),
            )
        });
    }
    if answers.get("kinderen") == Some("ja") {
        outcomes.push(GuideOutcome {
            href: None,
            ..GuideOutcome::new(
                lang.pick("Uw kind aanmelden bij een nieuwe school", "Enrol your child at a new school"),
                "",
                lang.pick("de nieuwe school", "the new school"),
                lang.pick(
                    "Er verhuizen kinderen mee die naar school gaan. Is de school te ver weg? Meld uw kind dan op tijd aan bij een school in de buurt.",
                    "Children who go to school are moving with you. Is the school too far away? Then enrol your child in time at a school nearby.",
                ),
            )
        });
    }
    outcomes
}

/// The stages of the life event.
fn stages(lang: Lang) -> Vec<LifeEventStage> {
    let passed_on_when = lang.pick("als u dat kiest bij Verhuizing doorgeven", "if you choose this when you report your move");
    vec![
        LifeEventStage::new(lang.pick("Vóór de verhuizing", "Before the move"), vec![
            LifeEventTask::yourself(lang.pick("Uw verhuizing doorgeven", "Report your move"), AGENCY, JOURNEY)
                .deadline(lang.pick("vanaf 4 weken voor tot 5 dagen na de verhuizing", "from 4 weeks before until 5 days after the move")),
            LifeEventTask::new(
                lang.pick("Uw kind aanmelden bij een nieuwe school", "Enrol your child at a new school"),
                lang.pick("de nieuwe school", "the new school"),
                WhoArranges::Yourself { href: None },
            )
            .deadline(lang.pick("als de school te ver weg is; vraag de school naar de termijn", "if the school is too far away; ask the school for the deadline")),
        ]),
        LifeEventStage::new(lang.pick("Dit gaat vanzelf", "Done for you"), vec![
            LifeEventTask::passed_on(lang.pick("Nieuw adres bij de Belastingdienst", "New address at the Belastingdienst"), lang.pick("de Belastingdienst", "the Tax and Customs Administration (Belastingdienst)"))
                .deadline(passed_on_when),
            LifeEventTask::passed_on(lang.pick("Nieuw adres bij DUO", "New address at DUO"), lang.pick("Dienst Uitvoering Onderwijs (DUO)", "the Education Executive Agency (DUO)"))
                .deadline(passed_on_when),
            LifeEventTask::passed_on(lang.pick("Nieuw adres bij de SVB", "New address at the SVB"), lang.pick("de Sociale Verzekeringsbank (SVB)", "the Social Insurance Bank (SVB)"))
                .deadline(passed_on_when),
        ]),
        LifeEventStage::new(lang.pick("Na de verhuizing", "After the move"), vec![
            LifeEventTask::new(
                lang.pick("Huurtoeslag aanpassen", "Change your rent benefit"),
                lang.pick("Dienst Toeslagen", "the Benefits Agency (Dienst Toeslagen)"),
                WhoArranges::Yourself { href: None },
            )
            .deadline(lang.pick("binnen 4 weken na de verhuizing, als u huurt", "within 4 weeks after the move, if you rent")),
            LifeEventTask::new(
                lang.pick("Parkeervergunning aanvragen", "Apply for a parking permit"),
                AGENCY,
                WhoArranges::Yourself { href: None },
            )
            .deadline(lang.pick("zodra u er woont, als u een auto hebt", "as soon as you live there, if you have a car")),
        ]),
    ]
}

/// `content` in the page template of Gemeente Voorbeeldstad, with the language switch.
fn page(leptos: &LeptosOptions, status: StatusCode, lang: Lang, title: String, path: &str, back: Option<String>, content: impl FnOnce() -> AnyView + 'static) -> Response {
    let switch = crate::lang::switch_options(path);
    crate::response::html_response(
        status,
        render_page(leptos, move || {
            // Components read the language when they are built, before the template provides it.
            eenheid::i18n::provide_lang(lang);
            let content = content();
            let service = lang.pick("Verhuizen", "Moving house");
            view! {
                <PageTemplate
                    title=title
                    agency=AGENCY
                    lang=lang
                    service=service
                    service_href=PATH
                    stylesheet_href=eenheid::style::stylesheet_href("/static")
                    layout=PageLayout::Narrow
                    footer_links=vec![
                        FooterLink::new(lang.pick("Alle componenten van Eenheid", "All Eenheid components"), "/"),
                        FooterLink::new(service, PATH),
                    ]
                    header_actions=move || view! { <LanguageSwitch options=switch /> }
                    before_main=move || back.map(|href| view! { <BackLink href=href /> })
                >
                    {content}
                </PageTemplate>
            }
        }),
    )
}

/// A 303 to `to`, with the same security headers as every page.
fn see_other(to: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    if let Ok(location) = HeaderValue::from_str(to) {
        headers.insert(header::LOCATION, location);
    }
    crate::response::security_headers(headers, None);
    response
}

fn pairs(raw: &[u8]) -> Vec<(String, String)> {
    // A guide has a handful of fields: more than this is not from our form.
    form_urlencoded::parse(raw).into_owned().take(64).collect()
}

fn query_pairs(query: &Option<String>) -> Vec<(String, String)> {
    pairs(query.as_deref().unwrap_or_default().as_bytes())
}

fn changing(pairs: &[(String, String)]) -> bool {
    let (key, value) = CHANGE_MARKER.split_once('=').unwrap_or_default();
    pairs.iter().any(|(k, v)| k == key && v == value)
}

async fn life_event_page(State(leptos): State<LeptosOptions>, SiteLang(lang): SiteLang) -> Response {
    let title = lang.pick("Verhuizen", "Moving house");
    page(&leptos, StatusCode::OK, lang, title.into(), PATH, Some("/".into()), move || {
        view! {
            <LifeEvent id="verhuizen" title=title
                intro=lang.pick(
                    "Gaat u verhuizen? Hier staat wat u moet regelen, in welke volgorde en wanneer. Veel geven wij voor u door.",
                    "Are you moving house? This page says what you need to arrange, in which order and when. We pass on a lot for you.",
                )
                guide_text=guide_title(lang) guide_href=format!("{GUIDE}/waar")
                stages=stages(lang) />
        }
        .into_any()
    })
}

/// `/verhuizen/wat-regelen`: the first unanswered question.
async fn guide_start(RawQuery(query): RawQuery, SiteLang(lang): SiteLang) -> Response {
    let questions = questions(lang);
    let answers = GuideAnswers::read(&questions, &query_pairs(&query));
    let slug = answers.first_unanswered(&questions).map_or(RESULT_SLUG, |index| questions[index].key.as_str());
    see_other(&answers.href(GUIDE, slug, false))
}

async fn guide_page(State(leptos): State<LeptosOptions>, SiteLang(lang): SiteLang, Path(slug): Path<String>, RawQuery(query): RawQuery) -> Response {
    let questions = questions(lang);
    let pairs = query_pairs(&query);
    let answers = GuideAnswers::read(&questions, &pairs);
    let first_open = answers.first_unanswered(&questions);
    if slug == RESULT_SLUG {
        if let Some(index) = first_open {
            return see_other(&answers.href(GUIDE, &questions[index].key, false));
        }
        let path = answers.href(GUIDE, RESULT_SLUG, false);
        let back = answers.href(GUIDE, &questions[questions.len() - 1].key, false);
        let title = lang.pick("Dit moet u regelen als u verhuist", "What you need to arrange when you move");
        return page(&leptos, StatusCode::OK, lang, title.into(), &path, Some(back), move || {
            let outcomes = outcomes(lang, &answers);
            view! { <ChoiceGuideResult base=GUIDE title=title questions=questions answers=answers outcomes=outcomes /> }.into_any()
        });
    }
    let Some(index) = questions.iter().position(|question| question.key == slug) else {
        return crate::limits::journey_error_page(&leptos, lang, StatusCode::NOT_FOUND);
    };
    // Opened halfway (a bookmark, a shared link): first the questions before it.
    if let Some(open) = first_open.filter(|open| *open < index) {
        return see_other(&answers.href(GUIDE, &questions[open].key, false));
    }
    question_page(&leptos, lang, questions, index, answers, changing(&pairs), false)
}

async fn guide_answer(State(leptos): State<LeptosOptions>, SiteLang(lang): SiteLang, Path(slug): Path<String>, RawQuery(query): RawQuery, body: Bytes) -> Response {
    let questions = questions(lang);
    let Some(index) = questions.iter().position(|question| question.key == slug) else {
        return crate::limits::journey_error_page(&leptos, lang, StatusCode::NOT_FOUND);
    };
    let answers = GuideAnswers::read(&questions, &pairs(&body));
    let changing = changing(&query_pairs(&query));
    if answers.get(&slug).is_none() {
        // Nothing (or nothing we offered) chosen: the same question with the error, every other
        // answer kept in the hidden fields.
        return question_page(&leptos, lang, questions, index, answers, changing, true);
    }
    let open_or_result = || answers.first_unanswered(&questions).map_or(RESULT_SLUG.to_owned(), |open| questions[open].key.clone());
    // Changing from the result goes back there; otherwise the next question, with its earlier
    // answer (if the visitor came back) already chosen. A page with a gap sends on to the gap.
    let next = match questions.get(index + 1) {
        Some(following) if !changing => following.key.clone(),
        _ => open_or_result(),
    };
    see_other(&answers.href(GUIDE, &next, false))
}

fn question_page(leptos: &LeptosOptions, lang: Lang, questions: Vec<GuideQuestion>, index: usize, answers: GuideAnswers, changing: bool, error: bool) -> Response {
    let question = questions[index].clone();
    let back = if changing {
        answers.href(GUIDE, RESULT_SLUG, false)
    } else if index == 0 {
        PATH.to_owned()
    } else {
        // Every answer goes along, this one too: nothing is lost going back.
        answers.href(GUIDE, &questions[index - 1].key, false)
    };
    let title = if error { format!("{} {}", eenheid::i18n::ERROR_PREFIX.get(lang), question.question) } else { question.question.clone() };
    let path = answers.href(GUIDE, &question.key, changing);
    let status = StatusCode::OK;
    let total = questions.len();
    page(leptos, status, lang, title, &path, Some(back), move || {
        view! {
            <ChoiceGuideQuestion base=GUIDE question=question number=index + 1 total=total answers=answers changing=changing error=error />
        }
        .into_any()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_leads_to_at_least_one_service_with_a_reason() {
        for lang in [Lang::Nl, Lang::En] {
            let questions = questions(lang);
            for waar in ["voorbeeldstad", "andere-gemeente", "buitenland"] {
                for huur in ["ja", "nee"] {
                    for kinderen in ["ja", "nee"] {
                        let pairs = [("waar", waar), ("huur", huur), ("kinderen", kinderen)].map(|(k, v)| (k.to_owned(), v.to_owned()));
                        let answers = GuideAnswers::read(&questions, &pairs);
                        assert_eq!(answers.first_unanswered(&questions), None);
                        let outcomes = outcomes(lang, &answers);
                        assert!(!outcomes.is_empty() && outcomes.iter().all(|o| !o.why.is_empty()));
                        assert_eq!(outcomes.iter().any(|o| o.href.as_deref() == Some(JOURNEY)), waar == "voorbeeldstad");
                        assert_eq!(outcomes.len(), 1 + usize::from(huur == "ja" && waar != "buitenland") + usize::from(kinderen == "ja"));
                    }
                }
            }
        }
    }
}
