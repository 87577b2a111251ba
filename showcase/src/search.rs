//! Finding components by a word: in the title, the summary and the slug, in Dutch and in English,
//! ignoring case and accents ("een" finds "één"). Runs on the server for `/?zoek=…`, so it works
//! without JavaScript.

use eenheid::catalogue::registry;
use eenheid::examples::ComponentEntry;

/// The longest query that is read; the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 100;

/// The query as typed, trimmed and cut to [`MAX_QUERY_CHARS`]; `None` when empty.
pub fn clean_query(raw: Option<&str>) -> Option<String> {
    let query: String = raw?.trim().chars().filter(|c| !c.is_control()).take(MAX_QUERY_CHARS).collect();
    let query = query.trim().to_owned();
    (!query.is_empty()).then_some(query)
}

/// Lower case, without accents, so "Één" and "een" are the same word.
pub fn normalise(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            other => other,
        })
        .collect()
}

/// Every word of `query` appears in the entry's titles, summaries, slug or family names.
pub fn matches(entry: &ComponentEntry, query: &str) -> bool {
    let haystack = normalise(&format!(
        "{} {} {} {} {} {} {} {}",
        entry.title,
        entry.title_en,
        entry.summary,
        entry.summary_en,
        entry.slug,
        entry.slug.replace('-', " "),
        entry.family.title(),
        entry.family.title_en()
    ));
    normalise(query).split_whitespace().all(|word| haystack.contains(word))
}

/// The registry entries that match `query`, in showcase order.
pub fn search(query: &str) -> Vec<&'static ComponentEntry> {
    registry().iter().filter(|entry| matches(entry, query)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_in_both_languages_and_ignores_case_and_accents() {
        let slugs = |q: &str| search(q).iter().map(|e| e.slug).collect::<Vec<_>>();
        assert!(slugs("datum").contains(&"date-input"));
        assert!(slugs("DATE").contains(&"date-input"));
        assert!(slugs("date-input").contains(&"date-input"));
        assert!(slugs("stap").contains(&"step-indicator"));
        assert!(slugs("een").len() >= slugs("één").len());
        assert!(slugs("zzzqqq").is_empty());
    }

    #[test]
    fn queries_are_trimmed_and_bounded() {
        assert_eq!(clean_query(Some("  knop ")), Some("knop".to_owned()));
        assert_eq!(clean_query(Some("   ")), None);
        assert_eq!(clean_query(None), None);
        assert_eq!(clean_query(Some(&"a".repeat(500))).map(|q| q.chars().count()), Some(MAX_QUERY_CHARS));
    }
}
