//! Screenshots and their comparison with committed baselines: a changed look fails until someone
//! updates the baseline on purpose.
//!
//! A screenshot is cropped to one element (the showcase's example frame) and stored as a
//! best-compressed PNG, so baselines stay small. Two images "look the same" when they have the same
//! size and at most [`Tolerance::max_changed_ratio`] of their pixels differ by more than
//! [`Tolerance::channel`] in some colour channel: text anti-aliasing noise passes, a changed
//! colour, size or position of anything larger than a few letters does not.

use std::path::Path;

use base64::Engine;
use headless_chrome::protocol::cdp::Page;

use crate::error::{Error, Result};
use crate::focus_indicator::Region;
use crate::probe::{Session, js_string};

/// An RGBA image in memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `width * height * 4` bytes, row by row, RGBA.
    pub rgba: Vec<u8>,
}

/// How different two screenshots may be and still count as the same look.
#[derive(Clone, Copy, Debug)]
pub struct Tolerance {
    /// A pixel counts as changed when a channel differs by more than this (0–255).
    pub channel: u8,
    /// The share of changed pixels allowed (0.0–1.0).
    pub max_changed_ratio: f64,
}

impl Default for Tolerance {
    fn default() -> Self {
        Tolerance { channel: 32, max_changed_ratio: 0.002 }
    }
}

/// The outcome of a comparison.
#[derive(Clone, Debug, PartialEq)]
pub enum Comparison {
    /// Within the tolerance.
    Same,
    /// Width or height differ: the layout changed.
    SizeChanged { baseline: (u32, u32), actual: (u32, u32) },
    /// Too many pixels changed; `diff` marks them in red on a faded copy of the new image.
    PixelsChanged { changed: usize, total: usize, diff: Image },
}

/// A PNG of the element matching `selector` (or the whole page), at device scale 1, including
/// what lies below the fold.
pub fn capture(session: &Session, selector: Option<&str>) -> Result<Vec<u8>> {
    let selector_js = selector.map(js_string).unwrap_or_else(|| "null".to_owned());
    let rect = session.eval_json(&format!(
        r#"(() => {{
            const el = {selector_js} ? document.querySelector({selector_js}) : document.documentElement;
            if (!el) return null;
            const r = el.getBoundingClientRect();
            const width = {selector_js} ? r.width : document.documentElement.scrollWidth;
            const height = {selector_js} ? r.height : document.documentElement.scrollHeight;
            return [r.left + window.scrollX, r.top + window.scrollY, width, height];
        }})()"#
    ))?;
    let numbers: Vec<f64> = rect.as_array().map(|a| a.iter().filter_map(|v| v.as_f64()).collect()).unwrap_or_default();
    let [x, y, width, height] = numbers[..] else {
        return Err(Error::Script(format!("screenshot: nothing matches {}", selector.unwrap_or("the page"))));
    };
    let clip = Page::Viewport {
        x: x.floor(),
        y: y.floor(),
        width: width.ceil().max(1.0),
        height: height.ceil().max(1.0),
        scale: 1.0,
    };
    capture_png(session, clip, Speed::Stored)
}

/// The pixels of `region` (CSS px, document coordinates) as they are on screen now, decoded:
/// the region must lie inside the viewport (nothing is scrolled or laid out again for the
/// capture, so focus, scroll positions and animations stay as they are). Chromium's fast PNG
/// encoding: these captures are compared, never stored.
pub fn capture_region(session: &Session, region: Region) -> Result<Image> {
    let clip = Page::Viewport {
        x: f64::from(region.x),
        y: f64::from(region.y),
        width: f64::from(region.width.max(1)),
        height: f64::from(region.height.max(1)),
        scale: 1.0,
    };
    decode(&capture_png(session, clip, Speed::Compared)?)
}

/// What a capture is for.
#[derive(Clone, Copy, PartialEq)]
enum Speed {
    /// A baseline kept in the repository: the whole area (also beyond the viewport), best PNG.
    Stored,
    /// Compared in memory at once: the viewport as it is, Chromium's fast PNG encoding.
    Compared,
}

/// A PNG of `clip`, from the tab as it is: every tab has a window of its own, so it is always
/// visible and draws the frame a capture waits for (see [`crate::browser::Browser::new_tab`]).
fn capture_png(session: &Session, clip: Page::Viewport, speed: Speed) -> Result<Vec<u8>> {
    let reply = session
        .tab()
        .call_method(Page::CaptureScreenshot {
            format: Some(Page::CaptureScreenshotFormatOption::Png),
            quality: None,
            clip: Some(clip),
            from_surface: Some(true),
            capture_beyond_viewport: Some(speed == Speed::Stored),
            optimize_for_speed: (speed == Speed::Compared).then_some(true),
        })
        .map_err(Error::from_cdp)?;
    base64::prelude::BASE64_STANDARD.decode(reply.data).map_err(|e| Error::Script(format!("screenshot data: {e}")))
}

/// Decodes a PNG into RGBA.
pub fn decode(png_bytes: &[u8]) -> Result<Image> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8() | png::Transformations::ALPHA);
    let mut reader = decoder.read_info().map_err(|e| Error::Script(format!("PNG: {e}")))?;
    let mut buffer = vec![0; reader.output_buffer_size().unwrap_or(0)];
    let info = reader.next_frame(&mut buffer).map_err(|e| Error::Script(format!("PNG: {e}")))?;
    buffer.truncate(info.buffer_size());
    let rgba = match info.color_type {
        png::ColorType::Rgba => buffer,
        png::ColorType::GrayscaleAlpha => buffer.chunks(2).flat_map(|p| [p[0], p[0], p[0], p[1]]).collect(),
        other => return Err(Error::Script(format!("PNG: unexpected colour type {other:?}"))),
    };
    Ok(Image { width: info.width, height: info.height, rgba })
}

/// The largest difference in any channel between a colour and the palette colour that stands in
/// for it in a stored PNG: far below [`Tolerance::channel`], so a palette PNG compares as the
/// screenshot it was made from.
pub const PALETTE_ERROR: u8 = 6;

/// Encodes an opaque screenshot with the best compression, for baselines and artefacts: as a
/// palette PNG (one byte per pixel) when at most 256 colours, each within [`PALETTE_ERROR`] of
/// the pixels it stands for, cover the image, which flat interface pictures with anti-aliased
/// text nearly always allow (alpha is dropped: screenshots are opaque); as RGB otherwise.
pub fn encode(image: &Image) -> Result<Vec<u8>> {
    let png_error = |e: png::EncodingError| Error::Script(format!("PNG: {e}"));
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, image.width, image.height);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::High);
        let data = match palette_of(image) {
            Some((palette, indices)) => {
                encoder.set_color(png::ColorType::Indexed);
                encoder.set_palette(palette.iter().flatten().copied().collect::<Vec<u8>>());
                // Filters rarely help palette images (the indices are not smooth numbers).
                encoder.set_filter(png::Filter::NoFilter);
                indices
            }
            None => {
                encoder.set_color(png::ColorType::Rgb);
                encoder.set_filter(png::Filter::Adaptive);
                image.rgba.chunks(4).flat_map(|p| [p[0], p[1], p[2]]).collect()
            }
        };
        let mut writer = encoder.write_header().map_err(png_error)?;
        writer.write_image_data(&data).map_err(png_error)?;
    }
    Ok(out)
}

/// At most 256 colours that stand for every pixel (exactly, when the image has no more than 256;
/// else within [`PALETTE_ERROR`]), and each pixel's
/// index; `None` when the image needs more. Greedy, most frequent colours first, so the colours
/// that fill areas are kept exactly and anti-aliasing shades snap to a near one.
fn palette_of(image: &Image) -> Option<(Vec<[u8; 3]>, Vec<u8>)> {
    use std::collections::HashMap;
    let mut counts: HashMap<[u8; 3], usize> = HashMap::new();
    for p in image.rgba.chunks(4) {
        *counts.entry([p[0], p[1], p[2]]).or_default() += 1;
    }
    let mut colours: Vec<([u8; 3], usize)> = counts.into_iter().collect();
    // Most frequent first; ties by colour, so the same picture always gives the same file.
    colours.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    // Up to 256 colours are kept exactly; more snap to near ones.
    let error = if colours.len() <= 256 { 0 } else { PALETTE_ERROR };
    let near = |a: [u8; 3], b: [u8; 3]| a.iter().zip(b).all(|(x, y)| x.abs_diff(y) <= error);
    let mut palette: Vec<[u8; 3]> = Vec::new();
    let mut index_of: HashMap<[u8; 3], u8> = HashMap::new();
    for (colour, _) in colours {
        let index = match palette.iter().position(|p| near(*p, colour)) {
            Some(index) => index,
            None if palette.len() < 256 => {
                palette.push(colour);
                palette.len() - 1
            }
            None => return None,
        };
        index_of.insert(colour, index as u8);
    }
    let indices = image.rgba.chunks(4).map(|p| index_of[&[p[0], p[1], p[2]]]).collect();
    Some((palette, indices))
}

/// Compares `actual` with `baseline` under `tolerance`.
///
/// A pixel counts as changed only when it differs from the same pixel of the other image and
/// from its eight neighbours there, both ways round. Anti-aliased edges and hairlines that one
/// Chromium build draws a pixel away from another therefore pass; a changed colour, or anything
/// moved or resized by more than a pixel, does not (the inside of a recoloured area has no
/// matching neighbour).
pub fn compare(baseline: &Image, actual: &Image, tolerance: Tolerance) -> Comparison {
    if (baseline.width, baseline.height) != (actual.width, actual.height) {
        return Comparison::SizeChanged { baseline: (baseline.width, baseline.height), actual: (actual.width, actual.height) };
    }
    let (width, height) = (actual.width as usize, actual.height as usize);
    let pixel = |image: &Image, x: usize, y: usize| -> [u8; 3] {
        let i = (y * width + x) * 4;
        [image.rgba[i], image.rgba[i + 1], image.rgba[i + 2]]
    };
    let close = |a: [u8; 3], b: [u8; 3]| a.iter().zip(b).all(|(p, q)| p.abs_diff(q) <= tolerance.channel);
    // Whether `colour` is found at (x, y) of `image` or at one of its neighbours.
    let found_near = |image: &Image, x: usize, y: usize, colour: [u8; 3]| {
        (y.saturating_sub(1)..=(y + 1).min(height - 1))
            .any(|ny| (x.saturating_sub(1)..=(x + 1).min(width - 1)).any(|nx| close(pixel(image, nx, ny), colour)))
    };
    let mut changed = 0;
    let mut diff = Vec::with_capacity(actual.rgba.len());
    for y in 0..height {
        for x in 0..width {
            let (old, new) = (pixel(baseline, x, y), pixel(actual, x, y));
            let moved = !close(old, new) && !(found_near(actual, x, y, old) && found_near(baseline, x, y, new));
            if moved {
                changed += 1;
                diff.extend_from_slice(&[255, 0, 0, 255]);
            } else {
                // Faded, so the red marks stand out.
                diff.extend(new.iter().map(|c| 200 + c / 5));
                diff.push(255);
            }
        }
    }
    let total = width * height;
    if (changed as f64) <= (total as f64) * tolerance.max_changed_ratio {
        Comparison::Same
    } else {
        Comparison::PixelsChanged { changed, total, diff: Image { width: actual.width, height: actual.height, rgba: diff } }
    }
}

/// What happened to one screenshot when checked against its baseline file.
#[derive(Clone, Debug, PartialEq)]
pub enum BaselineCheck {
    /// Looks the same as the baseline.
    Same,
    /// There was no baseline: the new screenshot was written as the baseline (`accept`) or next
    /// to the artefacts for review.
    New,
    /// Different (the message says how); artefacts were written.
    Changed(String),
}

/// Compares `png_bytes` with the baseline at `baseline`, writing `<name>.png` (and on a change
/// `<name>.diff.png`) into `artefacts`. With `accept`, a missing or changed baseline is replaced by
/// the new screenshot.
pub fn check_against_baseline(png_bytes: &[u8], baseline: &Path, artefacts: &Path, accept: bool, tolerance: Tolerance) -> Result<BaselineCheck> {
    let actual = decode(png_bytes)?;
    let compact = encode(&actual)?;
    let name = baseline.file_stem().and_then(|s| s.to_str()).unwrap_or("screenshot").to_owned();
    let write = |path: &Path, bytes: &[u8]| -> Result<()> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::Script(format!("{}: {e}", parent.display())))?;
        }
        std::fs::write(path, bytes).map_err(|e| Error::Script(format!("{}: {e}", path.display())))
    };
    write(&artefacts.join(format!("{name}.png")), &compact)?;
    let Ok(old_bytes) = std::fs::read(baseline) else {
        if accept {
            write(baseline, &compact)?;
        }
        return Ok(BaselineCheck::New);
    };
    let old = decode(&old_bytes)?;
    let outcome = match compare(&old, &actual, tolerance) {
        Comparison::Same => return Ok(BaselineCheck::Same),
        Comparison::SizeChanged { baseline: (bw, bh), actual: (aw, ah) } => format!("size changed from {bw}×{bh} to {aw}×{ah}"),
        Comparison::PixelsChanged { changed, total, diff } => {
            write(&artefacts.join(format!("{name}.diff.png")), &encode(&diff)?)?;
            format!("{changed} of {total} pixels changed ({:.2}%)", 100.0 * changed as f64 / total as f64)
        }
    };
    if accept {
        write(baseline, &compact)?;
    }
    Ok(BaselineCheck::Changed(outcome))
}

/// Whether this run may write new screenshot baselines, from the values of
/// `EENHEID_ACCEPT_SCREENSHOTS` (`accept`) and `CI` (`ci`). Never on CI (`CI` set to anything but
/// `false` or `0`, as GitLab CI and GitHub Actions set `CI=true`): there nobody looks at the new
/// images, so accepting would turn every difference into a pass. That is an error with one line
/// saying why, not a silent "no".
pub fn may_accept_baselines(accept: Option<&std::ffi::OsStr>, ci: Option<&std::ffi::OsStr>) -> Result<bool, String> {
    let set = |value: Option<&std::ffi::OsStr>| value.is_some_and(|v| !v.is_empty() && v != "false" && v != "0");
    match (accept.is_some(), set(ci)) {
        (false, _) => Ok(false),
        (true, false) => Ok(true),
        (true, true) => Err(format!(
            "EENHEID_ACCEPT_SCREENSHOTS is refused on CI (CI={}): look at the new screenshots on your own machine, accept them there and commit the baselines",
            ci.unwrap_or_default().to_string_lossy()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepting_baselines_is_refused_on_ci() {
        use std::ffi::OsStr;
        let yes = Some(OsStr::new("1"));
        assert_eq!(may_accept_baselines(None, None), Ok(false));
        assert_eq!(may_accept_baselines(None, Some(OsStr::new("true"))), Ok(false));
        assert_eq!(may_accept_baselines(yes, None), Ok(true));
        assert_eq!(may_accept_baselines(yes, Some(OsStr::new("false"))), Ok(true));
        let refused = may_accept_baselines(yes, Some(OsStr::new("true"))).unwrap_err();
        assert!(refused.starts_with("EENHEID_ACCEPT_SCREENSHOTS is refused on CI (CI=true)"), "{refused}");
        assert!(may_accept_baselines(yes, Some(OsStr::new("1"))).is_err());
    }

    fn plain(width: u32, height: u32, colour: [u8; 4]) -> Image {
        Image { width, height, rgba: colour.repeat((width * height) as usize) }
    }

    #[test]
    fn identical_and_noisy_images_look_the_same() {
        let a = plain(100, 100, [255, 255, 255, 255]);
        assert_eq!(compare(&a, &a, Tolerance::default()), Comparison::Same);
        // Anti-aliasing noise: small changes everywhere, or big changes in a few pixels.
        let mut b = plain(100, 100, [250, 250, 250, 255]);
        b.rgba[0..4].copy_from_slice(&[0, 0, 0, 255]);
        assert_eq!(compare(&a, &b, Tolerance::default()), Comparison::Same);
    }

    #[test]
    fn a_changed_colour_or_size_is_caught() {
        let a = plain(100, 100, [255, 255, 255, 255]);
        let mut b = a.clone();
        // A 20×10 "button" changes colour: 2% of the pixels.
        for y in 0..10 {
            for x in 0..20 {
                let i = ((y * 100 + x) * 4) as usize;
                b.rgba[i..i + 4].copy_from_slice(&[1, 66, 115, 255]);
            }
        }
        assert!(matches!(compare(&a, &b, Tolerance::default()), Comparison::PixelsChanged { changed: 200, total: 10_000, .. }));
        let c = plain(100, 101, [255, 255, 255, 255]);
        assert!(matches!(compare(&a, &c, Tolerance::default()), Comparison::SizeChanged { .. }));
    }

    #[test]
    fn a_hairline_drawn_a_pixel_away_passes_but_a_moved_block_does_not() {
        let white = [255, 255, 255, 255];
        let line_at = |row: u32, rows: u32| {
            let mut image = plain(100, 20, white);
            for y in row..row + rows {
                for x in 0..100 {
                    let i = ((y * 100 + x) * 4) as usize;
                    image.rgba[i..i + 4].copy_from_slice(&[204, 204, 204, 255]);
                }
            }
            image
        };
        // Another Chromium build puts a 1 px table border one row lower: 2% of the pixels differ.
        assert_eq!(compare(&line_at(5, 1), &line_at(6, 1), Tolerance::default()), Comparison::Same);
        // A 4 px bar moved 3 px down is a change.
        assert!(matches!(compare(&line_at(5, 4), &line_at(8, 4), Tolerance::default()), Comparison::PixelsChanged { .. }));
    }

    #[test]
    fn png_round_trip() {
        let a = plain(3, 2, [10, 20, 30, 255]);
        assert_eq!(decode(&encode(&a).unwrap()).unwrap(), a);
    }

    /// A picture with `colours` distinct greys, one per pixel of a row.
    fn ramp(colours: u32, step: u32) -> Image {
        let rgba = (0..colours).flat_map(|i| {
            let v = (i * step % 256) as u8;
            let g = ((i * step / 256) * 40 % 256) as u8;
            [v, g, 255 - v, 255]
        });
        Image { width: colours, height: 1, rgba: rgba.collect() }
    }

    #[test]
    fn few_colours_are_stored_exactly_as_a_palette() {
        let image = ramp(200, 1);
        let png = encode(&image).unwrap();
        let info = png::Decoder::new(std::io::Cursor::new(&png)).read_info().unwrap().info().color_type;
        assert_eq!(info, png::ColorType::Indexed);
        assert_eq!(decode(&png).unwrap(), image);
    }

    #[test]
    fn near_shades_share_a_palette_colour_and_still_compare_the_same() {
        // 1000 shades, 1 apart: they snap to fewer than 256 colours, each within the error.
        let image = ramp(1000, 1);
        let png = encode(&image).unwrap();
        let back = decode(&png).unwrap();
        let worst = image.rgba.iter().zip(&back.rgba).map(|(a, b)| a.abs_diff(*b)).max().unwrap();
        assert!(worst <= PALETTE_ERROR, "{worst}");
        assert_eq!(compare(&image, &back, Tolerance::default()), Comparison::Same);
    }

    #[test]
    fn too_many_far_colours_stay_rgb_and_exact() {
        // 600 colours 13 apart cannot share 256 palette entries within the error.
        let image = ramp(600, 13);
        let png = encode(&image).unwrap();
        let info = png::Decoder::new(std::io::Cursor::new(&png)).read_info().unwrap().info().color_type;
        assert_eq!(info, png::ColorType::Rgb);
        assert_eq!(decode(&png).unwrap(), image);
    }
}
