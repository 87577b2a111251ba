//! "Bel mij terug" over real HTTP, on both stores: every question page's help block links to it;
//! a wrong request comes back with every error linked and everything as it was typed; a right
//! one is kept with the session and confirmed (post, then redirect); without the CSRF token
//! nothing is kept.

use super::http::{BASE, Backend, Storage, Visitor, assert_security_headers, get, post, serve};

both_backends!(ask_to_be_called_back_with_errors_first_and_every_value_kept, a_call_back_request_without_its_token_is_refused,);

const CALL_BACK: &str = "/verhuizing-doorgeven/terugbellen";

fn ask_to_be_called_back_with_errors_first_and_every_value_kept(backend: Backend) {
    let storage = Storage::new(backend);
    let port = serve(storage.site());
    let visitor = Visitor::arrive(port);
    let question = visitor.get(&format!("{BASE}/wie-verhuist"));
    assert!(question.body.contains(&format!(r#"href="{CALL_BACK}""#)), "the help block links to the call-back form");

    let form = visitor.get(CALL_BACK);
    assert_eq!(form.status, 200);
    assert_security_headers(&form);
    assert!(form.body.contains("<h1>Bel mij terug</h1>") && form.body.contains(r#"autocomplete="tel""#));
    assert!(!form.body.contains(&format!(r#"href="{CALL_BACK}""#)), "no link to the page itself in its help block");

    // A short phone number, no time chosen, an empty question: three errors, what was typed stays.
    let wrong = visitor.post(CALL_BACK, &format!("csrf={}&naam=Ada+%3Cb%3Ede+Vries&telefoonnummer=06-12&vraag=+", form.csrf()));
    assert_eq!(wrong.status, 200);
    assert!(wrong.body.contains("<title>Fout: Bel mij terug"), "{}", wrong.body);
    for target in ["#telefoonnummer", "#belmoment", "#vraag"] {
        assert!(wrong.body.contains(&format!(r#"href="{target}""#)), "the error summary links {target}");
    }
    assert!(!wrong.body.contains(r##"href="#naam""##), "the name was right");
    assert!(wrong.body.contains(r#"value="Ada &lt;b&gt;de Vries""#) && wrong.body.contains(r#"value="06-12""#), "typed values come back, escaped");
    assert!(wrong.body.contains("Vul een telefoonnummer in, bijvoorbeeld 06 12345678") && wrong.body.contains("Kies wanneer wij u het beste kunnen bellen"));

    let right = visitor.post(
        CALL_BACK,
        &format!("csrf={}&naam=Ada+de+Vries&telefoonnummer=06+1234+5678&belmoment=middag&vraag=Welke+datum+vul+ik+in%3F", wrong.csrf()),
    );
    let asked = format!("{CALL_BACK}?verstuurd");
    assert_eq!((right.status, right.location()), (303, asked.as_str()), "{}", right.body);
    let done = visitor.get(&asked);
    assert_eq!(done.status, 200);
    for text in ["Wij bellen u terug", "Ada de Vries", "0612345678", "In de middag", "Welke datum vul ik in?"] {
        assert!(done.body.contains(text), "the confirmation shows {text:?}: {}", done.body);
    }
    assert!(!done.body.contains(r#"name="telefoonnummer""#), "the confirmation, not the form");
    // Later, the page is the form again (the confirmation says: wrong number? ask again).
    assert!(visitor.get(CALL_BACK).body.contains(r#"name="telefoonnummer""#));
    // The marker alone shows nothing that was not asked.
    let stranger = Visitor::arrive(port);
    assert!(stranger.get(&asked).body.contains(r#"name="telefoonnummer""#), "no request: the form");
    // The answers of the journey are untouched: the first question still works.
    assert_eq!(visitor.get(&format!("{BASE}/wie-verhuist")).status, 200);
}

fn a_call_back_request_without_its_token_is_refused(backend: Backend) {
    let storage = Storage::new(backend);
    let port = serve(storage.site());
    let form = get(port, CALL_BACK, None);
    assert_eq!(form.status, 200, "open to a visitor who has not started: {}", form.body);
    let cookie = form.session_cookie().expect("a session for the form's token");
    let refused = post(port, CALL_BACK, &cookie, "naam=Ada&telefoonnummer=0612345678&belmoment=ochtend&vraag=Hallo");
    assert_eq!(refused.status, 403, "{}", refused.body);
    let again = get(port, CALL_BACK, Some(&cookie));
    assert!(again.body.contains("<h1>Bel mij terug</h1>"), "nothing was kept: the form again");
}
