//! One look: does a page look like Eenheid? Compares the computed colours, font families and focus
//! rings of a page with the Eenheid design tokens ([`eenheid_tokens::tokens`]).
//!
//! The browser side ([`COLLECT_JS`], one `Runtime.evaluate`) only *collects* computed values; all
//! judging happens here in Rust ([`judge_declarations`], [`judge_focus`]) so it is unit-tested.
//!
//! What is compared:
//! - `color` (where an element changes it from its parent: inherited values are reported once, on
//!   the element that sets them), `background-color` (when not fully transparent), each drawn
//!   border's colour (style not `none`/`hidden`, width > 0) and a drawn outline's colour, for every
//!   rendered element and its `::before`/`::after` boxes;
//! - `font-family` on the element that sets it, for every family that some text (or a form
//!   control) is rendered in: it must be one of the token font stacks (`font-family.base`,
//!   `font-family.mono`), compared name by name, case- and quote-insensitively;
//! - focus rings, from the keyboard walk (the focused style of every Tab stop): a drawn outline
//!   must be [`FOCUS_WIDTH_TOLERANCE_PX`]-close to `focus.width` and in a focus colour
//!   (`color.focus`, `color.focus-outline`, `color.focus-text`); colours a box-shadow gets on focus
//!   must be focus colours; and the focused style must show `color.focus` (the yellow) somewhere:
//!   in the outline, a box-shadow or the background. The browser's own ring (`outline-style: auto`)
//!   is never the Eenheid one;
//! - touch targets: every interactive control on screen (links, buttons, form fields, `summary`,
//!   and elements with a widget role) must be at least `size.touch-target` (44 × 44 CSS px) wide
//!   and high, within [`TOUCH_TARGET_TOLERANCE_PX`]. A form field counts together with its labels
//!   (a click on the label is a click on the field). Not judged: text links, in a sentence or a
//!   block of text such as a list of links (WCAG 2.5.5's inline exception, the criterion the
//!   44 px comes from: their size follows the line of text), that is links laid out inline or
//!   without a box of their own (no padding, border, background or minimum size); and controls
//!   that are hidden, visually hidden (1 px, clipped), off screen until focused (a skip link),
//!   disabled or inert. A link given a box to be a larger target (padding, a minimum size, a
//!   button look) is judged. axe's `target-size` covers the 24 px of WCAG 2.5.8; this is the
//!   design's own, larger, target.
//!
//! Accepted colours: every colour token value (including its `contrast-more` mode value), the
//! keywords `transparent`, `currentColor`, `inherit`, `initial`, `unset`, and any fully transparent
//! colour. **Tolerance**: a colour counts as a token colour when its sRGB channels are within a
//! Euclidean distance of [`COLOUR_TOLERANCE`] (3.0, about ±1.7 per channel) of the token. Computed
//! styles are exact (no anti-aliasing), so this only absorbs rounding: colours written as `hsl()`,
//! percentages, `color-mix()` or a wide-gamut space and converted to 8-bit sRGB. A translucent
//! colour (0 < alpha < 1, e.g. a shadow of `rgba(11, 37, 64, .3)`) is judged by its colour
//! channels: the hue must be a token's, how much shows through is a layering decision. Mixtures of
//! two token colours are *not* accepted: every grey lies between black and white.
//!
//! Not compared: SVG `fill`/`stroke`, `text-decoration-color`, images, `::placeholder` and
//! `::selection`, `:hover` states, and visited-link colours (the browser hides them from scripts).

use serde::{Deserialize, Serialize};

use eenheid_tokens::{Rgb, Rgba, TokenType, parse_colour_alpha};

/// Largest Euclidean sRGB distance at which a colour still counts as a token colour (see the
/// module documentation).
pub const COLOUR_TOLERANCE: f64 = 3.0;

/// How far (in CSS px) a focus outline's width may be from `focus.width`: sub-pixel rounding only.
pub const FOCUS_WIDTH_TOLERANCE_PX: f64 = 0.5;

/// How far (in CSS px) a control may fall short of `size.touch-target`: sub-pixel layout only.
pub const TOUCH_TARGET_TOLERANCE_PX: f64 = 0.5;

/// CSS px per `rem` for the token sizes: the browsers' default root font size, which the design's
/// px figures (`2.75rem` = 44 px) assume.
pub const PX_PER_REM: f64 = 16.0;

/// One colour of the palette.
#[derive(Debug, Clone, PartialEq)]
pub struct PaletteColour {
    /// The token's custom property, e.g. `--eh-color-grey-700`.
    pub css_var: String,
    /// Its value.
    pub rgb: Rgb,
}

/// What a page is compared against: colours, font stacks and the focus ring of a token set.
#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    /// Every colour token value (and mode value), first token of each value first.
    pub colours: Vec<PaletteColour>,
    /// `(token path, normalised family names)` for each `fontFamily` token.
    pub fonts: Vec<(String, Vec<String>)>,
    /// The token focus colour (`color.focus`).
    pub focus: Rgb,
    /// Colours a focus ring may use: `color.focus`, `color.focus-outline`, `color.focus-text`, in
    /// every mode.
    pub focus_colours: Vec<Rgb>,
    /// `focus.width` in CSS px.
    pub focus_width_px: f64,
    /// `size.touch-target` in CSS px (44).
    pub touch_target_px: f64,
}

impl Palette {
    /// The palette of the shipped Eenheid tokens.
    pub fn eenheid() -> Palette {
        Palette::from_tokens(eenheid_tokens::tokens())
    }

    /// The palette of any token set that has `color.focus`, `focus.width` and `size.touch-target`
    /// (others fall back to the Eenheid yellow, 3 px and 44 px).
    pub fn from_tokens(set: &eenheid_tokens::TokenSet) -> Palette {
        let mut colours: Vec<PaletteColour> = Vec::new();
        let mut fonts = Vec::new();
        for token in set.iter() {
            match token.kind {
                TokenType::Color => {
                    let values = std::iter::once(token.value.as_str()).chain(token.modes.iter().map(|(_, v)| v.as_str()));
                    for value in values {
                        if let Ok(rgba) = parse_colour_alpha(value)
                            && !colours.iter().any(|c| c.rgb == rgba.rgb)
                        {
                            colours.push(PaletteColour { css_var: token.css_var.clone(), rgb: rgba.rgb });
                        }
                    }
                }
                TokenType::FontFamily => fonts.push((token.path.clone(), font_stack(&token.value))),
                _ => {}
            }
        }
        let colour = |path: &str, fallback: Rgb| {
            set.get(path).and_then(|t| parse_colour_alpha(&t.value).ok()).map(|c| c.rgb).unwrap_or(fallback)
        };
        let focus = colour("color.focus", Rgb::new(0xff, 0xbf, 0x47));
        let mut focus_colours = vec![
            focus,
            colour("color.focus-outline", Rgb::new(0, 0, 0)),
            colour("color.focus-text", Rgb::new(0, 0, 0)),
        ];
        // A mode may change them (dark mode draws the outline in the focus yellow).
        for path in ["color.focus", "color.focus-outline", "color.focus-text"] {
            for (_, value) in set.get(path).map(|t| t.modes.as_slice()).unwrap_or_default() {
                if let Ok(rgba) = parse_colour_alpha(value)
                    && !focus_colours.contains(&rgba.rgb)
                {
                    focus_colours.push(rgba.rgb);
                }
            }
        }
        let focus_width_px = set.get("focus.width").and_then(|t| css_px(&t.value)).unwrap_or(3.0);
        let touch_target_px = set.get("size.touch-target").and_then(|t| css_length_px(&t.value)).unwrap_or(44.0);
        Palette { colours, fonts, focus, focus_colours, focus_width_px, touch_target_px }
    }

    /// The nearest palette colour and its distance.
    pub fn nearest(&self, rgb: Rgb) -> Option<(&PaletteColour, f64)> {
        self.colours
            .iter()
            .map(|c| (c, distance(c.rgb, rgb)))
            .min_by(|a, b| a.1.total_cmp(&b.1))
    }

    /// The token colour that looks nearest, for the report: "redmean" weighted distance, which
    /// follows the eye better than plain RGB distance (magenta is nearer red than grey).
    pub fn suggest(&self, rgb: Rgb) -> Option<&PaletteColour> {
        let redmean = |a: Rgb, b: Rgb| {
            let mean = (f64::from(a.r) + f64::from(b.r)) / 2.0;
            let d = |x: u8, y: u8| (f64::from(x) - f64::from(y)).powi(2);
            (2.0 + mean / 256.0) * d(a.r, b.r) + 4.0 * d(a.g, b.g) + (2.0 + (255.0 - mean) / 256.0) * d(a.b, b.b)
        };
        self.colours.iter().min_by(|a, b| redmean(a.rgb, rgb).total_cmp(&redmean(b.rgb, rgb)))
    }

}

/// Euclidean distance between two colours in 8-bit sRGB.
pub fn distance(a: Rgb, b: Rgb) -> f64 {
    let d = |x: u8, y: u8| (f64::from(x) - f64::from(y)).powi(2);
    (d(a.r, b.r) + d(a.g, b.g) + d(a.b, b.b)).sqrt()
}

/// A `12px` / `3.5px` length in px (only px: computed widths are always px).
fn css_px(text: &str) -> Option<f64> {
    text.trim().strip_suffix("px")?.trim().parse().ok()
}

/// A token length in CSS px: `44px`, or `2.75rem` at [`PX_PER_REM`].
fn css_length_px(text: &str) -> Option<f64> {
    let text = text.trim();
    match text.strip_suffix("rem") {
        Some(rem) => rem.trim().parse::<f64>().ok().map(|v| v * PX_PER_REM),
        None => css_px(text),
    }
}

/// A CSS font stack as lowercase names without quotes: `system-ui, "Segoe UI"` → `[system-ui, segoe ui]`.
pub fn font_stack(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(|name| name.trim().trim_matches(|c| c == '"' || c == '\'').split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase())
        .filter(|name| !name.is_empty())
        .collect()
}

/// The verdict on one colour value.
#[derive(Debug, Clone, PartialEq)]
pub enum ColourVerdict {
    /// A token colour, transparent, or a keyword.
    OnPalette,
    /// Not a token colour: the nearest one and how far it is.
    OffPalette {
        /// The nearest token colour, e.g. `--eh-color-grey-700 (#535353)`.
        nearest: String,
        /// Euclidean sRGB distance to it.
        distance: f64,
    },
    /// Not a colour this judge can read (reported, so nothing slips through silently).
    Unreadable,
}

/// Judges one computed colour (`rgb()`/`rgba()`/hex, or a keyword) against the palette.
pub fn judge_colour(palette: &Palette, value: &str) -> ColourVerdict {
    let lower = value.trim().to_ascii_lowercase();
    if matches!(lower.as_str(), "transparent" | "currentcolor" | "inherit" | "initial" | "unset" | "") {
        return ColourVerdict::OnPalette;
    }
    let Some(rgba) = parse_computed_colour(&lower) else { return ColourVerdict::Unreadable };
    if rgba.alpha == 0 {
        return ColourVerdict::OnPalette;
    }
    match palette.nearest(rgba.rgb) {
        Some((_, d)) if d <= COLOUR_TOLERANCE => ColourVerdict::OnPalette,
        Some((_, d)) => {
            let c = palette.suggest(rgba.rgb).unwrap_or(&palette.colours[0]);
            ColourVerdict::OffPalette { nearest: format!("{} ({})", c.css_var, c.rgb), distance: d }
        }
        None => ColourVerdict::OffPalette { nearest: "(no colour tokens)".into(), distance: f64::INFINITY },
    }
}

/// Parses what `getComputedStyle` returns for colours: `rgb(1, 2, 3)`, `rgba(1, 2, 3, 0.5)`,
/// also with fractional channels (`rgb(21.5, 66, 115)`), or hex.
pub fn parse_computed_colour(value: &str) -> Option<Rgba> {
    if let Ok(rgba) = parse_colour_alpha(value) {
        return Some(rgba);
    }
    // Fractional channels: round them and try again.
    let lower = value.trim().to_ascii_lowercase();
    let inner = lower.strip_prefix("rgba(").or_else(|| lower.strip_prefix("rgb("))?.strip_suffix(')')?;
    let parts: Vec<&str> = inner.split([',', '/', ' ']).map(str::trim).filter(|p| !p.is_empty()).collect();
    if parts.len() < 3 || parts.len() > 4 {
        return None;
    }
    let channel = |p: &str| p.parse::<f64>().ok().filter(|v| (0.0..=255.5).contains(v)).map(|v| v.round().min(255.0) as u8);
    let alpha = match parts.get(3) {
        Some(a) => match a.strip_suffix('%') {
            Some(pct) => pct.parse::<f64>().ok()? / 100.0,
            None => a.parse::<f64>().ok()?,
        },
        None => 1.0,
    };
    Some(Rgba { rgb: Rgb::new(channel(parts[0])?, channel(parts[1])?, channel(parts[2])?), alpha: (alpha.clamp(0.0, 1.0) * 255.0).round() as u8 })
}

/// The colours in a computed `box-shadow` (`rgb(0, 0, 0) 0px 4px 0px 0px, …`).
pub fn box_shadow_colours(value: &str) -> Vec<String> {
    let mut colours = Vec::new();
    let mut rest = value;
    while let Some(start) = rest.find("rgb") {
        let Some(end) = rest[start..].find(')') else { break };
        colours.push(rest[start..start + end + 1].to_owned());
        rest = &rest[start + end + 1..];
    }
    colours
}

/// One computed value the page collector reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Declaration {
    /// CSS selector of the element (with `::before`/`::after` for those boxes).
    pub selector: String,
    /// CSS property, e.g. `color`, `border-top-color`, `font-family`.
    pub property: String,
    /// The computed value as the browser gives it.
    pub value: String,
    /// For colours not in `rgb()` notation (`oklch()`, `color()`, …): the browser's 8-bit sRGB
    /// conversion, `rgba(r, g, b, a)`.
    #[serde(default)]
    pub srgb: Option<String>,
}

/// What kind of one-look problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OneLookRule {
    /// A colour that is not a token colour.
    Colour,
    /// A font family other than the token font stacks.
    Font,
    /// A focus ring that is not the token focus ring.
    FocusRing,
    /// An interactive control smaller than the token touch target.
    TouchTarget,
}

impl OneLookRule {
    /// The rule id used in reports and baselines.
    pub fn id(self) -> &'static str {
        match self {
            OneLookRule::Colour => "one-look-colour",
            OneLookRule::Font => "one-look-font",
            OneLookRule::FocusRing => "one-look-focus-ring",
            OneLookRule::TouchTarget => "one-look-touch-target",
        }
    }
}

/// One place where the page does not look like Eenheid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OneLookFinding {
    /// Which rule.
    pub rule: OneLookRule,
    /// CSS selector of the element.
    pub selector: String,
    /// The property, e.g. `background-color`.
    pub property: String,
    /// Its computed value.
    pub value: String,
    /// The nearest token, e.g. `--eh-color-grey-700 (#535353)`.
    pub nearest: String,
}

impl OneLookFinding {
    /// One line: `selector { property: value } — nearest token …`.
    pub fn message(&self) -> String {
        format!("{} {{ {}: {} }} — nearest token: {}", self.selector, self.property, self.value, self.nearest)
    }

    /// What is wrong, without the selector (a report gives that apart): `property: value —
    /// nearest token: …`, or for a touch target `touch target 30 × 24 CSS px, smaller than …`.
    pub fn summary(&self) -> String {
        match self.rule {
            OneLookRule::TouchTarget => format!("touch target {} CSS px, smaller than {}", self.value, self.nearest),
            _ => format!("{}: {} — nearest token: {}", self.property, self.value, self.nearest),
        }
    }
}

/// Judges collected declarations: colours against the palette, font families against the token
/// stacks.
pub fn judge_declarations(palette: &Palette, declarations: &[Declaration]) -> Vec<OneLookFinding> {
    let mut findings = Vec::new();
    for d in declarations {
        if d.property == "font-family" {
            let stack = font_stack(&d.value);
            if !palette.fonts.iter().any(|(_, token)| *token == stack) {
                let nearest = palette
                    .fonts
                    .iter()
                    // `rev`: on a tie the first token (the base stack) wins.
                    .rev()
                    .max_by_key(|(_, token)| token.iter().filter(|name| stack.contains(name)).count())
                    .map(|(path, token)| format!("{path} ({})", token.join(", ")))
                    .unwrap_or_else(|| "(no font tokens)".into());
                findings.push(OneLookFinding { rule: OneLookRule::Font, selector: d.selector.clone(), property: d.property.clone(), value: d.value.clone(), nearest });
            }
            continue;
        }
        let value = d.srgb.as_deref().unwrap_or(&d.value);
        match judge_colour(palette, value) {
            ColourVerdict::OnPalette => {}
            ColourVerdict::OffPalette { nearest, .. } => findings.push(OneLookFinding {
                rule: OneLookRule::Colour,
                selector: d.selector.clone(),
                property: d.property.clone(),
                value: d.value.clone(),
                nearest,
            }),
            ColourVerdict::Unreadable => findings.push(OneLookFinding {
                rule: OneLookRule::Colour,
                selector: d.selector.clone(),
                property: d.property.clone(),
                value: d.value.clone(),
                nearest: "(unreadable colour)".into(),
            }),
        }
    }
    findings
}

/// The look of an element, focused or not (computed values).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FocusLook {
    /// `outline-style`.
    pub outline_style: String,
    /// `outline-width`, e.g. `3px`.
    pub outline_width: String,
    /// `outline-color`.
    pub outline_color: String,
    /// `box-shadow` (`none` or a list).
    pub box_shadow: String,
    /// `background-color`.
    pub background_color: String,
}

/// One Tab stop as seen by the detailed keyboard walk: enough to judge the focus ring.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FocusRing {
    /// CSS selector of the focused element.
    pub selector: String,
    /// Its look while focused.
    pub focused: FocusLook,
    /// Its look after blur.
    pub unfocused: FocusLook,
}

/// Judges focus rings against the token focus colour and width (see the module documentation).
pub fn judge_focus(palette: &Palette, rings: &[FocusRing]) -> Vec<OneLookFinding> {
    let mut findings = Vec::new();
    let focus_name = format!("--eh-color-focus ({})", palette.focus);
    let is_focus_colour = |value: &str| {
        parse_computed_colour(value).is_some_and(|c| c.alpha == 0 || palette.focus_colours.iter().any(|f| distance(*f, c.rgb) <= COLOUR_TOLERANCE))
    };
    let is_yellow = |value: &str| parse_computed_colour(value).is_some_and(|c| c.alpha > 0 && distance(palette.focus, c.rgb) <= COLOUR_TOLERANCE);
    for ring in rings {
        let f = &ring.focused;
        let mut own: Vec<OneLookFinding> = Vec::new();
        let push = |own: &mut Vec<OneLookFinding>, property: &str, value: String, nearest: String| {
            own.push(OneLookFinding { rule: OneLookRule::FocusRing, selector: ring.selector.clone(), property: property.into(), value, nearest });
        };
        let width = css_px(&f.outline_width).unwrap_or(0.0);
        let outline_colour = parse_computed_colour(&f.outline_color);
        let outline_drawn = !matches!(f.outline_style.as_str(), "none" | "hidden" | "") && width > 0.0 && outline_colour.is_none_or(|c| c.alpha > 0);
        if outline_drawn {
            if f.outline_style == "auto" {
                push(&mut own, "outline", format!("{} {} {}", f.outline_style, f.outline_width, f.outline_color), format!("the browser's default ring; use {}px solid {focus_name}", palette.focus_width_px));
            } else {
                if (width - palette.focus_width_px).abs() > FOCUS_WIDTH_TOLERANCE_PX {
                    push(&mut own, "outline-width", f.outline_width.clone(), format!("--eh-focus-width ({}px)", palette.focus_width_px));
                }
                if !is_focus_colour(&f.outline_color) {
                    push(&mut own, "outline-color", f.outline_color.clone(), focus_name.clone());
                }
            }
        }
        let shadow_changed = f.box_shadow != ring.unfocused.box_shadow && f.box_shadow != "none";
        if shadow_changed {
            for colour in box_shadow_colours(&f.box_shadow) {
                if !is_focus_colour(&colour) {
                    push(&mut own, "box-shadow", f.box_shadow.clone(), format!("{focus_name} or --eh-color-focus-outline"));
                    break;
                }
            }
        }
        // Without the yellow, but already reported for its outline or shadow: one finding is enough.
        let shows_yellow = !own.is_empty()
            || (outline_drawn && is_yellow(&f.outline_color))
            || (shadow_changed && box_shadow_colours(&f.box_shadow).iter().any(|c| is_yellow(c)))
            || is_yellow(&f.background_color);
        if !shows_yellow {
            push(
                &mut own,
                "focus style",
                format!("outline: {} {} {}; box-shadow: {}; background-color: {}", f.outline_style, f.outline_width, f.outline_color, f.box_shadow, f.background_color),
                format!("{focus_name} in the outline, a box-shadow or the background"),
            );
        }
        findings.extend(own);
    }
    findings
}

/// An interactive control as it is on screen (see the module documentation for which count).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    /// CSS selector of the control.
    pub selector: String,
    /// Width in CSS px (with its labels, for a form field).
    pub width: f64,
    /// Height in CSS px (with its labels, for a form field).
    pub height: f64,
}

/// Judges the controls' sizes against `size.touch-target`: both sides must reach it.
pub fn judge_targets(palette: &Palette, targets: &[Target]) -> Vec<OneLookFinding> {
    let min = palette.touch_target_px;
    let small = |side: f64| side + TOUCH_TARGET_TOLERANCE_PX < min;
    targets
        .iter()
        .filter(|t| small(t.width) || small(t.height))
        .map(|t| OneLookFinding {
            rule: OneLookRule::TouchTarget,
            selector: t.selector.clone(),
            property: "size".into(),
            value: format!("{} × {}", round_px(t.width), round_px(t.height)),
            nearest: format!("--eh-size-touch-target ({0} × {0} CSS px)", round_px(min)),
        })
        .collect()
}

/// `30`, `30.5`: one decimal, none when whole.
fn round_px(px: f64) -> String {
    let tenths = (px * 10.0).round() / 10.0;
    if tenths.fract() == 0.0 { format!("{tenths:.0}") } else { format!("{tenths:.1}") }
}

/// Measures the controls judged by [`judge_targets`], in one evaluate. Returns an array of
/// [`Target`]s. Needs [`SELECTOR_JS`] (`__ehSelector`) defined in the same script.
pub const TARGETS_JS: &str = r#"(() => {
  const controls = 'a[href], button, input:not([type=hidden]), select, textarea, summary, '
    + '[role=button], [role=link], [role=checkbox], [role=radio], [role=switch], [role=tab], [role=menuitem], [role=option]';
  // WCAG 2.5.5's inline exception (the 44 px criterion): a link in a sentence or block of text is
  // as large as its line of text. A link is text when it is laid out inline, or has no box of its
  // own (no padding, border, background or minimum size: a flex item or table cell link is
  // blockified but still just text). A link given a box, to be a larger target, is judged.
  const isTextLink = (el) => {
    if (el.localName !== 'a' && el.getAttribute('role') !== 'link') return false;
    const s = getComputedStyle(el);
    if (s.display === 'inline') return true;
    const none = (v) => parseFloat(v) === 0 || v === 'auto' || v === 'none' || v === '';
    const sides = ['Top', 'Right', 'Bottom', 'Left'];
    return sides.every((side) => none(s['padding' + side]) && (s['border' + side + 'Style'] === 'none' || none(s['border' + side + 'Width'])))
      && (s.backgroundColor === 'transparent' || /^rgba\(.*, 0\)$/.test(s.backgroundColor))
      && none(s.minHeight) && none(s.minWidth);
  };
  const out = [];
  for (const el of document.querySelectorAll(controls)) {
    if (el.getClientRects().length === 0 || el.closest('[inert], [hidden]')) continue;
    if (el.disabled || el.getAttribute('aria-disabled') === 'true') continue;
    const s = getComputedStyle(el);
    if (s.visibility !== 'visible') continue;
    // Visually hidden (text for screen readers), or clipped away.
    if (s.clipPath.includes('inset(50%') || s.clip.startsWith('rect(0')) continue;
    let box = el.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    // Off the page until focused (a skip link).
    if (box.right + scrollX <= 0 || box.bottom + scrollY <= 0) continue;
    if (isTextLink(el)) continue;
    let [left, top, right, bottom] = [box.left, box.top, box.right, box.bottom];
    for (const label of el.labels ?? []) {
      for (const r of label.getClientRects()) {
        left = Math.min(left, r.left); top = Math.min(top, r.top);
        right = Math.max(right, r.right); bottom = Math.max(bottom, r.bottom);
      }
    }
    out.push({ selector: __ehSelector(el), width: right - left, height: bottom - top });
  }
  return out;
})()"#;

/// Measures the page's controls (see [`TARGETS_JS`]).
pub fn collect_targets(session: &crate::probe::Session) -> crate::Result<Vec<Target>> {
    let value = session.eval_json(&format!("(() => {{ {SELECTOR_JS}\nreturn {TARGETS_JS}; }})()"))?;
    serde_json::from_value(value).map_err(|e| crate::Error::Script(format!("touch-target collector: {e}")))
}

/// Collects the computed values judged by [`judge_declarations`], in one evaluate. Returns an
/// array of [`Declaration`]s. Needs [`SELECTOR_JS`] (`__ehSelector`) defined in the same script.
pub const COLLECT_JS: &str = r#"(() => {
  const selectorOf = __ehSelector;
  const canvas = document.createElement('canvas');
  canvas.width = 1; canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const srgb = (v) => {
    if (/^rgba?\(/.test(v) || !ctx) return null;
    ctx.clearRect(0, 0, 1, 1); ctx.fillStyle = '#000'; ctx.fillStyle = v; ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;
  };
  const out = [];
  const seenFont = new Set();
  const push = (sel, property, value) => out.push({ selector: sel, property, value, srgb: property === 'font-family' ? null : srgb(value) });
  const transparent = (v) => v === 'transparent' || /^rgba\(\d+, \d+, \d+, 0\)$/.test(v);
  // Form controls show text in their own font (but checkboxes, radios and the like show none).
  const textless = new Set(['checkbox', 'radio', 'range', 'color', 'hidden', 'image']);
  const isControl = (el) => ['SELECT', 'TEXTAREA', 'BUTTON'].includes(el.tagName) || (el.tagName === 'INPUT' && !textless.has(el.type));
  const boxes = (s) => {
    const found = [];
    if (!transparent(s.backgroundColor)) found.push(['background-color', s.backgroundColor]);
    const borders = [];
    for (const side of ['top', 'right', 'bottom', 'left']) {
      const style = s.getPropertyValue(`border-${side}-style`);
      if (style !== 'none' && style !== 'hidden' && parseFloat(s.getPropertyValue(`border-${side}-width`)) > 0)
        borders.push([`border-${side}-color`, s.getPropertyValue(`border-${side}-color`)]);
    }
    // Four equal borders are one `border-color`.
    if (borders.length === 4 && borders.every(([, v]) => v === borders[0][1])) found.push(['border-color', borders[0][1]]);
    else found.push(...borders);
    if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) found.push(['outline-color', s.outlineColor]);
    return found;
  };
  for (const el of [document.documentElement, ...document.body.querySelectorAll('*')]) {
    if (el.closest('svg') && el.localName !== 'svg') continue;
    if (el !== document.documentElement && el.getClientRects().length === 0) continue;
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden') continue;
    const sel = selectorOf(el);
    const parent = el.parentElement ? getComputedStyle(el.parentElement) : null;
    if (!parent || s.color !== parent.color) push(sel, 'color', s.color);
    for (const [p, v] of boxes(s)) push(sel, p, v);
    for (const pseudo of ['::before', '::after']) {
      const ps = getComputedStyle(el, pseudo);
      if (ps.content === 'none' || ps.content === 'normal' || ps.display === 'none') continue;
      if (ps.color !== s.color) push(sel + pseudo, 'color', ps.color);
      for (const [p, v] of boxes(ps)) push(sel + pseudo, p, v);
    }
    const hasText = isControl(el) || [...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim());
    if (hasText) {
      let owner = el;
      while (owner.parentElement && getComputedStyle(owner.parentElement).fontFamily === s.fontFamily) owner = owner.parentElement;
      const key = s.fontFamily + '\u0000' + (owner === el ? sel : selectorOf(owner));
      if (!seenFont.has(key)) {
        seenFont.add(key);
        push(owner === el ? sel : selectorOf(owner), 'font-family', s.fontFamily);
      }
    }
  }
  return out;
})()"#;

/// Defines `__ehSelector(element)`: a CSS selector for an element: `#id` when the id is unique,
/// else a path of `tag.class:nth-of-type(n)` steps from the nearest unique id or from `html`.
pub const SELECTOR_JS: &str = r#"const __ehSelector = (el) => {
  const parts = [];
  while (el && el.nodeType === 1) {
    if (el.id && document.querySelectorAll('#' + CSS.escape(el.id)).length === 1) { parts.unshift('#' + CSS.escape(el.id)); break; }
    if (el === document.documentElement) { parts.unshift('html'); break; }
    let part = el.localName + [...el.classList].slice(0, 2).map((c) => '.' + CSS.escape(c)).join('');
    const parent = el.parentElement;
    if (parent) {
      const same = [...parent.children].filter((c) => c.localName === el.localName);
      if (same.length > 1) part += `:nth-of-type(${same.indexOf(el) + 1})`;
    }
    parts.unshift(part);
    el = parent;
  }
  return parts.join(' > ');
};"#;

/// Collects the page's colour and font declarations (see [`COLLECT_JS`]).
pub fn collect(session: &crate::probe::Session) -> crate::Result<Vec<Declaration>> {
    let value = session.eval_json(&format!("(() => {{ {SELECTOR_JS}\nreturn {COLLECT_JS}; }})()"))?;
    serde_json::from_value(value).map_err(|e| crate::Error::Script(format!("one-look collector: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decl(selector: &str, property: &str, value: &str) -> Declaration {
        Declaration { selector: selector.into(), property: property.into(), value: value.into(), srgb: None }
    }

    fn look(outline: (&str, &str, &str), shadow: &str, background: &str) -> FocusLook {
        FocusLook {
            outline_style: outline.0.into(),
            outline_width: outline.1.into(),
            outline_color: outline.2.into(),
            box_shadow: shadow.into(),
            background_color: background.into(),
        }
    }

    fn target(selector: &str, width: f64, height: f64) -> Target {
        Target { selector: selector.into(), width, height }
    }

    #[test]
    fn touch_target_comes_from_the_token() {
        assert_eq!(eenheid_tokens::constants::SIZE_TOUCH_TARGET, "2.75rem");
        assert_eq!(Palette::eenheid().touch_target_px, 44.0);
        assert_eq!(css_length_px("2.75rem"), Some(44.0));
        assert_eq!(css_length_px("48px"), Some(48.0));
    }

    #[test]
    fn controls_smaller_than_the_touch_target_are_reported() {
        let p = Palette::eenheid();
        let found = judge_targets(
            &p,
            &[
                target("#groot", 120.0, 44.0),
                target("#afgerond", 43.6, 44.0),
                target("#klein", 30.0, 24.0),
                target("#smal", 20.5, 48.0),
                target("#laag", 200.0, 43.0),
            ],
        );
        let selectors: Vec<&str> = found.iter().map(|f| f.selector.as_str()).collect();
        assert_eq!(selectors, ["#klein", "#smal", "#laag"]);
        assert!(found.iter().all(|f| f.rule == OneLookRule::TouchTarget));
        assert_eq!(found[0].summary(), "touch target 30 × 24 CSS px, smaller than --eh-size-touch-target (44 × 44 CSS px)");
        assert_eq!(found[1].value, "20.5 × 48");
    }

    #[test]
    fn palette_comes_from_the_tokens() {
        let p = Palette::eenheid();
        assert!(p.colours.iter().any(|c| c.rgb == Rgb::new(0x15, 0x42, 0x73) && c.css_var == "--eh-color-blue-700"));
        assert_eq!(p.focus, Rgb::new(0xff, 0xbf, 0x47));
        assert_eq!(p.focus_width_px, 3.0);
        assert_eq!(p.fonts.len(), 2);
        assert_eq!(p.fonts[0].1[0], "system-ui");
        assert!(p.fonts[0].1.contains(&"segoe ui".to_owned()));
    }

    #[test]
    fn token_colours_keywords_and_transparent_pass() {
        let p = Palette::eenheid();
        for value in ["rgb(21, 66, 115)", "rgb(26, 26, 26)", "rgba(0, 0, 0, 0)", "transparent", "currentColor", "inherit", "#ffbf47", "rgb(255, 255, 255)"] {
            assert_eq!(judge_colour(&p, value), ColourVerdict::OnPalette, "{value}");
        }
    }

    #[test]
    fn tolerance_absorbs_rounding_only() {
        let p = Palette::eenheid();
        // #154273 off by one or two in a channel: a conversion rounding.
        assert_eq!(judge_colour(&p, "rgb(22, 66, 114)"), ColourVerdict::OnPalette);
        assert_eq!(judge_colour(&p, "rgb(21.4, 66.2, 115)"), ColourVerdict::OnPalette);
        // Five off is a different colour.
        assert!(matches!(judge_colour(&p, "rgb(26, 66, 115)"), ColourVerdict::OffPalette { .. }));
    }

    #[test]
    fn translucent_token_colours_pass_but_other_hues_do_not() {
        let p = Palette::eenheid();
        assert_eq!(judge_colour(&p, "rgba(11, 37, 64, 0.3)"), ColourVerdict::OnPalette);
        assert!(matches!(judge_colour(&p, "rgba(255, 0, 0, 0.3)"), ColourVerdict::OffPalette { .. }));
    }

    #[test]
    fn greys_between_black_and_white_are_off_palette() {
        let p = Palette::eenheid();
        match judge_colour(&p, "rgb(170, 170, 170)") {
            ColourVerdict::OffPalette { nearest, distance } => {
                // The dark palette's grey is the nearest token, still far off.
                assert_eq!(nearest, "--eh-color-grey-500 (#8a8a8a)");
                assert!(distance > 50.0, "{distance}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn unreadable_colours_are_reported() {
        let p = Palette::eenheid();
        assert_eq!(judge_colour(&p, "oklch(0.5 0.1 200)"), ColourVerdict::Unreadable);
        // … unless the collector converted them.
        let d = Declaration { srgb: Some("rgba(21, 66, 115, 1.000)".into()), ..decl("p", "color", "oklch(0.4 0.1 250)") };
        assert!(judge_declarations(&p, &[d]).is_empty());
    }

    #[test]
    fn declarations_report_selector_property_value_and_nearest_token() {
        let p = Palette::eenheid();
        let found = judge_declarations(
            &p,
            &[
                decl("html", "color", "rgb(26, 26, 26)"),
                decl("#fout", "background-color", "rgb(255, 0, 255)"),
                decl("body > p.x", "border-left-color", "rgb(213, 43, 30)"),
                decl("html", "font-family", "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans\", \"Liberation Sans\", sans-serif"),
                decl("code", "font-family", "ui-monospace, SFMono-Regular, Menlo, Consolas, \"Liberation Mono\", monospace"),
                decl("#anders", "font-family", "\"Comic Sans MS\", cursive"),
                decl("p", "font-family", "Arial, sans-serif"),
            ],
        );
        assert_eq!(found.len(), 3, "{found:#?}");
        assert_eq!(found[0].rule, OneLookRule::Colour);
        assert_eq!(found[0].message(), "#fout { background-color: rgb(255, 0, 255) } — nearest token: --eh-color-red-300 (#ff8f85)");
        assert_eq!(found[1].rule, OneLookRule::Font);
        assert_eq!(found[1].selector, "#anders");
        assert!(found[1].nearest.starts_with("font-family.base (system-ui"), "{}", found[1].nearest);
        // A shortened stack is another font stack.
        assert_eq!(found[2].selector, "p");
    }

    #[test]
    fn font_stacks_compare_names_not_spelling() {
        assert_eq!(font_stack("system-ui, 'Segoe  UI' ,Roboto"), ["system-ui", "segoe ui", "roboto"]);
        assert_eq!(font_stack("\"Liberation Sans\""), ["liberation sans"]);
    }

    #[test]
    fn box_shadow_colours_are_found() {
        assert_eq!(
            box_shadow_colours("rgb(255, 191, 71) 0px -2px 0px 0px, rgba(0, 0, 0, 0.5) 0px 4px 0px 0px"),
            ["rgb(255, 191, 71)", "rgba(0, 0, 0, 0.5)"]
        );
        assert!(box_shadow_colours("none").is_empty());
    }

    #[test]
    fn eenheid_focus_rings_pass() {
        let p = Palette::eenheid();
        let plain = look(("none", "0px", "rgb(0, 0, 0)"), "none", "rgba(0, 0, 0, 0)");
        let rings = [
            // Text input: yellow outline, black inset.
            FocusRing {
                selector: "#naam".into(),
                focused: look(("solid", "3px", "rgb(255, 191, 71)"), "rgb(0, 0, 0) 0px 0px 0px 2px inset", "rgb(255, 255, 255)"),
                unfocused: plain.clone(),
            },
            // Link / button: transparent outline, yellow background, black underline shadow.
            FocusRing {
                selector: "a".into(),
                focused: look(("solid", "3px", "rgba(0, 0, 0, 0)"), "rgb(255, 191, 71) 0px -2px 0px 0px, rgb(0, 0, 0) 0px 4px 0px 0px", "rgb(255, 191, 71)"),
                unfocused: plain.clone(),
            },
            // Radio: black outline, yellow ring.
            FocusRing {
                selector: "#r".into(),
                focused: look(("solid", "3px", "rgb(0, 0, 0)"), "rgb(255, 191, 71) 0px 0px 0px 5px", "rgb(255, 255, 255)"),
                unfocused: plain,
            },
        ];
        assert_eq!(judge_focus(&p, &rings), vec![]);
    }

    #[test]
    fn other_focus_rings_are_reported() {
        let p = Palette::eenheid();
        let plain = look(("none", "0px", "rgb(0, 0, 0)"), "none", "rgba(0, 0, 0, 0)");
        let ring = |focused: FocusLook| FocusRing { selector: "#x".into(), focused, unfocused: plain.clone() };
        // The browser default ring.
        let found = judge_focus(&p, &[ring(look(("auto", "1px", "rgb(16, 16, 16)"), "none", "rgba(0, 0, 0, 0)"))]);
        assert!(found.iter().any(|f| f.property == "outline" && f.nearest.contains("default ring")), "{found:#?}");
        // A thin blue outline.
        let found = judge_focus(&p, &[ring(look(("solid", "1px", "rgb(0, 0, 255)"), "none", "rgba(0, 0, 0, 0)"))]);
        let props: Vec<&str> = found.iter().map(|f| f.property.as_str()).collect();
        assert_eq!(props, ["outline-width", "outline-color"]);
        assert!(found[1].nearest.starts_with("--eh-color-focus (#ffbf47)"), "{}", found[1].nearest);
        // A pink glow.
        let found = judge_focus(&p, &[ring(look(("none", "0px", "rgb(0, 0, 0)"), "rgb(255, 105, 180) 0px 0px 4px 2px", "rgba(0, 0, 0, 0)"))]);
        assert_eq!(found.iter().map(|f| f.property.as_str()).collect::<Vec<_>>(), ["box-shadow"]);
        // A grey background on focus and nothing else: not the Eenheid yellow.
        let found = judge_focus(&p, &[ring(look(("none", "0px", "rgb(0, 0, 0)"), "none", "rgb(230, 230, 230)"))]);
        assert_eq!(found.iter().map(|f| f.property.as_str()).collect::<Vec<_>>(), ["focus style"]);
        assert!(found.iter().all(|f| f.rule == OneLookRule::FocusRing && f.selector == "#x"));
    }
}
