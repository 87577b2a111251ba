//! Whether a focus indicator can be seen, judged on pixels: the area around a control captured
//! unfocused and focused, compared pixel by pixel.
//!
//! The measure is the one of WCAG 2.4.13 (Focus Appearance), used here as the measure for 2.4.7
//! (Focus Visible) and 2.4.11: the pixels that differ between the two states must have a
//! contrast of at least 3:1 between their focused and their unfocused colour, over an area at
//! least as large as a 2 CSS px thick perimeter of the control. That perimeter area is
//! `2 px × perimeter length`, summed over the control's boxes (an inline link broken over two
//! lines has two), each cut to the viewport: what lies outside cannot be seen and is not
//! asked for. A style change that no one can see (a shade of grey on white, an outline in a
//! colour close to the page) does not count, whatever the computed style says.
//!
//! One exception, the one WCAG 2.4.13 makes itself: an indicator "determined by the user agent".
//! The browser's own focus ring (`outline-style: auto`, which a page gets when it does not style
//! focus) satisfies 2.4.7, but Chromium's ring, 2 px with rounded corners, and partly drawn over
//! the border of a form control, covers a little less than a 2 px perimeter (a text field of
//! 177 × 21 px: 779 of 792 px²). For it, a 1 CSS px perimeter (half the area) at 3:1 is enough:
//! it must still be seen, so a browser ring that the page's colours hide still fails.

use eenheid_tokens::Rgb;
use serde::{Deserialize, Serialize};

use crate::screenshot::Image;

/// The contrast between a pixel's focused and unfocused colour from which it counts as part of
/// the indicator (WCAG 2.4.13).
pub const MIN_CONTRAST: f64 = 3.0;

/// An area of the page in CSS px, in document coordinates (scroll offsets included), whole
/// pixels. The walk asks for areas that lie inside the viewport.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Region {
    /// Left edge.
    pub x: u32,
    /// Top edge.
    pub y: u32,
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
}

impl Region {
    /// The smallest region holding both.
    pub fn union(self, other: Region) -> Region {
        let (x, y) = (self.x.min(other.x), self.y.min(other.y));
        let right = (self.x + self.width).max(other.x + other.width);
        let bottom = (self.y + self.height).max(other.y + other.height);
        Region { x, y, width: right - x, height: bottom - y }
    }

    /// Width × height.
    pub fn area(self) -> u64 {
        u64::from(self.width) * u64::from(self.height)
    }

    /// True when `inner` lies wholly inside.
    pub fn contains(self, inner: Region) -> bool {
        inner.x >= self.x && inner.y >= self.y && inner.x + inner.width <= self.x + self.width && inner.y + inner.height <= self.y + self.height
    }
}

/// How much the focused look differs from the unfocused one, as a person sees it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct FocusMeasure {
    /// Pixels (CSS px²) whose focused colour has at least 3:1 contrast with their unfocused one.
    pub area: u32,
    /// The area a 2 CSS px thick perimeter of the control covers (CSS px²), or a 1 px one for the
    /// browser's own ring: `area` must reach it.
    pub required: u32,
    /// The indicator is the browser's own focus ring (`outline-style: auto`).
    #[serde(default)]
    pub browser_ring: bool,
    /// The contrast the change reaches over the required area: the highest ratio that at least
    /// `required` changed pixels have (1.0 when fewer pixels changed). At least 3.0 exactly when
    /// the indicator passes.
    pub contrast: f64,
}

impl FocusMeasure {
    /// The indicator is large enough and has enough contrast.
    pub fn passes(&self) -> bool {
        self.area >= self.required
    }

    /// One line for a finding, e.g. `0 of the 264 px² needed change by 3:1 or more (the change
    /// reaches 1.3:1 over that area)`.
    pub fn describe(&self) -> String {
        let whose = if self.browser_ring { " (the browser's own ring: a 1 px perimeter)" } else { "" };
        format!(
            "{} of the {} px² needed{whose} change by 3:1 or more (the change reaches {:.1}:1 over that area)",
            self.area, self.required, self.contrast
        )
    }
}

/// One box of a control as it lies in the viewport: its size cut to the viewport, and which of
/// its edges (top, right, bottom, left) lie inside it. A box larger than the viewport (a long scroll
/// region) has an edge cut off: no indicator can be seen there until the page scrolls, so that
/// edge is not part of the area required now. As the page sends it: `[width, height, [top,
/// right, bottom, left]]`.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ControlBox(pub f64, pub f64, pub [bool; 4]);

impl ControlBox {
    /// A box wholly in the viewport.
    pub fn whole(width: f64, height: f64) -> ControlBox {
        ControlBox(width, height, [true; 4])
    }
}

/// The area (CSS px²) of a 2 CSS px thick perimeter of a control made of `boxes`: 2 px along
/// each edge in the viewport (`2 × (2w + 2h)` for a box wholly in it), summed, rounded up.
pub fn perimeter_area(boxes: &[ControlBox]) -> u32 {
    let area: f64 = boxes
        .iter()
        .filter(|ControlBox(w, h, _)| *w > 0.0 && *h > 0.0)
        .map(|ControlBox(w, h, [top, right, bottom, left])| {
            let edge = |seen: &bool, length: f64| if *seen { 2.0 * length } else { 0.0 };
            edge(top, *w) + edge(right, *h) + edge(bottom, *w) + edge(left, *h)
        })
        .sum();
    area.ceil() as u32
}

/// The boxes whose perimeter the indicator must cover. A control that, unfocused, shows a box of
/// its own (a background, a border) is perceived as that box. One without (a link, a bare
/// button, a scroll region around a table) is perceived as its content, the lines of text and
/// images it shows, at most as its box: of the two, the one with the smaller perimeter. So a link
/// with generous padding is its text (WCAG 2.4.13, note 1), and a block of several long lines is
/// its box, not the sum of its lines (a ring around a region of three table rows outlines the
/// region; it is not asked to be longer than three rings around the rows). No content measured
/// (too large to walk): the box.
pub fn control_boxes<'a>(shows_box: bool, boxes: &'a [ControlBox], content: &'a [ControlBox]) -> &'a [ControlBox] {
    if shows_box || content.is_empty() || perimeter_area(boxes) <= perimeter_area(content) { boxes } else { content }
}

/// The area (CSS px²) the indicator must cover: [`perimeter_area`] of `boxes`, or half of it when
/// the indicator is the browser's own ring (see the module documentation).
pub fn required_area(boxes: &[ControlBox], browser_ring: bool) -> u32 {
    let full = perimeter_area(boxes);
    if browser_ring { full.div_ceil(2) } else { full }
}

/// Compares the focused capture of a control's surroundings with the unfocused one. `unfocused`
/// may be larger than `focused`: `offset` (device pixels) is where the focused capture's top left
/// corner lies in it. `scale` is device pixels per CSS px (1 at device scale 1): areas are
/// reported in CSS px². `None` when the focused capture does not fit in the unfocused one.
pub fn measure(focused: &Image, unfocused: &Image, offset: (u32, u32), required: u32, browser_ring: bool, scale: f64) -> Option<FocusMeasure> {
    let (ox, oy) = (offset.0 as usize, offset.1 as usize);
    let (width, height) = (focused.width as usize, focused.height as usize);
    if ox + width > unfocused.width as usize || oy + height > unfocused.height as usize {
        return None;
    }
    let luminance = Luminance::new();
    let mut ratios: Vec<f32> = Vec::new();
    for y in 0..height {
        let row_f = &focused.rgba[y * width * 4..(y + 1) * width * 4];
        let start = ((oy + y) * unfocused.width as usize + ox) * 4;
        let row_u = &unfocused.rgba[start..start + width * 4];
        for (f, u) in row_f.chunks_exact(4).zip(row_u.chunks_exact(4)) {
            if f[..3] != u[..3] {
                let ratio = luminance.contrast(Rgb::new(f[0], f[1], f[2]), Rgb::new(u[0], u[1], u[2]));
                ratios.push(ratio as f32);
            }
        }
    }
    let per_css_px = (scale * scale).max(f64::MIN_POSITIVE);
    let strong = ratios.iter().filter(|r| f64::from(**r) >= MIN_CONTRAST).count();
    let area = (strong as f64 / per_css_px).floor() as u32;
    // The `needed`-th highest ratio is what the change reaches over the required area.
    let needed = ((f64::from(required) * per_css_px).ceil() as usize).max(1);
    let contrast = if ratios.len() >= needed {
        let (_, nth, _) = ratios.select_nth_unstable_by(needed - 1, |a, b| b.total_cmp(a));
        f64::from(*nth)
    } else {
        1.0
    };
    Some(FocusMeasure { area, required, browser_ring, contrast })
}

/// WCAG relative luminance with a table of the linearised channel values: the same numbers as
/// [`eenheid_tokens::relative_luminance`], without three `powf` calls per pixel.
struct Luminance {
    linear: [f64; 256],
}

impl Luminance {
    fn new() -> Luminance {
        let mut linear = [0.0; 256];
        for (value, entry) in linear.iter_mut().enumerate() {
            let grey = value as u8;
            *entry = eenheid_tokens::relative_luminance(Rgb::new(grey, grey, grey));
        }
        Luminance { linear }
    }

    fn of(&self, colour: Rgb) -> f64 {
        // The luminance of a grey is its linear value (the weights add up to 1).
        0.2126 * self.linear[colour.r as usize] + 0.7152 * self.linear[colour.g as usize] + 0.0722 * self.linear[colour.b as usize]
    }

    fn contrast(&self, a: Rgb, b: Rgb) -> f64 {
        let (la, lb) = (self.of(a), self.of(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(width: u32, height: u32, colour: [u8; 3]) -> Image {
        Image { width, height, rgba: [colour[0], colour[1], colour[2], 255].repeat((width * height) as usize) }
    }

    /// `image` with a `thickness` px frame of `colour` drawn `inset` px inside its edge.
    fn framed(mut image: Image, inset: u32, thickness: u32, colour: [u8; 3]) -> Image {
        let (w, h) = (image.width, image.height);
        for y in inset..h - inset {
            for x in inset..w - inset {
                let edge = x < inset + thickness || x >= w - inset - thickness || y < inset + thickness || y >= h - inset - thickness;
                if edge {
                    let i = ((y * w + x) * 4) as usize;
                    image.rgba[i..i + 3].copy_from_slice(&colour);
                }
            }
        }
        image
    }

    const WHITE: [u8; 3] = [255, 255, 255];

    #[test]
    fn the_table_matches_the_token_crate() {
        let luminance = Luminance::new();
        for colour in [Rgb::new(21, 66, 115), Rgb::new(255, 191, 71), Rgb::new(0, 0, 0), Rgb::new(128, 64, 200)] {
            assert!((luminance.of(colour) - eenheid_tokens::relative_luminance(colour)).abs() < 1e-12);
        }
    }

    #[test]
    fn perimeter_of_boxes() {
        // A 100 × 20 button: 2 px along 240 px of edge.
        assert_eq!(perimeter_area(&[ControlBox::whole(100.0, 20.0)]), 480);
        // A link over two lines counts both boxes; an empty box nothing.
        assert_eq!(perimeter_area(&[ControlBox::whole(50.0, 20.0), ControlBox::whole(30.5, 20.0), ControlBox::whole(0.0, 20.0)]), 482);
    }

    #[test]
    fn a_dark_ring_passes_and_a_faint_one_does_not() {
        // A 40 × 20 control in a 56 × 36 capture (8 px around it): needs 4 × 60 = 240 px².
        let unfocused = plain(56, 36, WHITE);
        let required = perimeter_area(&[ControlBox::whole(40.0, 20.0)]);
        // A 2 px black ring just outside the control: 2 × (44 + 44 + 20 + 20) = 256 px² at 21:1.
        let dark = framed(unfocused.clone(), 6, 2, [0, 0, 0]);
        let m = measure(&dark, &unfocused, (0, 0), required, false, 1.0).unwrap();
        assert_eq!((m.area, m.required), (256, 240));
        assert!(m.passes() && m.contrast > 20.0, "{m:?}");
        // The same ring in a grey 1.3:1 against white fails, however many pixels it covers.
        let faint = framed(unfocused.clone(), 6, 2, [226, 226, 226]);
        let m = measure(&faint, &unfocused, (0, 0), required, false, 1.0).unwrap();
        assert_eq!(m.area, 0);
        assert!(!m.passes() && (m.contrast - 1.3).abs() < 0.05, "{m:?}");
        // A dark but 1 px thin ring covers too little.
        let thin = framed(unfocused.clone(), 7, 1, [0, 0, 0]);
        let m = measure(&thin, &unfocused, (0, 0), required, false, 1.0).unwrap();
        assert!(!m.passes() && m.area < required && m.contrast == 1.0, "{m:?}");
    }

    #[test]
    fn a_control_without_a_box_is_its_content_at_most_its_box() {
        // A link, 300 × 44 with padding, one line of text 120 × 20: its text.
        let link = [ControlBox::whole(300.0, 44.0)];
        let text = [ControlBox::whole(120.0, 20.0)];
        assert_eq!(control_boxes(false, &link, &text), &text);
        // The same link drawn as a box (a background): the box.
        assert_eq!(control_boxes(true, &link, &text), &link);
        // A scroll region of 960 × 115 around a caption and two table rows, each 900 px long:
        // the region, not three rings of 900 px.
        let region = [ControlBox::whole(960.0, 115.0)];
        let rows = [ControlBox::whole(900.0, 20.0), ControlBox::whole(900.0, 20.0), ControlBox::whole(900.0, 20.0)];
        assert_eq!(control_boxes(false, &region, &rows), &region);
        assert!(perimeter_area(&region) < perimeter_area(&rows));
        // Content too large to walk: the box.
        assert_eq!(control_boxes(false, &region, &[]), &region);
    }

    #[test]
    fn the_browser_ring_needs_half_the_area() {
        assert_eq!(required_area(&[ControlBox::whole(177.0, 21.0)], false), 792);
        assert_eq!(required_area(&[ControlBox::whole(177.0, 21.0)], true), 396);
        // A scroll region taller than the viewport: its bottom edge is cut off, no ring to see.
        assert_eq!(perimeter_area(&[ControlBox(100.0, 600.0, [true, true, false, true])]), 2600);
    }

    #[test]
    fn the_focused_capture_is_found_in_a_larger_unfocused_one() {
        let unfocused = plain(100, 80, WHITE);
        let focused = framed(plain(56, 36, WHITE), 6, 2, [0, 0, 0]);
        let m = measure(&focused, &unfocused, (30, 20), 240, false, 1.0).unwrap();
        assert!(m.passes());
        assert_eq!(measure(&focused, &unfocused, (50, 50), 240, false, 1.0), None);
    }

    #[test]
    fn areas_are_in_css_pixels_at_any_device_scale() {
        // The same ring at device scale 2: four device pixels per CSS px².
        let unfocused = plain(112, 72, WHITE);
        let dark = framed(unfocused.clone(), 12, 4, [0, 0, 0]);
        let m = measure(&dark, &unfocused, (0, 0), 240, false, 2.0).unwrap();
        assert_eq!(m.area, 256);
        assert!(m.passes());
    }

    #[test]
    fn regions() {
        let a = Region { x: 10, y: 10, width: 20, height: 10 };
        let b = Region { x: 25, y: 5, width: 10, height: 10 };
        assert_eq!(a.union(b), Region { x: 10, y: 5, width: 25, height: 15 });
        assert!(a.union(b).contains(a) && a.union(b).contains(b) && !a.contains(b));
        assert_eq!(a.area(), 200);
    }
}
