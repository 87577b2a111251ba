//! The showcase's texts have one style: a named [`Text`](eenheid::i18n::Text) (or a small function
//! where a text needs values) in a texts module (`src/texts.rs`, `src/texts/*.rs`), read with
//! `.get(lang)`. An inline `lang.pick("Dutch", "English")` anywhere else fails here, and so does a
//! `Text { nl: …, en: … }` written anywhere else (a text declared in a page module), each named by
//! file and line.

use std::path::{Path, PathBuf};

/// The texts modules: the only places where a `.pick(` may hold a string literal and where a
/// `Text { … }` may be written.
const TEXTS_MODULES: [&str; 2] = ["texts.rs", "texts/"];

/// `.pick(` calls elsewhere that choose between values that are not prose, so they may stay
/// inline: (file under `src/`, what the call picks). Keep this list short.
const NOT_TEXT: [(&str, &str); 0] = [];

/// `Text { … }` expressions elsewhere that may stay: (file under `src/`, why). Only for a `Text`
/// built from values that are not a literal text (say, a registry entry's `title` and `title_en`),
/// which cannot be a constant in a texts module. None today: every `Text` outside the texts
/// modules names a constant there. Keep this list short.
const NOT_A_LITERAL: [(&str, &str); 0] = [];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The length in bytes of the string literal at the start of `rest` (`"…"`, `r"…"`, `r#"…"#`,
/// `b"…"`, `br"…"`), if one starts there.
fn string_literal(rest: &str) -> Option<usize> {
    let after_b = rest.strip_prefix('b').unwrap_or(rest);
    let skipped = rest.len() - after_b.len();
    if let Some(raw) = after_b.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let body = raw[hashes..].strip_prefix('"')?;
        let end = format!("\"{}", "#".repeat(hashes));
        let close = body.find(&end)?;
        return Some(skipped + 1 + hashes + 1 + close + end.len());
    }
    let body = after_b.strip_prefix('"')?;
    let mut escaped = false;
    for (at, c) in body.char_indices() {
        match (escaped, c) {
            (false, '\\') => escaped = true,
            (false, '"') => return Some(skipped + 1 + at + 1),
            _ => escaped = false,
        }
    }
    None
}

/// The length of the char literal at the start of `rest` (`'"'`, `'\''`), if it is one and not a
/// lifetime (`'a`).
fn char_literal(rest: &str) -> Option<usize> {
    let body = rest.strip_prefix('\'')?;
    let mut chars = body.char_indices();
    let (_, first) = chars.next()?;
    let after = if first == '\\' {
        let (at, escaped) = chars.next()?;
        // `'\u{…}'`, `'\''` and the like: up to the closing quote after the escaped char.
        let from = at + escaped.len_utf8();
        from + body[from..].find('\'')?
    } else {
        first.len_utf8()
    };
    body[after..].starts_with('\'').then_some(1 + after + 1)
}

/// The code with comments removed and every string and char literal blanked (`"…"` → `""`,
/// `'x'` → `' '`), newlines kept so line numbers stay: a `.pick(` in a comment or a string is not
/// a call, and a `(` in a literal does not count.
fn blanked(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let identifier_before = out.chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_');
        let newlines = |len: usize| rest[..len].chars().filter(|c| *c == '\n').collect::<String>();
        if rest.starts_with("//") {
            at += rest.find('\n').unwrap_or(rest.len());
        } else if rest.starts_with("/*") {
            let end = rest.find("*/").map_or(rest.len(), |end| end + 2);
            out.push_str(&newlines(end));
            at += end;
        } else if let Some(len) = (!identifier_before).then(|| string_literal(rest)).flatten() {
            out.push('"');
            out.push_str(&newlines(len));
            out.push('"');
            at += len;
        } else if let Some(len) = char_literal(rest) {
            out.push_str("' '");
            at += len;
        } else {
            let c = rest.chars().next().unwrap();
            out.push(c);
            at += c.len_utf8();
        }
    }
    out
}

/// The 1-based lines of `code` (from [`blanked`]) where a `.pick(` call has a string literal
/// among its arguments.
fn picks_with_literals(code: &str) -> Vec<usize> {
    let mut lines = Vec::new();
    for (start, _) in code.match_indices(".pick(") {
        let mut depth = 0;
        let arguments = code[start + ".pick".len()..].chars().take_while(|c| {
            match c {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                _ => {}
            }
            depth > 0
        });
        if arguments.into_iter().any(|c| c == '"') {
            lines.push(code[..start].matches('\n').count() + 1);
        }
    }
    lines
}

/// The 1-based lines of `code` (from [`blanked`]) where a `Text { … }` struct expression starts:
/// the identifier `Text` (alone or at the end of a path, `i18n::Text`) followed by `{`. A `{` that
/// opens a body is not one: a function returning a `Text` (`-> Text {`) or an `impl`, `for`,
/// `struct`, `enum`, `union` or `trait` block. A `use … Text as …` counts too: under another name a
/// literal would escape this scan.
fn text_literals(code: &str) -> Vec<usize> {
    let identifier = |c: char| c.is_alphanumeric() || c == '_';
    let mut lines = Vec::new();
    for (start, _) in code.match_indices("Text") {
        let before = &code[..start];
        let after = &code[start + "Text".len()..];
        if before.chars().next_back().is_some_and(identifier) || after.chars().next().is_some_and(identifier) {
            continue;
        }
        let rest = after.trim_start();
        let renamed = rest.strip_prefix("as").is_some_and(|r| r.starts_with(char::is_whitespace)) && after.len() > rest.len();
        if !rest.starts_with('{') && !renamed {
            continue;
        }
        // What comes before the path that ends in `Text` (`eenheid::i18n::Text` → what precedes `eenheid`).
        let mut head = before.trim_end();
        while let Some(path) = head.strip_suffix("::") {
            head = path.trim_end().trim_end_matches(identifier).trim_end();
        }
        let opens_a_body = head.ends_with("->")
            || ["impl", "for", "struct", "enum", "union", "trait"].iter().any(|keyword| {
                head.strip_suffix(keyword).is_some_and(|before| !before.chars().next_back().is_some_and(identifier))
            });
        if renamed || !opens_a_body {
            lines.push(before.matches('\n').count() + 1);
        }
    }
    lines
}

/// What `find` finds (as 1-based lines of a file's code from [`blanked`]) outside the texts
/// modules and the files `allowed`, as `src/file:line`.
fn outside_the_texts_modules(src: &Path, allowed: &[&str], find: fn(&str) -> Vec<usize>) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    let mut found = Vec::new();
    for file in files {
        let relative = file.strip_prefix(src).unwrap().to_string_lossy().replace('\\', "/");
        if TEXTS_MODULES.iter().any(|texts| relative == *texts || (texts.ends_with('/') && relative.starts_with(texts))) {
            continue;
        }
        if allowed.contains(&relative.as_str()) {
            continue;
        }
        let code = blanked(&std::fs::read_to_string(&file).unwrap());
        found.extend(find(&code).into_iter().map(|line| format!("src/{relative}:{line}")));
    }
    found
}

/// Every `.pick(` with a string literal outside the texts modules and [`NOT_TEXT`], as
/// `file:line`.
fn inline_texts(src: &Path) -> Vec<String> {
    let allowed: Vec<&str> = NOT_TEXT.iter().map(|(file, _)| *file).collect();
    outside_the_texts_modules(src, &allowed, picks_with_literals)
}

/// Every `Text { … }` outside the texts modules and [`NOT_A_LITERAL`], as `file:line`.
fn texts_declared_elsewhere(src: &Path) -> Vec<String> {
    let allowed: Vec<&str> = NOT_A_LITERAL.iter().map(|(file, _)| *file).collect();
    outside_the_texts_modules(src, &allowed, text_literals)
}

#[test]
fn site_texts_live_in_the_texts_modules() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    assert!(src.join("texts.rs").is_file() && src.join("texts").is_dir(), "the texts modules moved: update TEXTS_MODULES");
    let found = inline_texts(&src);
    assert!(
        found.is_empty(),
        "inline texts: make each a named Text in a texts module (src/texts.rs, src/texts/*.rs) and read it with .get(lang):\n{}",
        found.join("\n")
    );
}

#[test]
fn site_texts_are_declared_in_the_texts_modules() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = texts_declared_elsewhere(&src);
    assert!(
        found.is_empty(),
        "texts declared outside the texts modules: move each Text {{ nl, en }} to a texts module (src/texts.rs, src/texts/*.rs), with a doc comment saying where it is shown:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_finds_text_literals_and_only_those() {
    let code = blanked(concat!(
        "const A: Text = Text { nl: \"Ja\", en: \"Yes\" };\n",
        "// const B: Text = Text { nl: \"in a comment\", en: \"is fine\" };\n",
        "fn c(part: Part) -> Text {\n",
        "    match part { Part::D => texts::D, Part::E => eenheid::i18n::Text{\n nl: \"x\", en: \"y\" } }\n",
        "}\n",
        "let f = \"Text { nl: in a string }\";\n",
        "impl From<X> for Text { }\n",
        "let g = RichText { html: String::new() }; let h: Vec<Text> = vec![];\n",
        "use eenheid::i18n::Text as T;\n",
        "fn i() -> eenheid::i18n::Text { texts::I }\n",
    ));
    // Line 4 spans two lines, so the `use` is line 10.
    assert_eq!(text_literals(&code), vec![1, 4, 10]);
}

#[test]
fn the_scan_finds_inline_texts_and_only_those() {
    let code = blanked(concat!(
        "let a = lang.pick(\"Ja\", \"Yes\");\n",
        "// lang.pick(\"in a comment\", \"is fine\")\n",
        "let b = lang.pick(entry.title, entry.title_en);\n",
        "let c = \"lang.pick(\\\"in a string\\\", \\\"is fine\\\")\";\n",
        "let d = lang.pick(\n    NAME,\n    r#\"raw \"text\"\"#,\n);\n",
        "let e = lang.pick(f('\"'), g(x));\n",
        "/* lang.pick(\"in a block comment\", \"x\") */ let f = TEXT.get(lang);\n",
    ));
    assert_eq!(picks_with_literals(&code), vec![1, 5]);
    assert_eq!(char_literal("'a, b"), None);
    assert_eq!(char_literal("'\\''"), Some(4));
}
