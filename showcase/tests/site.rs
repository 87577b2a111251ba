//! The showcase site as designers and developers use it: component pages (live examples, code,
//! props, guidance), the search, the language switch and every page of the site map, over real
//! HTTP against the real binary.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use eenheid::catalogue::registry;
use eenheid::i18n::Lang;
use eenheid_showcase::component_docs::{self, COMPONENTS};

const BIN: &str = env!("CARGO_BIN_EXE_eenheid-showcase");

/// A running showcase that is killed when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start() -> Server {
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let data = std::env::temp_dir().join(format!("eenheid-site-test-{port}"));
    let child = Command::new(BIN)
        .env("PORT", port.to_string())
        .env("EENHEID_DATA_DIR", &data)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "the showcase did not start listening on {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
    Server { child, port }
}

/// A response: status, head (lower case) and body.
struct Page {
    status: u16,
    head: String,
    body: String,
}

impl Page {
    fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().find_map(|line| line.strip_prefix(&format!("{name}: ")))
    }
}

/// A plain HTTP/1.1 GET, with the language cookie when `lang` is given.
fn get(server: &Server, path: &str, lang: Option<Lang>) -> Page {
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    let cookie = lang.map(|lang| format!("Cookie: eh-taal={}\r\n", lang.code())).unwrap_or_default();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{cookie}Connection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap();
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    Page { status, head: head.to_ascii_lowercase(), body: body.to_owned() }
}

fn main_of(body: &str) -> &str {
    let start = body.find("<main").expect("a <main>");
    let end = body.find("</main>").expect("a </main>");
    &body[start..end]
}

#[test]
fn every_registry_entry_has_props_guidance_and_english_names() {
    for entry in registry() {
        assert!(!entry.title_en.is_empty() && !entry.summary_en.is_empty(), "{}: English title and summary", entry.slug);
        assert!(!entry.components.is_empty(), "{}: name its component(s) in `components`", entry.slug);
        let docs = component_docs::for_entry(entry);
        assert_eq!(docs.len(), entry.components.len(), "{}: every name in `components` is a #[component] in components/src", entry.slug);
    }
    // Every entry at once, so one run lists all that still need guidance.
    let missing: Vec<String> = registry()
        .iter()
        .flat_map(|entry| [Lang::Nl, Lang::En].map(|lang| (entry, lang)))
        .filter(|(entry, lang)| component_docs::guidance(entry, *lang).is_none())
        .map(|(entry, lang)| {
            format!("{}: the doc comment of {} needs {:?}", entry.slug, entry.components[0], component_docs::guidance_headings(lang))
        })
        .collect();
    assert!(missing.is_empty(), "guidance missing:\n{}", missing.join("\n"));
}

#[test]
fn every_prop_of_every_public_component_has_a_doc_comment() {
    assert!(COMPONENTS.len() >= 40, "the build script found {} components", COMPONENTS.len());
    let mut missing = Vec::new();
    // Private islands are enhancements inside a public component, not API: their source is
    // also what names them in the browser build, so it is left as it is.
    for component in COMPONENTS.iter().filter(|c| c.public) {
        for prop in component.props {
            if prop.doc.trim().is_empty() {
                missing.push(format!("{}::{} `{}`", component.module, component.name, prop.name));
            }
        }
    }
    assert!(missing.is_empty(), "props without a doc comment: {missing:#?}");
    // Names in `components` must be unambiguous.
    for entry in registry() {
        for name in entry.components {
            assert_eq!(COMPONENTS.iter().filter(|c| c.name == *name).count(), 1, "{name} is defined more than once");
        }
    }
}

#[test]
fn props_table_reads_optionality_and_defaults_from_the_code() {
    let text_input = component_docs::find("TextInput").unwrap();
    let prop = |name: &str| text_input.props.iter().find(|p| p.name == name).unwrap();
    assert!(!prop("id").optional && prop("id").into && prop("id").ty == "String");
    assert!(prop("hint").optional && prop("hint").ty == "MaybeProp<String>" && prop("hint").default == Some("None"));
    assert_eq!(prop("width").default, Some("InputWidth::Full"), "the enum's #[default] variant");
    assert_eq!(prop("disabled").default, Some("false"));
    assert!(prop("label").doc.contains("plain words"));
    let panel = component_docs::find("Panel").unwrap();
    assert_eq!(panel.props.iter().find(|p| p.name == "heading_level").map(|p| p.default), Some(Some("HeadingLevel::H1")), "#[prop(default = …)]");
}

#[test]
fn component_page_shows_guidance_live_examples_code_and_props_in_dutch() {
    let server = start();
    let page = get(&server, "/componenten/text-input", None);
    assert_eq!(page.status, 200);
    assert!(page.body.contains(r#"<html lang="nl""#));
    let main = main_of(&page.body);
    for heading in ["Wanneer gebruiken", "Wanneer niet gebruiken", "Voorbeelden", "Eigenschappen (props)", "Toegankelijkheid"] {
        assert!(main.contains(&format!(">{heading}</h2>")), "heading {heading}");
    }
    assert!(main.contains("Voor een kort antwoord op één regel"), "guidance from the doc comment");
    // Every example is live in a marked frame, with its title, its own page and its code.
    for example in registry().iter().find(|e| e.slug == "text-input").unwrap().examples {
        assert!(main.contains(&format!(r#"data-example="text-input/{}""#, example.name)), "{} framed", example.name);
        assert!(main.contains(&format!(">{}</h3>", example.title)), "{} titled", example.name);
        assert!(main.contains(&format!(r#"href="/voorbeelden/text-input/{}""#, example.name)), "{} linked", example.name);
    }
    assert!(main.contains(r#"<p class="showcase-frame__label">Voorbeeld</p>"#));
    assert!(main.contains(r#"<input id="vb-met-fout-postcode" name="postcode" type="text" value="12345""#), "live, with ids unique on the page");
    assert!(main.contains(r#"<label for="vb-met-fout-postcode""#));
    assert!(main.contains("&lt;TextInput id=\"postcode\" label=\"Postcode\""), "the registry's code");
    assert!(main.contains(r#"class="showcase-code" "#) || main.contains(r#"class="showcase-code""#));
    // The props table: one row per prop, with the doc comment.
    assert!(main.contains("<caption id=\"props-textinput\">Props van &lt;TextInput&gt;</caption>"));
    for prop in component_docs::find("TextInput").unwrap().props {
        assert!(main.contains(&format!(r#"<th scope="row"><code>{}</code></th>"#, prop.name)), "row for {}", prop.name);
    }
    assert!(main.contains("The question, in plain words."));
    // Ids on the page are unique.
    let mut ids = std::collections::HashSet::new();
    let tags = page.body.split('<').skip(1).map(|rest| rest.split('>').next().unwrap_or(""));
    for id in tags.filter_map(|tag| tag.split(" id=\"").nth(1)).map(|rest| rest.split('"').next().unwrap()) {
        assert!(ids.insert(id), "duplicate id {id}");
    }
}

#[test]
fn props_types_show_their_fields_variants_and_constructors() {
    let radios = component_docs::find("Radios").unwrap();
    let types = component_docs::types_for(radios);
    let choice = types.iter().find(|t| t.name == "Choice").expect("Radios takes Vec<Choice>");
    assert!(choice.members.iter().any(|(name, ty, doc)| *name == "value" && *ty == "String" && !doc.is_empty()));
    assert!(choice.methods.iter().any(|(signature, _)| signature.starts_with("pub fn new(")), "{:?}", choice.methods);
    let server = start();
    let page = get(&server, "/componenten/radios", None);
    let main = main_of(&page.body);
    assert!(main.contains("<h4>Typen in deze props</h4>"));
    assert!(main.contains("<code>struct Choice</code>"));
    assert!(main.contains("<code>value: String</code>"));
}

#[test]
fn component_page_in_english() {
    let server = start();
    let page = get(&server, "/componenten/date-input", Some(Lang::En));
    assert_eq!(page.status, 200);
    assert!(page.body.contains(r#"<html lang="en""#));
    assert!(page.body.contains("<title>Date input – "), "English title");
    let main = main_of(&page.body);
    for heading in ["When to use", "When not to use", "Examples", "Properties (props)", "Accessibility"] {
        assert!(main.contains(&format!(">{heading}</h2>")), "heading {heading}");
    }
    assert!(main.contains("For a date people know or can look up"));
    assert!(main.contains(r#"<div lang="nl" class="showcase-example">"#), "Dutch examples are marked as Dutch");
    assert!(!main.contains("Wanneer gebruiken"));
    // The examples' built-in texts stay Dutch, like their content.
    let summary = get(&server, "/componenten/error-summary", Some(Lang::En));
    assert!(
        main_of(&summary.body).contains(r#"class="eh-error-summary__title">Er is een probleem</h2>"#),
        "the live example's title is Dutch"
    );
    let example = get(&server, "/voorbeelden/error-summary/standaard", Some(Lang::En));
    assert!(example.body.contains("Er is een probleem"), "on the example's own page too");
    assert!(example.body.contains("About this website"), "while the page around it is English");
}

#[test]
fn search_finds_in_both_languages_and_keeps_the_query() {
    let server = start();
    let page = get(&server, "/?zoek=datum", None);
    assert_eq!(page.status, 200);
    let main = main_of(&page.body);
    let found = eenheid_showcase::search::search("datum").len();
    assert!(found >= 1);
    let count = if found == 1 { "1 component gevonden".to_owned() } else { format!("{found} componenten gevonden") };
    assert!(main.contains(&format!("{count} voor \u{2018}datum\u{2019}")), "the count");
    assert!(main.contains(r#"href="/componenten/date-input""#));
    assert!(!main.contains(r#"href="/componenten/button""#), "only matches");
    assert!(main.contains(r#"name="zoek" type="text" value="datum""#), "the query stays in the field");
    assert!(main.contains(r#"<form method="get" action="/" role="search" aria-label="Componenten zoeken" class="showcase-search">"#));

    let english = get(&server, "/?zoek=date", Some(Lang::En));
    assert!(main_of(&english.body).contains(r#"href="/componenten/date-input""#), "English words find too");
    assert!(main_of(&english.body).contains("found for \u{2018}date\u{2019}"));
}

#[test]
fn search_without_results_shows_an_empty_state() {
    let server = start();
    let main_page = get(&server, "/?zoek=zzqxj", None);
    let main = main_of(&main_page.body);
    assert!(main.contains("0 componenten gevonden voor \u{2018}zzqxj\u{2019}"));
    assert!(main.contains("Controleer de spelling"));
    assert!(main.contains(r#"<a href="/">Toon alle componenten</a>"#));
    assert!(!main.contains("/componenten/"), "no component listed");
    // Without a query, every component.
    let all = get(&server, "/", None);
    for entry in registry() {
        assert!(all.body.contains(&format!(r#"href="/componenten/{}""#, entry.slug)), "{}", entry.slug);
    }
    assert!(!main_of(&all.body).contains("gevonden"));
}

#[test]
fn search_query_is_escaped() {
    let server = start();
    let page = get(&server, "/?zoek=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E%3Cb%3E", None);
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("<script>alert"), "the query is never markup");
    assert!(!page.body.contains("<b>"));
    assert!(page.body.contains(r#"value="&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;b&gt;""#), "escaped in the field");
    assert!(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;\"&gt;&lt;b&gt;\u{2019}"), "escaped in the count");
    // A malformed query is no search, not an error.
    assert_eq!(get(&server, "/?zoek=%ZZ%", None).status, 200);
}

#[test]
fn language_switch_sets_the_cookie_and_returns_only_to_local_paths() {
    let server = start();
    let page = get(&server, "/taal/en?terug=%2Fcomponenten%2Fbutton%3Fx%3D1", None);
    assert_eq!(page.status, 303);
    assert_eq!(page.header("location"), Some("/componenten/button?x=1"));
    let cookie = page.header("set-cookie").expect("a cookie");
    assert!(cookie.starts_with("eh-taal=en;") && cookie.contains("path=/") && cookie.contains("httponly"), "{cookie}");
    for evil in ["%2F%2Fevil.example", "https%3A%2F%2Fevil.example", "%2F%5Cevil.example", "evil"] {
        let page = get(&server, &format!("/taal/nl?terug={evil}"), None);
        assert_eq!(page.status, 303);
        assert_eq!(page.header("location"), Some("/"), "{evil} is not followed");
    }
    assert_eq!(get(&server, "/taal/xx?terug=%2F", None).status, 404);
}

#[test]
fn pages_carry_the_language_switch_back_to_themselves() {
    let server = start();
    let page = get(&server, "/componenten/button", Some(Lang::En));
    assert!(page.body.contains(r#"<nav aria-label="#), "a nav for the switch");
    assert!(page.body.contains(r#"href="/taal/nl?terug=%2Fcomponenten%2Fbutton" hreflang="nl" lang="nl""#));
    assert!(page.body.contains(r#"aria-current="true""#));
    let home = get(&server, "/?zoek=knop", None);
    assert!(home.body.contains(r#"href="/taal/en?terug=%2F%3Fzoek%3Dknop""#), "the search survives the switch");
}

#[test]
fn english_pages_are_english_throughout() {
    let server = start();
    for (path, status, text) in [
        ("/", 200, "Eenheid: one government, one design"),
        ("/componenten/tabs", 200, "When to use"),
        ("/voorbeelden/text-input/met-fout", 200, "Open this example"),
        ("/bestaat-niet", 404, "Page not found"),
    ] {
        let page = get(&server, path, Some(Lang::En));
        assert_eq!(page.status, status, "{path}");
        assert!(page.body.contains(r#"<html lang="en""#), "{path}");
        if path != "/voorbeelden/text-input/met-fout" {
            assert!(page.body.contains(text), "{path}: {text}");
        }
        assert!(page.body.contains("Eenheid, the design system of the Dutch government"), "{path}: the header");
    }
    let dutch = get(&server, "/bestaat-niet", None);
    assert!(dutch.body.contains(r#"<html lang="nl""#) && dutch.body.contains("Pagina niet gevonden"));
}

#[test]
fn every_page_of_the_site_map_answers() {
    let server = start();
    let paths = eenheid_showcase::site_map::site_paths();
    assert!(paths.contains(&"/".to_owned()) && paths.contains(&"/componenten/text-input".to_owned()));
    for path in &paths {
        let page = get(&server, path, None);
        let expected = if path.contains("bestaat-niet") && !path.starts_with("/?") { 404 } else { 200 };
        assert_eq!(page.status, expected, "{path}");
        assert!(page.header("content-type").is_some_and(|t| t.starts_with("text/html")), "{path}");
    }
}

/// The text inside the first `<pre>` whose `aria-label` is `label`, unescaped as a browser shows it.
fn code_region(body: &str, label: &str) -> Option<String> {
    let start = body.find(&format!(r#"aria-label="{label}""#))?;
    let code = &body[start..];
    let code = &code[code.find("<code>")? + "<code>".len()..];
    let code = &code[..code.find("</code>")?];
    Some(code.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&"))
}

#[test]
fn example_pages_show_their_html_next_to_the_leptos_code() {
    let server = start();
    let page = get(&server, "/voorbeelden/text-input/met-fout", None);
    assert_eq!(page.status, 200);
    let main = main_of(&page.body);
    assert!(main.contains(">HTML</h2>"), "a heading above the HTML");
    assert!(main.contains("Werkt u niet met Rust?"));
    let html = code_region(main, "HTML: Met foutmelding").expect("a labelled HTML region");
    assert!(main.contains(r#"<pre tabindex="0" role="region" aria-label="HTML: Met foutmelding" class="showcase-code">"#), "a focusable region, like the code");
    assert!(html.contains(r#"<input id="postcode" name="postcode" type="text" value="12345""#), "ids as declared: {html}");
    assert!(html.contains("\n  <"), "indented: {html}");
    for marker in ["<!--", "data-hk", "<leptos-"] {
        assert!(!html.contains(marker), "{marker} stripped: {html}");
    }
    // On the component page each example's HTML is behind a summary, both languages.
    let component = get(&server, "/componenten/text-input", None);
    assert!(main_of(&component.body).contains(r#"<summary class="showcase-html__summary">Bekijk de HTML</summary>"#));
    assert_eq!(code_region(main_of(&component.body), "HTML: Met foutmelding").as_deref(), Some(html.as_str()), "the same HTML on both pages");
    let english = get(&server, "/voorbeelden/text-input/met-fout", Some(Lang::En));
    assert!(main_of(&english.body).contains("Not working with Rust?"));
    assert!(main_of(&english.body).contains(r#"aria-label="HTML: Met foutmelding""#));
}

/// A fresh, empty folder for one test.
/// A folder of its own under the temporary folder, removed again when the test ends (also when
/// it fails).
struct Scratch(std::path::PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn scratch(name: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!("eenheid-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    Scratch(dir)
}

#[test]
fn fixtures_hold_every_component_and_the_html_the_showcase_shows() {
    let scratch = scratch("fixtures");
    let dir = scratch.0.join("out");
    let output = Command::new(BIN).arg("--fixtures").arg(&dir).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(String::from_utf8_lossy(&output.stdout).lines().count(), 1, "one line when it worked");
    let folders: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().into_string().unwrap())
        .collect();
    assert_eq!(folders.len(), registry().len(), "one folder per component: {folders:?}");
    // The stylesheet the HTML needs is next to it, as the showcase serves it.
    assert_eq!(std::fs::read_to_string(dir.join("eenheid.css")).unwrap(), eenheid::style::stylesheet());
    assert!(std::fs::read_to_string(dir.join("tokens.css")).unwrap().contains("--eh-color-primary:"));
    let server = start();
    for entry in registry() {
        let text = std::fs::read_to_string(dir.join(entry.slug).join("fixtures.json")).unwrap_or_else(|e| panic!("{}: {e}", entry.slug));
        let fixtures: eenheid_showcase::fixtures::ComponentFixtures = serde_json::from_str(&text).unwrap();
        assert_eq!(fixtures.component, entry.slug);
        assert_eq!(fixtures.schema, eenheid_showcase::fixtures::SCHEMA);
        let names: Vec<&str> = fixtures.examples.iter().map(|e| e.name.as_str()).collect();
        let expected: Vec<&str> = entry.examples.iter().map(|e| e.name).collect();
        assert_eq!(names, expected, "{}", entry.slug);
        for (fixture, example) in fixtures.examples.iter().zip(entry.examples) {
            let what = format!("{}/{}", entry.slug, example.name);
            assert!(!fixture.props.is_empty(), "{what}: props");
            let page = get(&server, &eenheid_showcase::routes::example_path(entry.slug, example.name), None);
            // Full-page examples are served as they are: their HTML shows on the component page.
            let shown = match example.layout {
                eenheid::examples::ExampleLayout::Fragment => code_region(main_of(&page.body), &format!("HTML: {}", example.title)),
                eenheid::examples::ExampleLayout::FullPage => {
                    let component = get(&server, &format!("/componenten/{}", entry.slug), None);
                    code_region(&component.body, &format!("HTML: {}", example.title))
                }
            };
            assert_eq!(shown.as_deref(), Some(fixture.html.as_str()), "{what}: the fixture's HTML is what the showcase shows");
        }
    }
}

#[test]
fn fixtures_into_a_folder_that_cannot_be_written_is_one_line_and_exit_1() {
    // Tests may run as root, for whom permissions do not stop a write: a folder below a file
    // cannot be made by anyone.
    let scratch = scratch("fixtures-blocked");
    let file = scratch.0.join("a-file");
    std::fs::write(&file, "not a folder").unwrap();
    let dir = file.join("fixtures");
    let output = Command::new(BIN).arg("--fixtures").arg(&dir).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert!(stderr.contains(&dir.display().to_string()), "names the folder: {stderr}");
    assert!(output.stdout.is_empty());
}
