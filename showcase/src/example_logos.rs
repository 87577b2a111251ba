//! The logos of the showcase's two fictional agencies (Gemeente Voorbeeldstad, Waterschap De
//! Dijken), served from `/static` so the page template's logo examples load them under the
//! showcase's own Content-Security-Policy (`img-src 'self'`). Their colours are the agencies' own
//! image, which the design allows; the header around them keeps the Eenheid colours.

/// The files, by the name they are served under.
const LOGOS: &[(&str, &str)] = &[
    ("logo-gemeente-voorbeeldstad.svg", include_str!("example_logos/gemeente-voorbeeldstad.svg")),
    ("logo-waterschap-de-dijken.svg", include_str!("example_logos/waterschap-de-dijken.svg")),
];

/// The SVG served as `/static/<file>`, if `file` is one of the logos.
pub fn file(file: &str) -> Option<&'static str> {
    LOGOS.iter().find(|(name, _)| *name == file).map(|(_, svg)| *svg)
}

/// Every logo's file name.
pub fn names() -> impl Iterator<Item = &'static str> {
    LOGOS.iter().map(|(name, _)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An SVG served as an image cannot run script, but the files should not even try: no
    /// script, no event handler, nothing loaded from elsewhere.
    #[test]
    fn the_logos_are_plain_drawings() {
        for name in names() {
            let svg = file(name).unwrap_or_default().to_ascii_lowercase();
            assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""), "{name}");
            for forbidden in ["<script", "href", "url(", "<image", "<foreignobject", "@import"] {
                assert!(!svg.contains(forbidden), "{name} contains {forbidden:?}");
            }
            let handler = svg.split(|c: char| c.is_whitespace() || c == '<').find(|word| word.starts_with("on") && word.contains('='));
            assert_eq!(handler, None, "{name} has an event handler");
        }
    }
}
