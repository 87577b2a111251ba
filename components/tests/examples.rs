//! HTML snapshots of every example in the registry: a change in what a component renders shows up
//! as a snapshot diff that someone has to read and accept.

mod pretty;

use eenheid::catalogue::registry;

#[test]
fn every_example_matches_its_snapshot() {
    for entry in registry() {
        for example in entry.examples {
            let html = eenheid::render::render_html(example.render);
            let name = format!("{}__{}", entry.slug, example.name);
            // The stylesheet's content hash changes with every CSS edit; the CSS has its own snapshot.
            insta::with_settings!({
                description => example.description,
                omit_expression => true,
                filters => vec![(r"eenheid-[0-9a-f]{16}\.css", "eenheid-[hash].css")],
            }, {
                insta::assert_snapshot!(name, pretty::indent(&html));
            });
        }
    }
}
