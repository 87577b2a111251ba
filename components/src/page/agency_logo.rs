//! The agency's logo in the header: the one thing of its own an agency may show there. Its image
//! keeps its own colours; the header around it does not change (no colour, no font, no height):
//! every logo is drawn at the same height (`size.logo-height`), so the header keeps one shape for
//! every agency.

use std::fmt;

/// Why a logo was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LogoRefusal {
    /// The address is empty or has a scheme other than `http:` or `https:` (`javascript:`,
    /// `data:`, …): see [`crate::url::image_src`].
    UnsafeSource(String),
    /// The alt text is empty: a screen reader would not hear whose page this is.
    MissingAlt,
}

impl fmt::Display for LogoRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LogoRefusal::UnsafeSource(src) => {
                write!(f, "the logo's address {src:?} is not an http(s) or relative address")
            }
            LogoRefusal::MissingAlt => write!(f, "the logo has no alt text; give the agency's name in full"),
        }
    }
}

/// An agency's logo: an image address and its alt text, the agency's name in full.
///
/// A refused logo (an unsafe address, an empty alt text) is a programming error: debug builds
/// panic in [`AgencyLogo::new`], so it is found in development; release builds leave the logo out
/// and the header shows the agency's name in text, as without a logo.
///
/// ```
/// use eenheid::page::agency_logo::{AgencyLogo, LogoRefusal};
/// let logo = AgencyLogo::new("/static/logo.svg", "Gemeente Voorbeeldstad");
/// assert_eq!(logo.refusal(), None);
/// assert_eq!(AgencyLogo::judge("javascript:alert(1)", "Gemeente Voorbeeldstad").refusal(),
///     Some(&LogoRefusal::UnsafeSource("javascript:alert(1)".into())));
/// assert_eq!(AgencyLogo::judge("/static/logo.svg", " ").refusal(), Some(&LogoRefusal::MissingAlt));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgencyLogo(Result<LogoImage, LogoRefusal>);

/// A logo that passed: a safe address and an alt text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct LogoImage {
    pub(crate) src: String,
    pub(crate) alt: String,
}

impl AgencyLogo {
    /// The logo at `src` (an `http(s)` or relative address of an image), with `alt`: the
    /// agency's name in full, as the logo shows it ("Gemeente Voorbeeldstad").
    ///
    /// # Panics
    /// In debug builds, when the address is unsafe or the alt text is empty.
    pub fn new(src: impl Into<String>, alt: impl Into<String>) -> Self {
        let logo = AgencyLogo::judge(src, alt);
        if let Some(refusal) = logo.refusal().filter(|_| cfg!(debug_assertions)) {
            panic!("Eenheid AgencyLogo: {refusal}");
        }
        logo
    }

    /// The logo as [`AgencyLogo::new`] judges it, without the debug panic: what a release build
    /// does with a refused logo.
    pub fn judge(src: impl Into<String>, alt: impl Into<String>) -> Self {
        let (src, alt) = (src.into(), alt.into());
        let alt = alt.trim();
        AgencyLogo(match crate::url::image_src(&src) {
            None => Err(LogoRefusal::UnsafeSource(src)),
            Some(_) if alt.is_empty() => Err(LogoRefusal::MissingAlt),
            Some(src) => Ok(LogoImage { src, alt: alt.to_owned() }),
        })
    }

    /// Why the logo is left out, if it is.
    pub fn refusal(&self) -> Option<&LogoRefusal> {
        self.0.as_ref().err()
    }

    /// The image to show, unless it was refused.
    pub(crate) fn image(self) -> Option<LogoImage> {
        self.0.ok()
    }
}
