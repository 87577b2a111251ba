//! The tokens page, `/tokens`: every design token as the designer needs to see it — colours with a
//! swatch and their contrast (against white, against black and in every declared pair), the
//! spacing scale drawn to size, the type scale at size, borders, radii and the focus style.
//!
//! Nothing here is typed in: names, values and ratios come from [`eenheid_tokens::tokens`] and
//! [`eenheid_tokens::contrast_report`], so the page cannot drift from `tokens.json`.
//!
//! The Content-Security-Policy (`style-src 'self'`) forbids `style=""` attributes, so the sizes
//! are drawn with one generated class per token ([`stylesheet`]), each set to the token's CSS
//! variable: the bar of `space.3` is as wide as `var(--eh-space-3)`, whatever that is. (Widths,
//! not border widths: browsers round borders to whole device pixels.)

use std::sync::OnceLock;

use eenheid::i18n::{Lang, Text};
use eenheid_tokens::{ContrastReport, Token, TokenType, contrast_ratio, contrast_report, parse_colour, tokens};
use leptos::config::LeptosOptions;
use leptos::prelude::*;

use crate::pages::{Visit, localized_page};
use crate::texts::tokens as texts;

/// The page's address.
pub const PATH: &str = crate::routes::TOKENS;

/// A token's class suffix: its CSS variable without `--eh-` (`color-blue-700`).
fn slug(token: &Token) -> &str {
    token.css_var.trim_start_matches(eenheid_tokens::CSS_PREFIX)
}

/// The Rust constant of a token, as build.rs names it (`color.blue.700` → `COLOR_BLUE_700`).
pub fn constant_name(path: &str) -> String {
    path.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect()
}

fn in_group<'a>(prefix: &'a str) -> impl Fn(&&'static Token) -> bool + 'a {
    move |token| token.path.starts_with(prefix)
}

/// The tokens page's stylesheet: fixed layout rules, then one rule per token that draws it, each
/// set to the token's own CSS variable. Generated once from the tokens.
pub fn stylesheet() -> &'static str {
    static CSS: OnceLock<String> = OnceLock::new();
    CSS.get_or_init(|| {
        let mut css = String::from(BASE_SHEET);
        for token in tokens() {
            let (slug, var) = (slug(token), token.var());
            let rule = match token.kind {
                TokenType::Color => format!(".tokens-swatch--{slug} {{ background-color: {var}; }}\n"),
                TokenType::FontFamily => format!(".tokens-sample--{slug} {{ font-family: {var}; }}\n"),
                TokenType::FontWeight => format!(".tokens-sample--{slug} {{ font-weight: {var}; }}\n"),
                TokenType::Dimension if token.path.starts_with("space.") => {
                    format!(".tokens-bar--{slug} {{ width: {var}; }}\n")
                }
                TokenType::Dimension if token.path.starts_with("font-size.") => {
                    format!(".tokens-sample--{slug} {{ font-size: {var}; }}\n")
                }
                TokenType::Dimension if token.path.starts_with("border-width.") => {
                    format!(".tokens-line--{slug} {{ border-top-width: {var}; }}\n")
                }
                TokenType::Dimension if token.path.starts_with("radius.") => {
                    format!(".tokens-corner--{slug} {{ border-radius: {var}; }}\n")
                }
                _ => continue,
            };
            css.push_str(&rule);
        }
        css
    })
}

/// `tokens-<hash>.css`: cacheable for a year, a new name when the tokens change.
pub fn stylesheet_file_name() -> String {
    format!("tokens-{}.css", eenheid::style::content_hash(stylesheet()))
}

const BASE_SHEET: &str = r#"/* The tokens page. Generated rules per token follow. */
.tokens-contents { columns: 2 12rem; }
ul.tokens-colours {
  list-style: none;
  margin: 0 0 var(--eh-space-6) 0;
  padding: 0;
  max-width: none;
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  gap: var(--eh-space-5);
}
.tokens-colour {
  border: var(--eh-border-width-s) solid var(--eh-color-border-subtle);
  padding: var(--eh-space-3);
}
.tokens-colour__name { margin: var(--eh-space-2) 0 0 0; font-weight: var(--eh-font-weight-bold); }
.tokens-colour__value { margin: 0; }
.tokens-colour__description { margin: var(--eh-space-1) 0 0 0; font-size: var(--eh-font-size-s); color: var(--eh-color-text-secondary); }
.tokens-swatch {
  display: block;
  height: var(--eh-space-8);
  border: var(--eh-border-width-s) solid var(--eh-color-border);
  /* The swatch is the content: keep its colour in forced-colours mode too. */
  forced-color-adjust: none;
}
.tokens-contrast { margin: var(--eh-space-3) 0 0 0; font-size: var(--eh-font-size-s); }
.tokens-contrast dt { font-weight: var(--eh-font-weight-bold); margin-top: var(--eh-space-2); }
.tokens-contrast dd { margin: 0; }
.tokens-contrast ul { margin: 0; padding-left: var(--eh-space-4); }
/* position: the caption's visually hidden text is absolutely positioned; keep it inside. */
.tokens-table-region { position: relative; max-width: 100%; overflow-x: auto; margin-bottom: var(--eh-space-6); }
/* The region scrolls, so it takes focus (WCAG 2.1.1); show it like a focused field. */
.tokens-table-region:focus-visible {
  /* As the components' scroll regions: a black ring right around it, yellow beyond; a line
     drawn inside would be covered by what it holds. */
  outline: var(--eh-focus-width) solid var(--eh-color-focus-outline);
  outline-offset: 0;
  box-shadow: 0 0 0 calc(2 * var(--eh-focus-width)) var(--eh-color-focus);
}
.tokens-table { border-collapse: collapse; font-size: var(--eh-font-size-s); }
.tokens-table caption { text-align: left; font-weight: var(--eh-font-weight-bold); padding-bottom: var(--eh-space-2); }
.tokens-table th, .tokens-table td {
  text-align: left;
  vertical-align: top;
  padding: var(--eh-space-2) var(--eh-space-3) var(--eh-space-2) 0;
  border-bottom: var(--eh-border-width-s) solid var(--eh-color-border-subtle);
}
ul.tokens-scale { list-style: none; margin: 0 0 var(--eh-space-6) 0; padding: 0; max-width: none; }
.tokens-scale__item { margin: 0 0 var(--eh-space-4) 0; }
.tokens-scale__label { margin: 0; }
ul.tokens-scale--bars .tokens-scale__item { display: flex; flex-wrap: wrap; align-items: center; gap: var(--eh-space-2) var(--eh-space-4); margin-bottom: var(--eh-space-2); }
ul.tokens-scale--bars .tokens-scale__label { min-width: 14rem; }
.tokens-table code { white-space: nowrap; }
/* The bar is a drawing of the token: keep its colour in forced-colours mode too. */
.tokens-bar {
  display: block;
  height: var(--eh-space-5);
  background-color: var(--eh-color-primary);
  forced-color-adjust: none;
}
.tokens-sample { display: block; margin: 0; line-height: var(--eh-line-height-heading); }
.tokens-line {
  display: block;
  width: 100%;
  max-width: var(--eh-size-text-max);
  border-top-style: solid;
  border-top-color: var(--eh-color-text);
}
.tokens-corner {
  display: block;
  width: var(--eh-space-9);
  height: var(--eh-space-8);
  border: var(--eh-border-width-m) solid var(--eh-color-text);
}
.tokens-focus-link {
  color: var(--eh-color-focus-text);
  background-color: var(--eh-color-focus);
  box-shadow: 0 calc(-1 * var(--eh-border-width-m)) var(--eh-color-focus), 0 var(--eh-border-width-l) var(--eh-color-focus-text);
  text-decoration: none;
}
.tokens-focus-control {
  display: inline-block;
  min-width: min(100%, 16rem);
  min-height: var(--eh-size-touch-target);
  padding: var(--eh-space-2);
  border: var(--eh-size-input-border) solid var(--eh-color-border);
  outline: var(--eh-focus-width) solid var(--eh-color-focus);
  box-shadow: inset 0 0 0 var(--eh-focus-inset) var(--eh-color-focus-text);
}
"#;

/// "4,52:1" in Dutch, "4.52:1" in English.
fn ratio_text(lang: Lang, ratio: f64) -> String {
    let text = format!("{ratio:.2}:1");
    match lang {
        Lang::Nl => text.replace('.', ","),
        Lang::En => text,
    }
}

/// A mode as its media query (`prefers-contrast: more`), or "standaard" for the base values.
fn mode_text(lang: Lang, mode: Option<&str>) -> String {
    match mode {
        None => texts::BASE_MODE.get(lang).to_owned(),
        Some(mode) => eenheid_tokens::media_query(mode).unwrap_or(mode).trim_matches(|c| c == '(' || c == ')').to_owned(),
    }
}

/// A minimum as written in WCAG: "4,5:1", "3:1".
fn minimum_text(lang: Lang, minimum: f64) -> String {
    let text = format!("{minimum}:1");
    match lang {
        Lang::Nl => text.replace('.', ","),
        Lang::En => text,
    }
}

/// The AA verdict of a ratio, in words (never colour alone).
fn aa_verdict(lang: Lang, ratio: f64) -> &'static str {
    if ratio >= 4.5 {
        texts::AA_TEXT.get(lang)
    } else if ratio >= 3.0 {
        texts::AA_LARGE.get(lang)
    } else {
        texts::AA_FAIL.get(lang)
    }
}

/// The contrast of `value` against the colour token at `path` (white, black).
fn contrast_with(value: &str, path: &str) -> Option<f64> {
    let other = tokens().get(path)?;
    Some(contrast_ratio(parse_colour(value).ok()?, parse_colour(&other.value).ok()?))
}

fn pair_line(lang: Lang, other: &str, row: &ContrastReport) -> impl IntoView + use<> {
    let verdict = if row.passes() { texts::PASSES.get(lang) } else { texts::FAILS.get(lang) };
    view! {
        <li>
            <code>{other.to_owned()}</code>
            // Usages are written in English in tokens.json.
            " (" <span lang="en">{row.usage.clone()}</span> "): "
            {format!("{}, {} {}: {}", ratio_text(lang, row.ratio), texts::NEEDS.get(lang), minimum_text(lang, row.minimum), verdict)}
        </li>
    }
}

fn colour_card(lang: Lang, token: &'static Token, pairs: &[ContrastReport]) -> impl IntoView + use<> {
    let against = |path: &str, label: &'static str| {
        contrast_with(&token.value, path).map(|ratio| {
            view! {
                <dt>{label}</dt>
                <dd>{format!("{} — {}", ratio_text(lang, ratio), aa_verdict(lang, ratio))}</dd>
            }
        })
    };
    let base_pairs = pairs.iter().filter(|row| row.mode.is_none());
    let as_foreground: Vec<_> =
        base_pairs.clone().filter(|row| row.foreground == token.path).map(|row| pair_line(lang, &row.background, row)).collect();
    let as_background: Vec<_> =
        base_pairs.filter(|row| row.background == token.path).map(|row| pair_line(lang, &row.foreground, row)).collect();
    let foreground = (!as_foreground.is_empty()).then(|| {
        view! { <dt>{texts::AS_TEXT_ON.get(lang)}</dt><dd><ul>{as_foreground}</ul></dd> }
    });
    let background = (!as_background.is_empty()).then(|| {
        view! { <dt>{texts::AS_BACKGROUND_FOR.get(lang)}</dt><dd><ul>{as_background}</ul></dd> }
    });
    // Token descriptions are written in English.
    let description = token.description.clone().map(|text| {
        view! { <p class="tokens-colour__description" lang="en">{text}</p> }
    });
    let modes = token
        .modes
        .iter()
        .map(|(mode, value)| view! { <p class="tokens-colour__value">{format!("{} {}: ", texts::MODE.get(lang), mode_text(lang, Some(mode)))}<code>{value.clone()}</code></p> })
        .collect_view();
    view! {
        <li class="tokens-colour" id=format!("token-{}", slug(token))>
            <span class=format!("tokens-swatch tokens-swatch--{}", slug(token)) aria-hidden="true"></span>
            <p class="tokens-colour__name"><code>{token.path.clone()}</code></p>
            <p class="tokens-colour__value"><code>{token.css_var.clone()}</code>": "<code>{token.value.clone()}</code></p>
            {modes}
            {description}
            <dl class="tokens-contrast">
                {against("color.white", texts::ON_WHITE.get(lang))}
                {against("color.black", texts::ON_BLACK.get(lang))}
                {foreground}
                {background}
            </dl>
        </li>
    }
}

fn pairs_table(lang: Lang, rows: &[ContrastReport]) -> impl IntoView + use<> {
    let body = rows
        .iter()
        .map(|row| {
            let verdict = if row.passes() { texts::PASSES.get(lang) } else { texts::FAILS.get(lang) };
            view! {
                <tr>
                    <td><code>{row.foreground.clone()}</code><br />{row.foreground_value.clone()}</td>
                    <td><code>{row.background.clone()}</code><br />{row.background_value.clone()}</td>
                    <td lang="en">{row.usage.clone()}</td>
                    <td>{ratio_text(lang, row.ratio)}</td>
                    <td>{format!("{verdict} ({} {})", texts::MINIMUM.get(lang), minimum_text(lang, row.minimum))}</td>
                    <td>{mode_text(lang, row.mode.as_deref())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="tokens-table-region" role="region" tabindex="0" aria-labelledby="tokens-pairs-caption">
            <table class="tokens-table">
                <caption id="tokens-pairs-caption">{texts::PAIRS_CAPTION.get(lang)}<span class="eh-visually-hidden">{format!(" ({})", texts::TABLE_REGION.get(lang))}</span></caption>
                <thead>
                    <tr>
                        <th scope="col">{texts::FOREGROUND.get(lang)}</th>
                        <th scope="col">{texts::BACKGROUND.get(lang)}</th>
                        <th scope="col">{texts::USAGE.get(lang)}</th>
                        <th scope="col">{texts::RATIO.get(lang)}</th>
                        <th scope="col">{texts::RESULT.get(lang)}</th>
                        <th scope="col">{texts::MODE.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// A list of tokens, each with its name, value and a drawing made by `class_of`.
fn scale(items: Vec<&'static Token>, class_of: fn(&Token) -> String, sample: Option<&'static str>, bars: bool) -> impl IntoView + use<> {
    let items = items
        .into_iter()
        .map(|token| {
            let drawing = match sample {
                Some(text) => view! { <span class=class_of(token)>{text}</span> }.into_any(),
                None => view! { <span class=class_of(token) aria-hidden="true"></span> }.into_any(),
            };
            view! {
                <li class="tokens-scale__item" id=format!("token-{}", slug(token))>
                    <p class="tokens-scale__label">
                        <code>{token.path.clone()}</code>" — "<code>{token.value.clone()}</code>
                    </p>
                    {drawing}
                </li>
            }
        })
        .collect_view();
    let class = if bars { "tokens-scale tokens-scale--bars" } else { "tokens-scale" };
    view! { <ul class=class>{items}</ul> }
}

fn all_tokens_table(lang: Lang) -> impl IntoView + use<> {
    let body = tokens()
        .iter()
        .map(|token| {
            view! {
                <tr>
                    <td><code>{token.path.clone()}</code></td>
                    <td>{token.kind.as_str()}</td>
                    <td><code>{token.value.clone()}</code></td>
                    <td><code>{token.css_var.clone()}</code></td>
                    <td><code>{constant_name(&token.path)}</code></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="tokens-table-region" role="region" tabindex="0" aria-labelledby="tokens-all-caption">
            <table class="tokens-table">
                <caption id="tokens-all-caption">{texts::ALL_TOKENS_CAPTION.get(lang)}<span class="eh-visually-hidden">{format!(" ({})", texts::TABLE_REGION.get(lang))}</span></caption>
                <thead>
                    <tr>
                        <th scope="col">{texts::NAME.get(lang)}</th>
                        <th scope="col">{texts::KIND.get(lang)}</th>
                        <th scope="col">{texts::VALUE.get(lang)}</th>
                        <th scope="col">{texts::CSS_VARIABLE.get(lang)}</th>
                        <th scope="col">{texts::RUST_CONSTANT.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// The tokens page in the visitor's language.
pub fn page(options: LeptosOptions, visit: &Visit) -> impl IntoView + use<> {
    let lang = visit.lang;
    let set = tokens();
    let report = contrast_report(set);
    let colours: Vec<&'static Token> = set.iter().filter(|t| t.kind == TokenType::Color).collect();
    let colour_cards = colours.into_iter().map(|token| colour_card(lang, token, &report)).collect_view();
    let of_kind = |prefix: &'static str| -> Vec<&'static Token> { set.iter().filter(in_group(prefix)).collect() };
    let spacing = scale(of_kind("space."), |t| format!("tokens-bar tokens-bar--{}", slug(t)), None, true);
    let type_sizes = scale(of_kind("font-size."), |t| format!("tokens-sample tokens-sample--{}", slug(t)), Some(texts::TYPE_SAMPLE.get(lang)), false);
    let families = scale(of_kind("font-family."), |t| format!("tokens-sample tokens-sample--{}", slug(t)), Some(texts::TYPE_SAMPLE.get(lang)), false);
    let weights = scale(of_kind("font-weight."), |t| format!("tokens-sample tokens-sample--{}", slug(t)), Some(texts::TYPE_SAMPLE.get(lang)), false);
    let borders = scale(of_kind("border-width."), |t| format!("tokens-line tokens-line--{}", slug(t)), None, false);
    let radii = scale(of_kind("radius."), |t| format!("tokens-corner tokens-corner--{}", slug(t)), None, false);
    let sections: [(&str, Text); 7] = [
        ("kleuren", texts::COLOURS),
        ("kleurparen", texts::PAIRS),
        ("afstanden", texts::SPACING),
        ("letters", texts::TYPE),
        ("randen", texts::BORDERS),
        ("focus", texts::FOCUS),
        ("alle-tokens", texts::ALL_TOKENS),
    ];
    let contents = sections
        .iter()
        .map(|(id, text)| view! { <li><a href=format!("#{id}")>{text.get(lang)}</a></li> })
        .collect_view();
    let content = view! {
        // Per-token classes (no style attributes under the CSP): a stylesheet link is allowed in <body>.
        <link rel="stylesheet" href=format!("/static/{}", stylesheet_file_name()) />
        <h1>{texts::TOKENS_TITLE.get(lang)}</h1>
        <p class="showcase-lead">{texts::TOKENS_INTRO.get(lang)}</p>
        <nav aria-labelledby="tokens-inhoud">
            <h2 id="tokens-inhoud">{texts::CONTENTS.get(lang)}</h2>
            <ul class="tokens-contents">{contents}</ul>
        </nav>

        <h2 id="kleuren">{texts::COLOURS.get(lang)}</h2>
        <p>{texts::COLOURS_INTRO.get(lang)}</p>
        <ul class="tokens-colours">{colour_cards}</ul>

        <h2 id="kleurparen">{texts::PAIRS.get(lang)}</h2>
        <p>{texts::PAIRS_INTRO.get(lang)}</p>
        {pairs_table(lang, &report)}

        <h2 id="afstanden">{texts::SPACING.get(lang)}</h2>
        <p>{texts::SPACING_INTRO.get(lang)}</p>
        {spacing}

        <h2 id="letters">{texts::TYPE.get(lang)}</h2>
        <p>{texts::TYPE_INTRO.get(lang)}</p>
        {type_sizes}
        {families}
        {weights}

        <h2 id="randen">{texts::BORDERS.get(lang)}</h2>
        {borders}
        {radii}

        <h2 id="focus">{texts::FOCUS.get(lang)}</h2>
        <p>{texts::FOCUS_INTRO.get(lang)}</p>
        <p><span class="tokens-focus-link">{texts::FOCUS_LINK_SAMPLE.get(lang)}</span></p>
        <p><span class="tokens-focus-control">{texts::FOCUS_CONTROL_SAMPLE.get(lang)}</span></p>

        <h2 id="alle-tokens">{texts::ALL_TOKENS.get(lang)}</h2>
        <p>{texts::ALL_TOKENS_INTRO.get(lang)}</p>
        {all_tokens_table(lang)}
    };
    localized_page(options, visit, texts::TOKENS_TITLE.get(lang).to_owned(), content)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_drawn_token_has_a_class_set_to_its_own_variable() {
        let css = stylesheet();
        for token in tokens() {
            let drawn = token.kind == TokenType::Color
                || ["space.", "font-size.", "border-width.", "radius."].iter().any(|p| token.path.starts_with(p));
            if drawn {
                let rule = css.lines().find(|line| line.contains(&format!("--{} ", slug(token)))).unwrap_or_default();
                assert!(rule.contains(&format!("{};", token.var())), "{}: {rule:?}", token.path);
            }
        }
        // Token variables only: no colours or pixel lengths typed into the page's sheet.
        assert!(!css.contains('#') && !css.contains("px"), "{css}");
    }

    #[test]
    fn constant_names_match_the_generated_constants() {
        assert_eq!(constant_name("color.blue.700"), "COLOR_BLUE_700");
        assert_eq!(constant_name("size.touch-target"), "SIZE_TOUCH_TARGET");
        assert_eq!(eenheid_tokens::constants::SIZE_TOUCH_TARGET, tokens().get("size.touch-target").map(|t| t.value.as_str()).unwrap_or_default());
    }

    #[test]
    fn verdicts_are_words() {
        assert_eq!(ratio_text(Lang::Nl, 4.5), "4,50:1");
        assert_eq!(aa_verdict(Lang::En, 4.49), "AA: only for large text and controls");
        assert_eq!(aa_verdict(Lang::Nl, 2.0), "AA: voldoet niet");
    }
}
