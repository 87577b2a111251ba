//! Colour parsing and the WCAG 2.x contrast formula.
//!
//! Only the notations a token file needs are accepted: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`,
//! `rgb()`/`rgba()` (comma or space syntax). Named colours are deliberately refused: a token file
//! should say exactly which colour it means, and "red-ish" should be an error, not a guess.

use std::fmt;

/// An opaque sRGB colour with 8 bits per channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb {
    /// Red, 0–255.
    pub r: u8,
    /// Green, 0–255.
    pub g: u8,
    /// Blue, 0–255.
    pub b: u8,
}

impl Rgb {
    /// Builds a colour from its channels.
    pub const fn new(r: u8, g: u8, b: u8) -> Self {
        Rgb { r, g, b }
    }
}

/// Formats as lowercase `#rrggbb`, the form the generated CSS uses.
impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

/// An sRGB colour that may be translucent (alpha 0–255).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgba {
    /// The colour channels.
    pub rgb: Rgb,
    /// Opacity, 0 (transparent) – 255 (opaque).
    pub alpha: u8,
}

/// Formats as `#rrggbb` when opaque, `#rrggbbaa` otherwise.
impl fmt::Display for Rgba {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.alpha == 255 {
            write!(f, "{}", self.rgb)
        } else {
            write!(f, "{}{:02x}", self.rgb, self.alpha)
        }
    }
}

/// Why a string is not a usable colour.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ColourError {
    /// The text is not in one of the accepted notations.
    Syntax {
        /// The text that was given.
        input: String,
        /// What exactly is wrong.
        reason: String,
    },
    /// The colour is not fully opaque. Its contrast depends on whatever is behind it, so it
    /// cannot be checked against a fixed background.
    Translucent {
        /// The text that was given.
        input: String,
    },
}

impl fmt::Display for ColourError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ColourError::Syntax { input, reason } => write!(
                f,
                "`{input}` is not a colour ({reason}); use #rgb, #rrggbb, #rrggbbaa or rgb()"
            ),
            ColourError::Translucent { input } => write!(
                f,
                "`{input}` is translucent; contrast can only be computed for opaque colours"
            ),
        }
    }
}

impl std::error::Error for ColourError {}

/// Parses an opaque colour. A translucent colour (alpha < 1) is an error, because its contrast
/// cannot be known without the backdrop.
///
/// ```
/// use eenheid_tokens::{parse_colour, Rgb};
/// assert_eq!(parse_colour("#154273"), Ok(Rgb::new(0x15, 0x42, 0x73)));
/// assert_eq!(parse_colour("rgb(0 123 199)"), Ok(Rgb::new(0, 123, 199)));
/// assert!(parse_colour("#ggg").is_err());
/// ```
pub fn parse_colour(input: &str) -> Result<Rgb, ColourError> {
    let colour = parse_colour_alpha(input)?;
    if colour.alpha == 255 {
        Ok(colour.rgb)
    } else {
        Err(ColourError::Translucent {
            input: input.to_owned(),
        })
    }
}

/// Parses a colour that may be translucent (`#rrggbbaa`, `rgba(…)`, `rgb(… / 50%)`).
pub fn parse_colour_alpha(input: &str) -> Result<Rgba, ColourError> {
    let syntax = |reason: &str| ColourError::Syntax {
        input: input.to_owned(),
        reason: reason.to_owned(),
    };
    let text = input.trim();
    if let Some(hex) = text.strip_prefix('#') {
        return parse_hex(hex)
            .ok_or_else(|| syntax("expected 3, 4, 6 or 8 hexadecimal digits after #"));
    }
    let lower = text.to_ascii_lowercase();
    let inner = lower
        .strip_prefix("rgba(")
        .or_else(|| lower.strip_prefix("rgb("))
        .and_then(|rest| rest.strip_suffix(')'))
        .ok_or_else(|| syntax("expected #hex or rgb(…)"))?;
    parse_rgb_function(inner).map_err(|reason| syntax(&reason))
}

fn parse_hex(hex: &str) -> Option<Rgba> {
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
    let pair = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    // Short forms double each digit: #abc == #aabbcc.
    let short = |i: usize| digit(i).map(|d| d * 17);
    let (r, g, b, a) = match hex.len() {
        3 => (short(0)?, short(1)?, short(2)?, 255),
        4 => (short(0)?, short(1)?, short(2)?, short(3)?),
        6 => (pair(0)?, pair(2)?, pair(4)?, 255),
        8 => (pair(0)?, pair(2)?, pair(4)?, pair(6)?),
        _ => return None,
    };
    Some(Rgba {
        rgb: Rgb::new(r, g, b),
        alpha: a,
    })
}

/// Parses the inside of `rgb(…)`: either `r, g, b[, a]` or `r g b[ / a]`.
fn parse_rgb_function(inner: &str) -> Result<Rgba, String> {
    let (channels, alpha): (Vec<&str>, Option<&str>) = if inner.contains(',') {
        let mut parts: Vec<&str> = inner.split(',').map(str::trim).collect();
        let alpha = if parts.len() == 4 { parts.pop() } else { None };
        (parts, alpha)
    } else {
        let (channels, alpha) = match inner.split_once('/') {
            Some((c, a)) => (c, Some(a.trim())),
            None => (inner, None),
        };
        (channels.split_whitespace().collect(), alpha)
    };
    if channels.len() != 3 {
        return Err(format!("expected 3 channels, found {}", channels.len()));
    }
    let r = channel(channels[0])?;
    let g = channel(channels[1])?;
    let b = channel(channels[2])?;
    let alpha = match alpha {
        Some(a) => alpha_channel(a)?,
        None => 255,
    };
    Ok(Rgba {
        rgb: Rgb::new(r, g, b),
        alpha,
    })
}

/// One colour channel: `0`–`255` or `0%`–`100%`. Out-of-range values are errors rather than
/// clamped as CSS would: in a token file they are typos.
fn channel(text: &str) -> Result<u8, String> {
    let value = match text.strip_suffix('%') {
        Some(pct) => number(pct)? * 2.55,
        None => number(text)?,
    };
    if !(0.0..=255.0).contains(&value) {
        return Err(format!("channel `{text}` is outside 0–255"));
    }
    Ok(value.round() as u8)
}

fn alpha_channel(text: &str) -> Result<u8, String> {
    let value = match text.strip_suffix('%') {
        Some(pct) => number(pct)? / 100.0,
        None => number(text)?,
    };
    if !(0.0..=1.0).contains(&value) {
        return Err(format!("alpha `{text}` is outside 0–1"));
    }
    Ok((value * 255.0).round() as u8)
}

fn number(text: &str) -> Result<f64, String> {
    text.trim()
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .ok_or_else(|| format!("`{text}` is not a number"))
}

/// Relative luminance as defined by WCAG 2.x: 0.0 for black, 1.0 for white.
///
/// Channels are linearised with the sRGB curve; the threshold is 0.04045 (the sRGB standard's
/// value; WCAG's older 0.03928 gives identical results for 8-bit channels).
pub fn relative_luminance(colour: Rgb) -> f64 {
    fn linear(channel: u8) -> f64 {
        let c = f64::from(channel) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b)
}

/// WCAG 2.x contrast ratio between two colours, from 1.0 (identical) to 21.0 (black on white).
/// The order of the arguments does not matter.
///
/// ```
/// use eenheid_tokens::{contrast_ratio, Rgb};
/// let ratio = contrast_ratio(Rgb::new(0, 0, 0), Rgb::new(255, 255, 255));
/// assert!((ratio - 21.0).abs() < 1e-9);
/// ```
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    let (light, dark) = if la >= lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BLACK: Rgb = Rgb::new(0, 0, 0);
    const WHITE: Rgb = Rgb::new(255, 255, 255);

    #[test]
    fn hex_forms() {
        assert_eq!(parse_colour("#fff"), Ok(WHITE));
        assert_eq!(parse_colour("#FFFFFF"), Ok(WHITE));
        assert_eq!(parse_colour("#000000ff"), Ok(BLACK));
        assert_eq!(parse_colour("#154273"), Ok(Rgb::new(0x15, 0x42, 0x73)));
        let translucent = parse_colour_alpha("#15427380").unwrap();
        assert_eq!(translucent.alpha, 0x80);
        assert_eq!(translucent.to_string(), "#15427380");
        assert!(matches!(
            parse_colour("#15427380"),
            Err(ColourError::Translucent { .. })
        ));
    }

    #[test]
    fn rgb_forms() {
        assert_eq!(parse_colour("rgb(21, 66, 115)"), Ok(Rgb::new(21, 66, 115)));
        assert_eq!(parse_colour("RGB(21 66 115)"), Ok(Rgb::new(21, 66, 115)));
        assert_eq!(parse_colour("rgb(100% 0% 0%)"), Ok(Rgb::new(255, 0, 0)));
        assert_eq!(parse_colour("rgba(0, 0, 0, 1)"), Ok(BLACK));
        assert_eq!(parse_colour_alpha("rgb(0 0 0 / 50%)").unwrap().alpha, 128);
        assert!(matches!(
            parse_colour("rgba(0, 0, 0, 0.5)"),
            Err(ColourError::Translucent { .. })
        ));
    }

    #[test]
    fn rejects_garbage() {
        for bad in [
            "#12",
            "#ggg",
            "#12345",
            "",
            "red",
            "red-ish",
            "rgb(1, 2)",
            "rgb(300 0 0)",
            "rgb(a b c)",
            "#",
        ] {
            let err = parse_colour(bad).expect_err(bad);
            assert!(err.to_string().contains(&format!("`{bad}`")), "{err}");
        }
    }

    #[test]
    fn known_ratios() {
        assert!((contrast_ratio(BLACK, WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio(WHITE, BLACK) - 21.0).abs() < 1e-9);
        assert_eq!(
            contrast_ratio(Rgb::new(0x15, 0x42, 0x73), Rgb::new(0x15, 0x42, 0x73)),
            1.0
        );
        // Rijksblauw on white, computed independently: 10.20.
        let rijksblauw = contrast_ratio(Rgb::new(0x15, 0x42, 0x73), WHITE);
        assert!((rijksblauw - 10.2).abs() < 0.1, "{rijksblauw}");
        // The classic borderline grey: #767676 is the lightest grey passing 4.5:1 on white.
        let grey = contrast_ratio(Rgb::new(0x76, 0x76, 0x76), WHITE);
        assert!(grey >= 4.5 && grey < 4.6, "{grey}");
        assert!(contrast_ratio(Rgb::new(0x77, 0x77, 0x77), WHITE) < 4.5);
    }

    #[test]
    fn luminance_bounds() {
        assert_eq!(relative_luminance(BLACK), 0.0);
        assert!((relative_luminance(WHITE) - 1.0).abs() < 1e-12);
    }
}
