//! The showcase's texts have one style: a named [`Text`](eenheid::i18n::Text) (or a small function
//! where a text needs values) in a texts module (`src/texts.rs`, `src/texts/*.rs`), read with
//! `.get(lang)`. An inline `lang.pick("Dutch", "English")` anywhere else fails here, named by file
//! and line.

use std::path::{Path, PathBuf};

/// The texts modules: the only places where a `.pick(` may hold a string literal.
const TEXTS_MODULES: [&str; 2] = ["texts.rs", "texts/"];

/// `.pick(` calls elsewhere that choose between values that are not prose, so they may stay
/// inline: (file under `src/`, what the call picks). Keep this list short.
const NOT_TEXT: [(&str, &str); 0] = [];

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

/// Every `.pick(` with a string literal outside the texts modules and [`NOT_TEXT`], as
/// `file:line`.
fn inline_texts(src: &Path) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    let mut found = Vec::new();
    for file in files {
        let relative = file.strip_prefix(src).unwrap().to_string_lossy().replace('\\', "/");
        if TEXTS_MODULES.iter().any(|texts| relative == *texts || (texts.ends_with('/') && relative.starts_with(texts))) {
            continue;
        }
        if NOT_TEXT.iter().any(|(allowed, _)| relative == *allowed) {
            continue;
        }
        let code = blanked(&std::fs::read_to_string(&file).unwrap());
        found.extend(picks_with_literals(&code).into_iter().map(|line| format!("src/{relative}:{line}")));
    }
    found
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
