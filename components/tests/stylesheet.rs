//! The generated stylesheet, whole: stylist's `ast` module is unstable, so any change in how it
//! renders (or in any component sheet) must show up as a reviewed diff.

#[test]
fn stylesheet_matches_its_snapshot() {
    insta::assert_snapshot!("stylesheet", eenheid::style::stylesheet());
}
