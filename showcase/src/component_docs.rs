//! The components' own documentation, read from their doc comments by `showcase/build.rs`: the
//! description, the guidance headings and every prop. One source for rustdoc, an editor's hover
//! and the showcase, so the props table and the guidance cannot drift from the code.

use eenheid::examples::ComponentEntry;
use eenheid::i18n::Lang;

/// One `#[component]` or `#[island]` of the component crate.
#[derive(Debug)]
pub struct ComponentDoc {
    /// The function name (`TextInput`).
    pub name: &'static str,
    /// Its module in the component crate (`form::text_input`).
    pub module: &'static str,
    /// An `#[island]` (hydrated in the browser) rather than a server-only `#[component]`.
    pub island: bool,
    /// `pub`: part of the crate's API (private islands only enhance a public component).
    pub public: bool,
    /// The doc comment before its first heading, without the doctests.
    pub description: &'static str,
    /// Each `# Heading` of the doc comment with the text under it.
    pub sections: &'static [(&'static str, &'static str)],
    /// Its props, in declaration order.
    pub props: &'static [PropDoc],
}

/// One prop of a component.
#[derive(Debug)]
pub struct PropDoc {
    /// The prop's name, as written in `view!`.
    pub name: &'static str,
    /// Its Rust type, as declared.
    pub ty: &'static str,
    /// Its doc comment.
    pub doc: &'static str,
    /// May be left out (`#[prop(optional)]`, `optional_no_strip` or `default = …`).
    pub optional: bool,
    /// `#[prop(into)]`: accepts anything that converts into the type (`&str` for `String`).
    pub into: bool,
    /// The value when left out, as Rust (`None`, `false`, `InputWidth::Full`).
    pub default: Option<&'static str>,
}

/// A public struct or enum of the component crate, for the types that props take.
#[derive(Debug)]
pub struct TypeDoc {
    /// Its name (`ChoiceItem`).
    pub name: &'static str,
    /// Its module in the component crate.
    pub module: &'static str,
    /// Struct or enum.
    pub kind: TypeKind,
    /// Its doc comment, without doctests.
    pub doc: &'static str,
    /// Public fields (name, type, doc) or variants (name, fields if any, doc).
    pub members: &'static [(&'static str, &'static str, &'static str)],
    /// Public methods: (signature, first paragraph of the doc).
    pub methods: &'static [(&'static str, &'static str)],
}

/// What kind of type a [`TypeDoc`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    /// A struct: its members are fields.
    Struct,
    /// An enum: its members are variants.
    Enum,
}

include!(concat!(env!("OUT_DIR"), "/component_docs.rs"));

/// The crate's own types that `doc`'s props use (`Vec<ChoiceItem>` → `ChoiceItem`, and the
/// `Choice` inside it), each once, in the order met; a name defined in several modules resolves
/// to the component's own module first.
pub fn types_for(doc: &ComponentDoc) -> Vec<&'static TypeDoc> {
    let mut found: Vec<&'static TypeDoc> = Vec::new();
    let mut pending: Vec<&'static str> = doc.props.iter().map(|prop| prop.ty).collect();
    pending.reverse();
    while let Some(ty) = pending.pop() {
        for word in ty.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
            let candidates: Vec<_> = TYPES.iter().filter(|t| t.name == word).collect();
            let pick = candidates.iter().find(|t| t.module == doc.module).or(candidates.first()).copied();
            if let Some(t) = pick
                && !found.iter().any(|f| std::ptr::eq(*f, t))
            {
                found.push(t);
                // The types inside it (fields, variant payloads) come after it.
                pending.extend(t.members.iter().rev().map(|(_, member_ty, _)| *member_ty));
            }
        }
    }
    found
}

/// The documentation of the component named `name`.
pub fn find(name: &str) -> Option<&'static ComponentDoc> {
    COMPONENTS.iter().find(|doc| doc.name == name)
}

/// The documented components of a registry entry, the main one first (names that are not
/// found are left out; a test makes sure there are none).
pub fn for_entry(entry: &ComponentEntry) -> Vec<&'static ComponentDoc> {
    entry.components.iter().filter_map(|name| find(name)).collect()
}

impl ComponentDoc {
    /// The text under `# heading`, if the doc comment has that heading.
    pub fn section(&self, heading: &str) -> Option<&'static str> {
        self.sections.iter().find(|(h, _)| *h == heading).map(|(_, body)| *body).filter(|body| !body.is_empty())
    }
}

/// When to use a component, when not, and what it does for accessibility, in one language.
#[derive(Clone, Copy, Debug)]
pub struct Guidance {
    /// "Wanneer gebruiken" / "When to use".
    pub use_when: &'static str,
    /// "Wanneer niet gebruiken" / "When not to use".
    pub avoid_when: &'static str,
    /// "Toegankelijkheid" / "Accessibility": what the component does, and what the author must do.
    pub accessibility: &'static str,
}

/// The doc-comment headings that hold the guidance, per language.
pub fn guidance_headings(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::Nl => ["Wanneer gebruiken", "Wanneer niet gebruiken", "Toegankelijkheid"],
        Lang::En => ["When to use", "When not to use", "Accessibility"],
    }
}

/// The guidance of a registry entry in `lang`, from its main component's doc comment; `None` if
/// any of the three parts is missing.
pub fn guidance(entry: &ComponentEntry, lang: Lang) -> Option<Guidance> {
    let main = find(entry.components.first()?)?;
    let [use_when, avoid_when, accessibility] = guidance_headings(lang);
    Some(Guidance {
        use_when: main.section(use_when)?,
        avoid_when: main.section(avoid_when)?,
        accessibility: main.section(accessibility)?,
    })
}
