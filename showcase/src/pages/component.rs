//! A component's page — what it is for, when to use it and when not, every example live with its
//! code, the props table and the accessibility note — and one example on its own page.

use eenheid::examples::{ComponentEntry, Example, ExampleLayout};
use crate::routes::example_path as path;
use eenheid::i18n::Lang;
use leptos::config::LeptosOptions;
use leptos::prelude::*;

use super::{ShowcasePage, Visit, component_path};
use crate::component_docs::{self, ComponentDoc, TypeKind};
use crate::inline_example::InlineExample;
use crate::{markdown, texts};

/// A component's page.
pub fn component(options: LeptosOptions, visit: &Visit, entry: &'static ComponentEntry) -> impl IntoView + use<> {
    let lang = visit.lang;
    let guidance = component_docs::guidance(entry, lang);
    let docs = component_docs::for_entry(entry);
    // Examples are Dutch content: on an English page they say so, and carry `lang="nl"`.
    let examples_note = (lang == Lang::En).then(|| view! { <p>{texts::EXAMPLES_IN_DUTCH.get(lang)}</p> });
    view! {
        <ShowcasePage options=options title=lang.pick(entry.title, entry.title_en) lang=lang switch_path=Some(visit.path.clone())>
            <p class="showcase-meta">{lang.pick(entry.family.title(), entry.family.title_en())}</p>
            <h1>{lang.pick(entry.title, entry.title_en)}</h1>
            <p class="showcase-lead">{lang.pick(entry.summary, entry.summary_en)}</p>
            {guidance.map(|guidance| view! {
                <h2 id="wanneer-gebruiken">{texts::USE_WHEN.get(lang)}</h2>
                {markdown::render(guidance.use_when)}
                <h2 id="wanneer-niet-gebruiken">{texts::AVOID_WHEN.get(lang)}</h2>
                {markdown::render(guidance.avoid_when)}
            })}
            <h2 id="voorbeelden">{texts::EXAMPLES.get(lang)}</h2>
            {examples_note}
            {entry.examples.iter().map(|example| view! { <ExampleBlock entry=entry example=example lang=lang /> }).collect_view()}
            <h2 id="props">{texts::PROPS.get(lang)}</h2>
            <p>{texts::PROPS_SOURCE.get(lang)}</p>
            {docs.into_iter().map(|doc| view! { <PropsTable doc=doc lang=lang /> }).collect_view()}
            {guidance.map(|guidance| view! {
                <h2 id="toegankelijkheid">{texts::ACCESSIBILITY.get(lang)}</h2>
                {markdown::render(guidance.accessibility)}
            })}
            {crate::conformance::section(lang, entry.slug)}
        </ShowcasePage>
    }
}

/// One example on the component page: title, description, the live example in a marked frame,
/// the link to its own page, and its code.
#[component]
fn ExampleBlock(entry: &'static ComponentEntry, example: &'static Example, lang: Lang) -> impl IntoView {
    let prefix = format!("vb-{}-", example.name);
    let heading_id = format!("{prefix}titel");
    let live = match example.layout {
        ExampleLayout::Fragment => view! { <InlineExample example=example prefix=prefix.clone() /> }.into_any(),
        ExampleLayout::FullPage => view! { <p>{texts::FULL_PAGE_EXAMPLE.get(lang)}</p> }.into_any(),
    };
    let labelled_by = heading_id.clone();
    view! {
        <section class="showcase-example-block" aria-labelledby=labelled_by>
            <h3 id=heading_id>{example.title}</h3>
            <p>{example.description}</p>
            <div class="showcase-frame" data-example=format!("{}/{}", entry.slug, example.name)>
                <p class="showcase-frame__label">{texts::EXAMPLE_FRAME.get(lang)}</p>
                <div class="showcase-example" lang="nl">{live}</div>
            </div>
            <p>
                <a href=path(entry.slug, example.name)>
                    {texts::OPEN_EXAMPLE.get(lang)}
                    <span class="eh-visually-hidden">{format!(": {}", example.title)}</span>
                </a>
            </p>
            <Code example=example label=format!("{}: {}", texts::CODE.get(lang), example.title) />
            <details class="showcase-html">
                <summary class="showcase-html__summary">{texts::SHOW_HTML.get(lang)}</summary>
                <HtmlCode example=example label=format!("{}: {}", texts::HTML.get(lang), example.title) />
            </details>
        </section>
    }
}

/// The example's Leptos code, as declared in the registry (the same tokens that render it).
#[component]
fn Code(example: &'static Example, #[prop(into)] label: String) -> impl IntoView {
    // A scrollable region must be reachable by keyboard (WCAG 2.1.1), hence the tabindex; the
    // label names the region for screen readers.
    view! {
        <pre class="showcase-code" tabindex="0" role="region" aria-label=label>
            <code>{example.code}</code>
        </pre>
    }
}

/// The example's HTML as another stack would write it (the same text as its `fixtures.json`).
#[component]
fn HtmlCode(example: &'static Example, #[prop(into)] label: String) -> impl IntoView {
    // Focusable and named like the Leptos code: a scroll region a keyboard can reach.
    view! {
        <pre class="showcase-code" tabindex="0" role="region" aria-label=label>
            <code>{crate::example_html::render(example)}</code>
        </pre>
    }
}

/// The props of one component, generated from its doc comments.
#[component]
fn PropsTable(doc: &'static ComponentDoc, lang: Lang) -> impl IntoView {
    let caption_id = format!("props-{}", doc.name.to_lowercase());
    // Doc comments are in English: mark them so a Dutch screen reader switches voice.
    let doc_lang = (lang != Lang::En).then_some("en");
    let labelled_by = caption_id.clone();
    let body = if doc.props.is_empty() {
        view! { <p>{texts::NO_PROPS.get(lang)}</p> }.into_any()
    } else {
        view! {
            <div class="showcase-table-wrap" role="region" aria-labelledby=labelled_by tabindex="0">
                <table class="showcase-props">
                    <caption id=caption_id>{texts::props_caption(lang, doc.name)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{texts::PROP_NAME.get(lang)}</th>
                            <th scope="col">{texts::PROP_TYPE.get(lang)}</th>
                            <th scope="col">{texts::PROP_REQUIRED.get(lang)}</th>
                            <th scope="col">{texts::PROP_DEFAULT.get(lang)}</th>
                            <th scope="col">{texts::PROP_DESCRIPTION.get(lang)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {doc.props.iter().map(|prop| view! {
                            <tr>
                                <th scope="row"><code>{prop.name}</code></th>
                                <td>
                                    <code>{prop.ty}</code>
                                    {prop.into.then(|| view! { <span class="showcase-props__note">" "{texts::INTO.get(lang)}</span> })}
                                </td>
                                <td>{if prop.optional { texts::NO.get(lang) } else { texts::YES.get(lang) }}</td>
                                <td>{prop.default.map(|default| view! { <code>{default}</code> })}</td>
                                <td lang=doc_lang>{markdown::render_inline(prop.doc)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <h3 class="showcase-props__heading"><code>{format!("<{}>", doc.name)}</code></h3>
        {(!doc.description.is_empty()).then(|| view! { <div lang=doc_lang>{markdown::render(doc.description)}</div> })}
        {body}
        <PropTypes doc=doc lang=lang />
    }
}

/// The crate's own types the props take (`Vec<ChoiceItem>`, `InputWidth`): their fields or
/// variants and their constructors, each behind a disclosure so the page stays short.
#[component]
fn PropTypes(doc: &'static ComponentDoc, lang: Lang) -> impl IntoView {
    let types = component_docs::types_for(doc);
    let doc_lang = (lang != Lang::En).then_some("en");
    (!types.is_empty()).then(|| {
        view! {
            <h4>{texts::PROP_TYPES.get(lang)}</h4>
            {types
                .into_iter()
                .map(|t| {
                    let kind = match t.kind {
                        TypeKind::Struct => "struct",
                        TypeKind::Enum => "enum",
                    };
                    view! {
                        <details class="showcase-type">
                            <summary class="showcase-type__summary"><code>{format!("{kind} {}", t.name)}</code></summary>
                            <div class="showcase-type__body" lang=doc_lang>
                                {markdown::render(t.doc)}
                                <ul class="showcase-members">
                                    {t.members.iter().map(|(name, ty, member_doc)| view! {
                                        <li>
                                            <code>{if t.kind == TypeKind::Enum { format!("{name}{ty}") } else { format!("{name}: {ty}") }}</code>
                                            {(!member_doc.is_empty()).then(|| view! { " \u{2014} " {markdown::render_inline(member_doc)} })}
                                        </li>
                                    }).collect_view()}
                                    {t.methods.iter().map(|(signature, method_doc)| view! {
                                        <li>
                                            <code>{*signature}</code>
                                            {(!method_doc.is_empty()).then(|| view! { " \u{2014} " {markdown::render_inline(method_doc)} })}
                                        </li>
                                    }).collect_view()}
                                </ul>
                            </div>
                        </details>
                    }
                })
                .collect_view()}
        }
    })
}

/// One example on its own page (the page the audit opens). Full-page examples are served as they
/// are, fragments inside a showcase page.
pub fn example(options: LeptosOptions, visit: &Visit, entry: &'static ComponentEntry, example: &'static Example) -> AnyView {
    if example.layout == ExampleLayout::FullPage {
        return (example.render)();
    }
    let lang = visit.lang;
    view! {
        <ShowcasePage
            options=options
            title=format!("{}: {}", lang.pick(entry.title, entry.title_en), example.title)
            lang=lang
            switch_path=Some(visit.path.clone())
        >
            <p class="showcase-meta">
                <a href=component_path(entry.slug)>{lang.pick(entry.title, entry.title_en)}</a>
            </p>
            <h1>{example.title}</h1>
            <p>{example.description}</p>
            // Rendered inside its Dutch owner (which must outlive the render, hence to HTML here).
            <div
                class="showcase-example"
                lang="nl"
                data-example=format!("{}/{}", entry.slug, example.name)
                inner_html=crate::inline_example::in_dutch(|| (example.render)().to_html())
            ></div>
            <h2>{texts::CODE.get(lang)}</h2>
            <Code example=example label=format!("{}: {}", texts::CODE.get(lang), example.title) />
            <h2>{texts::HTML.get(lang)}</h2>
            <p>{texts::HTML_INTRO.get(lang)}</p>
            <HtmlCode example=example label=format!("{}: {}", texts::HTML.get(lang), example.title) />
        </ShowcasePage>
    }
    .into_any()
}
