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
use crate::texts::life_event as texts;

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
    texts::GUIDE_TITLE.get(lang)
}

/// The guide's questions, in order.
pub fn questions(lang: Lang) -> Vec<GuideQuestion> {
    vec![
        GuideQuestion::new(
            "waar",
            texts::WHERE_WILL_YOU_LIVE.get(lang),
            &[
                ("voorbeeldstad", texts::IN_VOORBEELDSTAD.get(lang)),
                ("andere-gemeente", texts::IN_ANOTHER_MUNICIPALITY.get(lang)),
                ("buitenland", texts::ABROAD.get(lang)),
            ],
            texts::CHOOSE_WHERE_YOU_LIVE.get(lang),
        ),
        GuideQuestion::new(
            "huur",
            texts::WILL_YOU_RENT.get(lang),
            &[("ja", texts::YES.get(lang)), ("nee", texts::NO.get(lang))],
            texts::CHOOSE_WHETHER_YOU_RENT.get(lang),
        )
        .hint(texts::BUYING_CHOOSE_NO.get(lang)),
        GuideQuestion::new(
            "kinderen",
            texts::SCHOOL_CHILDREN_MOVING.get(lang),
            &[("ja", texts::YES.get(lang)), ("nee", texts::NO.get(lang))],
            texts::CHOOSE_WHETHER_SCHOOL_CHILDREN.get(lang),
        ),
    ]
}

/// What applies, and why, for a complete set of answers.
pub fn outcomes(lang: Lang, answers: &GuideAnswers) -> Vec<GuideOutcome> {
    let mut outcomes = Vec::new();
    match answers.get("waar") {
        Some("voorbeeldstad") => outcomes.push(GuideOutcome::new(
            texts::REPORT_YOUR_MOVE.get(lang),
            JOURNEY,
            AGENCY,
            texts::WHY_REPORT_YOUR_MOVE.get(lang),
        )),
        Some("andere-gemeente") => outcomes.push(GuideOutcome {
            href: None,
            ..GuideOutcome::new(
                texts::REPORT_TO_NEW_MUNICIPALITY.get(lang),
                "",
                texts::YOUR_NEW_MUNICIPALITY.get(lang),
                texts::WHY_REPORT_TO_NEW_MUNICIPALITY.get(lang),
            )
        }),
        _ => outcomes.push(GuideOutcome {
            href: None,
            ..GuideOutcome::new(
                texts::REPORT_MOVING_ABROAD.get(lang),
                "",
                AGENCY,
                texts::WHY_REPORT_MOVING_ABROAD.get(lang),
            )
        }),
    }
    if answers.get("huur") == Some("ja") && answers.get("waar") != Some("buitenland") {
        outcomes.push(GuideOutcome {
            href: None,
            ..GuideOutcome::new(
                texts::APPLY_FOR_RENT_BENEFIT.get(lang),
                "",
                texts::BENEFITS_AGENCY.get(lang),
                texts::WHY_RENT_BENEFIT.get(lang),
            )
        });
    }
    if answers.get("kinderen") == Some("ja") {
        outcomes.push(GuideOutcome {
            href: None,
            ..GuideOutcome::new(
                texts::ENROL_YOUR_CHILD.get(lang),
                "",
                texts::THE_NEW_SCHOOL.get(lang),
                texts::WHY_ENROL_YOUR_CHILD.get(lang),
            )
        });
    }
    outcomes
}

/// The stages of the life event.
fn stages(lang: Lang) -> Vec<LifeEventStage> {
    let passed_on_when = texts::PASSED_ON_WHEN.get(lang);
    vec![
        LifeEventStage::new(texts::BEFORE_THE_MOVE.get(lang), vec![
            LifeEventTask::yourself(texts::REPORT_YOUR_MOVE.get(lang), AGENCY, JOURNEY)
                .deadline(texts::REPORT_DEADLINE.get(lang)),
            LifeEventTask::new(
                texts::ENROL_YOUR_CHILD.get(lang),
                texts::THE_NEW_SCHOOL.get(lang),
                WhoArranges::Yourself { href: None },
            )
            .deadline(texts::SCHOOL_DEADLINE.get(lang)),
        ]),
        LifeEventStage::new(texts::DONE_FOR_YOU.get(lang), vec![
            LifeEventTask::passed_on(texts::ADDRESS_AT_BELASTINGDIENST.get(lang), texts::THE_BELASTINGDIENST.get(lang))
                .deadline(passed_on_when),
            LifeEventTask::passed_on(texts::ADDRESS_AT_DUO.get(lang), texts::DUO.get(lang))
                .deadline(passed_on_when),
            LifeEventTask::passed_on(texts::ADDRESS_AT_SVB.get(lang), texts::SVB.get(lang))
                .deadline(passed_on_when),
        ]),
        LifeEventStage::new(texts::AFTER_THE_MOVE.get(lang), vec![
            LifeEventTask::new(
                texts::CHANGE_RENT_BENEFIT.get(lang),
                texts::THE_BENEFITS_AGENCY.get(lang),
                WhoArranges::Yourself { href: None },
            )
            .deadline(texts::RENT_BENEFIT_DEADLINE.get(lang)),
            LifeEventTask::new(
                texts::APPLY_FOR_PARKING_PERMIT.get(lang),
                AGENCY,
                WhoArranges::Yourself { href: None },
            )
            .deadline(texts::PARKING_PERMIT_DEADLINE.get(lang)),
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
            let service = texts::MOVING_HOUSE.get(lang);
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
                        FooterLink::new(crate::texts::ALL_EENHEID_COMPONENTS.get(lang), "/"),
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
    let title = texts::MOVING_HOUSE.get(lang);
    page(&leptos, StatusCode::OK, lang, title.into(), PATH, Some("/".into()), move || {
        view! {
            <LifeEvent id="verhuizen" title=title
                intro=texts::INTRO.get(lang)
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
        let title = texts::RESULT_TITLE.get(lang);
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
