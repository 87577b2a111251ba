//! "Opslaan en later verder" over real HTTP, on both stores: save on a question page (also what
//! was typed wrongly), continue with the code in a new browser (a new cookie jar), finish with
//! every value kept; and a wrong check character, a guessed code, an expired code and 50 wrong
//! tries, each answered with a plain message and nothing about anyone's answers.

use eenheid::reference_code::ReferenceCode;
use eenheid_showcase::journey::store::{SavedCode, Store, StoreConfig};

use super::http::{BASE, Backend, Reply, Storage, Visitor, assert_security_headers, get, moving_date, post, serve};

both_backends!(save_then_continue_in_a_new_browser_with_every_value_kept, wrong_guessed_and_expired_codes_get_one_plain_message, fifty_wrong_tries_are_slowed_down_and_never_fail,);

const SAVED: &str = "/verhuizing-doorgeven/opgeslagen";
const CONTINUE: &str = "/verhuizing-doorgeven/verder-met-code";
const NOT_FOUND: &str = "Met deze code kunnen wij geen opgeslagen antwoorden vinden.";
const TYPO: &str = "Er zit waarschijnlijk een typefout in.";
const WAIT: &str = "U hebt te vaak een code ingevuld die niet werkt.";

/// The code on the saved page (the visible, grouped one).
fn code_on(page: &Reply) -> ReferenceCode {
    let start = page.body.find(r#"<span aria-hidden="true">"#).unwrap_or_else(|| panic!("no code on {}", page.body)) + 25;
    ReferenceCode::parse(&page.body[start..start + 9]).expect("a well-formed code")
}

/// A new browser on the "continue with a code" page: its cookie and the form's token.
fn new_browser(port: u16) -> (String, String) {
    let page = get(port, CONTINUE, None);
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("Vul uw code in") && page.body.contains(r#"name="code""#));
    (page.session_cookie().expect("a cookie"), page.csrf())
}

fn try_code(port: u16, cookie: &str, token: &str, code: &str) -> Reply {
    post(port, CONTINUE, cookie, &format!("csrf={token}&code={}", code.replace(' ', "+")))
}

/// Saves on the current page with what is typed there, as the secondary button does.
fn save(visitor: &Visitor, path: &str, fields: &str) -> Reply {
    let saved = visitor.answer(path, &format!("{fields}&actie=opslaan-later"));
    assert_eq!((saved.status, saved.location()), (303, SAVED), "{}", saved.body);
    visitor.get(SAVED)
}

fn save_then_continue_in_a_new_browser_with_every_value_kept(backend: Backend) {
    let storage = Storage::new(backend);
    let port = serve(storage.site());
    let visitor = Visitor::arrive(port);
    let question = visitor.get(&format!("{BASE}/wie-verhuist"));
    let (continue_at, save_at) = (question.body.find(">Doorgaan<").unwrap(), question.body.find(r#"name="actie" value="opslaan-later""#).unwrap());
    assert!(continue_at < save_at, "Doorgaan comes first (Enter presses it), then the save button, in the same form");
    assert_eq!(visitor.answer(&format!("{BASE}/wie-verhuist"), "wie=met-anderen&aantal=1&namen=Ada%0D%0ABo").status, 303);
    assert_eq!(visitor.answer(&format!("{BASE}/nieuw-adres"), "adres-postcode=1234ab&adres-huisnummer=12&adres-toevoeging=A").status, 303);

    // Saved on the date page with a date that does not exist: kept exactly as typed.
    let saved = save(&visitor, &format!("{BASE}/verhuisdatum"), "datum-dag=31&datum-maand=2&datum-jaar=2027");
    assert_eq!(saved.status, 200);
    assert_security_headers(&saved);
    let code = code_on(&saved);
    assert!(saved.body.contains("Uw antwoorden zijn opgeslagen") && saved.body.contains(&code.spelled()), "title, and spelled out");
    assert!(saved.body.contains("Deze code werkt tot en met "), "the last day");
    assert!(saved.body.contains(&format!("Uw code is <strong>{}</strong>", code.grouped())), "the help block shows the code");
    assert!(saved.body.contains(r#"type="email""#), "the optional e-mail field");
    // The e-mail form: a wrong address is an error in the summary; a right one is confirmed.
    let wrong_email = visitor.post(SAVED, &format!("csrf={}&e-mail=jansen", saved.csrf()));
    assert!(wrong_email.body.contains("<title>Fout:") && wrong_email.body.contains(r##"href="#e-mail""##) && wrong_email.body.contains("naam@voorbeeld.nl"));
    let email = visitor.post(SAVED, &format!("csrf={}&e-mail=j.jansen%40example.nl", saved.csrf()));
    assert!(email.body.contains("Wij hebben de code gestuurd naar j.jansen@example.nl."), "{}", email.body);
    // Saving again keeps the same code.
    let again = save(&visitor, &format!("{BASE}/verhuisdatum"), "datum-dag=31&datum-maand=2&datum-jaar=2027");
    assert_eq!(code_on(&again), code, "one code per journey");
    let in_old_browser = visitor.get(&format!("{BASE}/verhuisdatum"));
    assert!(in_old_browser.body.contains(&format!("<strong>{}</strong>", code.grouped())), "the help block on question pages shows it");

    // Another browser: no cookie of the first one. The code typed in lower case with a space.
    let (cookie, token) = new_browser(port);
    let typed = format!("{} {}", &code.as_str()[..4], &code.as_str()[4..]).to_lowercase();
    let continued = try_code(port, &cookie, &token, &typed);
    assert_eq!((continued.status, continued.location()), (303, "/verhuizing-doorgeven/verhuisdatum"), "back where it was saved: {}", continued.body);
    let new_cookie = continued.session_cookie().expect("a new session for the continued answers");
    assert_ne!(new_cookie, cookie);
    let other = Visitor { port, cookie: new_cookie };
    let date = other.get(&format!("{BASE}/verhuisdatum"));
    for value in [r#"value="31""#, r#"value="2""#, r#"value="2027""#] {
        assert!(date.body.contains(value), "typed date kept: {value}");
    }
    assert!(date.body.contains(&format!("<strong>{}</strong>", code.grouped())), "the help block shows the code here too");
    let who = other.get(&format!("{BASE}/wie-verhuist"));
    assert!(who.body.contains(r#"value="met-anderen" checked"#), "who kept");
    assert!(who.body.contains("Ada\nBo</textarea>") || who.body.contains("Ada\r\nBo</textarea>"), "names kept");
    assert!(other.get(&format!("{BASE}/nieuw-adres")).body.contains(r#"value="1234 AB""#), "address kept");
    let (date_fields, date_text) = moving_date(10);
    let fixed = other.answer(&format!("{BASE}/verhuisdatum"), &date_fields);
    assert_eq!((fixed.status, fixed.location()), (303, "/verhuizing-doorgeven/doorgeven"));
    assert_eq!(other.answer(&format!("{BASE}/doorgeven"), "doorgeven=duo&doorgeven=svb").status, 303);
    let check = other.get(&format!("{BASE}/controleren"));
    for text in ["Ik en 1 anderen", "Ada", "Bo", "1234 AB", "12 A", date_text.as_str(), "Dienst Uitvoering Onderwijs (DUO)", "Sociale Verzekeringsbank (SVB)"] {
        assert!(check.body.contains(text), "every value kept: {text:?}");
    }
    let sent = other.post(&format!("{BASE}/controleren"), &format!("csrf={}", check.csrf()));
    assert_eq!((sent.status, sent.location()), (303, "/verhuizing-doorgeven/bevestiging"));
    assert!(other.get(&format!("{BASE}/bevestiging")).body.contains("VH-"));
}

/// Makes `code` expired in the store, as 31 days passing would.
fn expire(storage: &Storage, code: &ReferenceCode) {
    match &storage.cluster {
        Some(cluster) => {
            let changed = cluster
                .sql("eenheid", &format!("UPDATE eenheid_saved_codes SET expires_at = now() - interval '1 day' WHERE code = '{}' RETURNING code", code.as_str()))
                .unwrap();
            assert_eq!(changed, code.as_str());
        }
        None => {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            runtime.block_on(async {
                let store = Store::open(&StoreConfig::Folder(storage.folder.clone())).await.unwrap();
                store.replace_code(code.as_str(), &SavedCode { expires_ms: 1_000, ..SavedCode::default() }).await.unwrap();
            });
        }
    }
}

fn wrong_guessed_and_expired_codes_get_one_plain_message(backend: Backend) {
    let storage = Storage::new(backend);
    let port = serve(storage.site_on_disk());
    let visitor = Visitor::arrive(port);
    let saved = save(&visitor, &format!("{BASE}/wie-verhuist"), "wie=met-anderen&aantal=1&namen=Geheime+Naam");
    let code = code_on(&saved);
    let (cookie, token) = new_browser(port);

    // A wrong check character: a typing mistake, said as such (nothing is looked up).
    let mut typo = code.as_str().to_owned();
    let last = typo.pop().unwrap();
    typo.push(if last == 'X' { 'Y' } else { 'X' });
    let reply = try_code(port, &cookie, &token, &typo);
    assert_eq!(reply.status, 200);
    assert!(reply.body.contains(TYPO) && reply.body.contains("<title>Fout: Verder met een code"), "{}", reply.body);
    assert!(reply.body.contains(r##"href="#code""##) && reply.body.contains(r#"aria-describedby="code-hint code-error""#), "linked from the summary, described by the error");
    assert!(reply.body.contains(&format!(r#"value="{typo}""#)), "what was typed stays");
    // Characters no code has, and no code at all.
    assert!(try_code(port, &cookie, &token, "K7QM-4XH0").body.contains("nooit de letters I, L of O"));
    assert!(try_code(port, &cookie, &token, "").body.contains("Vul uw code in</a>"));

    // A guessed code (well-formed, never given out) and an expired one: the same message.
    let guessed = ReferenceCode::from_random([1, 2, 3, 4, 5, 6, 7]);
    assert_ne!(guessed, code);
    let guess = try_code(port, &cookie, &token, &guessed.grouped());
    assert_eq!(guess.status, 200);
    assert!(guess.body.contains(NOT_FOUND), "{}", guess.body);
    expire(&storage, &code);
    let expired = try_code(port, &cookie, &token, &code.grouped());
    assert_eq!(expired.status, 200);
    assert!(expired.body.contains(NOT_FOUND));
    for reply in [&guess, &expired] {
        assert!(reply.session_cookie().is_none(), "no new session");
        assert!(!reply.body.contains("Geheime Naam"), "nothing of anyone's answers");
        assert!(!reply.body.contains("verlopen") && !reply.body.contains("bestaat niet"), "nothing about whether it existed");
    }
    // The expired code is gone from the saved page too: back to the questions.
    assert_eq!(visitor.get(SAVED).location(), "/verhuizing-doorgeven/nieuw-adres");
}

fn fifty_wrong_tries_are_slowed_down_and_never_fail(backend: Backend) {
    let storage = Storage::new(backend);
    let port = serve(storage.site());
    let visitor = Visitor::arrive(port);
    let code = code_on(&save(&visitor, &format!("{BASE}/wie-verhuist"), "wie=alleen"));

    // One browser, 50 well-formed wrong codes: 5 plain "not found", then "wait" (429), never a 500.
    let (cookie, token) = new_browser(port);
    for i in 0..50u8 {
        let guess = ReferenceCode::from_random([i, 7, 7, 7, 7, 7, i]);
        let reply = try_code(port, &cookie, &token, guess.as_str());
        if i < 5 {
            assert_eq!(reply.status, 200, "try {i}");
            assert!(reply.body.contains(NOT_FOUND), "try {i}");
        } else {
            assert_eq!(reply.status, 429, "try {i}: {}", reply.body);
            assert!(reply.body.contains(WAIT) && reply.body.contains("minuut"), "try {i}");
        }
        assert!(!reply.body.contains("Er ging iets mis"), "try {i}: no error page");
    }
    // While waiting, even the right code is not looked up: the guesser learns nothing.
    let right = try_code(port, &cookie, &token, code.as_str());
    assert_eq!(right.status, 429);
    assert!(right.session_cookie().is_none());

    // A new cookie per try does not help: the address counts too (20 free, then waiting).
    let mut refused = 0;
    for i in 0..50u8 {
        let (cookie, token) = new_browser(port);
        let reply = try_code(port, &cookie, &token, ReferenceCode::from_random([i, 9, 9, 9, 9, 9, i]).as_str());
        assert!(reply.status == 200 || reply.status == 429, "try {i}: {}", reply.status);
        if reply.status == 429 {
            refused += 1;
        }
    }
    assert_eq!(refused, 50 - 15, "the address had 5 wrong tries already; 15 more, then waiting");
}
