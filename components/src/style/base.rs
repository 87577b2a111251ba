//! The base sheet: page-wide typography, links, focus style and the few layout helpers every
//! component relies on. Scoped under `.eh-template` (the class of `<html>` in the page template),
//! so Eenheid never restyles a page that does not opt in.

use eenheid_tokens::constants::BREAKPOINT_TABLET;
use stylist::ast::{Sheet, sheet};

/// The base sheet (see the module docs).
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        font-family: var(--eh-font-family-base);
        line-height: var(--eh-line-height-body);
        color: var(--eh-color-text);
        background-color: var(--eh-color-background);
        /* Dutch compounds are long ("Werknemersverzekeringen"): break them rather than scroll
           sideways at 320 CSS px (WCAG 1.4.10). */
        overflow-wrap: break-word;
        -webkit-text-size-adjust: 100%;
        text-size-adjust: 100%;

        *, *::before, *::after {
            box-sizing: border-box;
        }
        /* The browser's own `monospace` would win over inheritance: codes and reference
           numbers use the token stack. */
        code, kbd, samp, pre {
            font-family: var(--eh-font-family-mono);
        }
        /* Body text size on body, not on the root: `rem` keeps meaning the reader's own default
           size (16 px unless they changed it), so every rem token is what tokens.json says. */
        body {
            font-size: var(--eh-font-size-m);
            margin: 0;
            min-height: 100vh;
            display: flex;
            flex-direction: column;
        }
        [hidden] {
            display: none !important;
        }
        h1, h2, h3 {
            line-height: var(--eh-line-height-heading);
            font-weight: var(--eh-font-weight-bold);
            margin-top: 0;
            margin-bottom: var(--eh-space-5);
        }
        h1 {
            font-size: var(--eh-font-size-xl);
        }
        h2 {
            font-size: var(--eh-font-size-l);
        }
        h3 {
            font-size: var(--eh-font-size-m);
        }
        p, ul, ol {
            margin-top: 0;
            margin-bottom: var(--eh-space-5);
            max-width: var(--eh-size-text-max);
        }
        a {
            color: var(--eh-color-link);
            text-decoration: underline;
            text-decoration-thickness: max(var(--eh-border-width-s), .0625rem);
            text-underline-offset: .1578em;
        }
        a:visited {
            color: var(--eh-color-link-visited);
        }
        a:hover {
            color: var(--eh-color-link-hover);
            text-decoration-thickness: max(.1875rem, .12em);
        }
        /* The focus style of the Dutch government: yellow with a thick black underline. The
           transparent outline shows up in forced-colours mode, where backgrounds are dropped. */
        a:focus-visible {
            outline: var(--eh-focus-width) solid transparent;
            color: var(--eh-color-focus-text);
            background-color: var(--eh-color-focus);
            box-shadow: 0 calc(-1 * var(--eh-border-width-m)) var(--eh-color-focus), 0 var(--eh-border-width-l) var(--eh-color-focus-text);
            text-decoration: none;
        }
        /* Forced colours drop the yellow and the bar below it; what is left is the ring, which
           can fall on a border drawn in the same system colour (a header band, the current item
           of a navigation), so too little of it changes. A thick underline on every focused link
           makes up for it, whatever a component's own link style says: hence `!important`. */
        @media (forced-colors: active) {
            a:focus-visible {
                text-decoration: underline !important;
                text-decoration-thickness: var(--eh-border-width-l) !important;
            }
        }
        .eh-width-container {
            width: 100%;
            max-width: calc(var(--eh-size-page-max) + 2 * var(--eh-space-6));
            margin-left: auto;
            margin-right: auto;
            padding-left: var(--eh-space-4);
            padding-right: var(--eh-space-4);
        }
        @media (min-width: ${tablet}) {
            .eh-width-container {
                padding-left: var(--eh-space-6);
                padding-right: var(--eh-space-6);
            }
        }
        .eh-main {
            display: block;
            padding-top: var(--eh-space-6);
            padding-bottom: var(--eh-space-8);
            flex: 1 0 auto;
        }
        .eh-main:focus {
            outline: none;
        }
        .eh-visually-hidden {
            position: absolute !important;
            width: var(--eh-border-width-s) !important;
            height: var(--eh-border-width-s) !important;
            margin: 0 !important;
            padding: 0 !important;
            overflow: hidden !important;
            clip: rect(0 0 0 0) !important;
            clip-path: inset(50%) !important;
            border: 0 !important;
            white-space: nowrap !important;
        }
        "#,
        tablet = BREAKPOINT_TABLET
    )
}
