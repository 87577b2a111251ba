//! The file upload: the browser's own file picker, with label, hint and error. The native control
//! works with every keyboard, screen reader and phone (camera, files), without JavaScript.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::form::field::Field;
use crate::style::component_sheet::ComponentSheet;

/// A labelled `<input type="file">` with optional hint and error.
///
/// Put it in a `<form method="post" enctype="multipart/form-data">`. A browser never lets a page
/// fill in a file, so after a server error the user picks the file again: say so in the error
/// ("Kies het bestand opnieuw"). Say in the hint which files fit (type and size): `accept` only
/// filters the picker, the server must check too.
///
/// ```
/// use eenheid::form::file_upload::FileUpload;
/// use leptos::prelude::*;
/// let html = view! { <FileUpload id="bewijs" label="Upload een bewijs" accept=".pdf,.jpg,.png" multiple=true /> }.to_html();
/// assert!(html.contains(r#"id="bewijs" name="bewijs" type="file" accept=".pdf,.jpg,.png" multiple"#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Als mensen een document moeten sturen dat u echt nodig hebt, zoals een bewijsstuk.
/// - Zeg welke bestanden en hoe groot ze mogen zijn.
///
/// # Wanneer niet gebruiken
///
/// - Niet als u de gegevens ook op een andere manier kunt krijgen.
///
/// # Toegankelijkheid
///
/// Het is de bestandskiezer van de browser met een label, hint en foutmelding. Die werkt met
/// toetsenbord en schermlezer. Zeg in de foutmelding wat er mis is, zoals "Het bestand is groter
/// dan 10 MB".
///
/// # When to use
///
/// - When people must send a document you really need, such as proof.
/// - Say which files and what size are allowed.
///
/// # When not to use
///
/// - Not when you can get the information another way.
///
/// # Accessibility
///
/// It is the browser's own file picker with a label, hint and error message. It works with keyboard
/// and screen reader. Say in the error what is wrong, such as "The file is larger than 10 MB".
#[component]
pub fn FileUpload(
    /// The input's id (and default name).
    #[prop(into)]
    id: String,
    /// The field name (defaults to `id`).
    #[prop(optional, into)]
    name: MaybeProp<String>,
    /// The question ("Upload een kopie van uw huurcontract").
    #[prop(into)]
    label: String,
    /// Show the label as the page heading.
    #[prop(optional)]
    label_is_page_heading: bool,
    /// Extra help: which files fit, how large ("Een PDF of foto, niet groter dan 10 MB").
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    /// What is wrong and how to fix it.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// The file types the picker offers: extensions and/or MIME types, comma-separated
    /// (".pdf,.jpg,image/png").
    #[prop(optional, into)]
    accept: MaybeProp<String>,
    /// Allow picking several files at once.
    #[prop(optional)]
    multiple: bool,
) -> impl IntoView {
    let field = Field::new(&id, label).page_heading(label_is_page_heading).hint(hint.get_untracked()).error(error.get_untracked());
    let name = name.get_untracked().unwrap_or_else(|| id.clone());
    let class = if field.has_error() { "eh-file-upload__input eh-file-upload__input--error" } else { "eh-file-upload__input" };
    let input = view! {
        <input
            class=class
            id=id
            name=name
            type="file"
            accept=accept.get_untracked()
            multiple=multiple
            aria-describedby=field.described_by()
            aria-invalid=field.invalid()
        />
    };
    field.render("eh-file-upload", input)
}

/// [`sheet`] under its class `eh-file-upload`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-file-upload", sheet };

/// The file upload's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        .eh-file-upload__input {
            display: block;
            max-width: 100%;
            min-height: var(--eh-size-touch-target);
            padding: var(--eh-space-1);
            font: inherit;
            color: var(--eh-color-text);
            border: var(--eh-border-width-m) solid transparent;
        }
        .eh-file-upload__input::file-selector-button {
            min-height: var(--eh-size-touch-target);
            margin-right: var(--eh-space-3);
            padding: var(--eh-space-1) var(--eh-space-3);
            font: inherit;
            color: var(--eh-color-text);
            background-color: var(--eh-color-background);
            border: var(--eh-border-width-m) solid var(--eh-color-border);
            border-radius: var(--eh-radius-s);
            cursor: pointer;
        }
        .eh-file-upload__input:focus {
            outline: var(--eh-focus-width) solid var(--eh-color-focus);
            outline-offset: 0;
            box-shadow: inset 0 0 0 var(--eh-focus-inset) var(--eh-color-focus-text);
        }
        .eh-file-upload__input--error {
            border-color: var(--eh-color-error);
        }
        "#
    )
}

/// The file upload's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Standaard",
        description: "Eén bestand kiezen, met in de hint welke bestanden passen.",
        view: view! {
            <FileUpload id="huurcontract" label="Upload een kopie van uw huurcontract"
                hint="Een PDF of een foto, niet groter dan 10 MB." accept=".pdf,.jpg,.jpeg,.png" />
        }
    },
    crate::example! {
        name: "meerdere-bestanden",
        title: "Meerdere bestanden",
        description: "Meerdere bestanden tegelijk kiezen.",
        view: view! {
            <FileUpload id="bewijsstukken" label="Upload uw bewijsstukken" multiple=true
                hint="U kunt meerdere bestanden tegelijk kiezen. Een PDF of een foto, elk niet groter dan 10 MB."
                accept=".pdf,.jpg,.jpeg,.png" />
        }
    },
    crate::example! {
        name: "met-fout",
        title: "Met foutmelding",
        description: "Het bestand was te groot. Een browser vult nooit zelf een bestand in: de foutmelding vraagt om opnieuw te kiezen.",
        view: view! {
            <FileUpload id="huurcontract" label="Upload een kopie van uw huurcontract"
                hint="Een PDF of een foto, niet groter dan 10 MB." accept=".pdf,.jpg,.jpeg,.png"
                error="Het bestand is groter dan 10 MB. Kies een kleiner bestand" />
        }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "file-upload",
    title: "Bestand uploaden",
    title_en: "File upload",
    family: crate::examples::Family::Form,
    summary: "Eén of meer bestanden kiezen met de bestandskiezer van de browser.",
    summary_en: "Choose one or more files with the browser's file picker.",
    components: &["FileUpload"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
