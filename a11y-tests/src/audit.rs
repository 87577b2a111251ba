//! [`Auditor`]: one browser, one reusable tab with axe-core preloaded, audits URL after URL.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::axe::{AxeFinding, Violation, load_axe, run_axe};
use crate::browser::{Browser, BrowserOptions, find_chromium};
use crate::error::{Error, Result};
use crate::probe::{Session, with_timeout};

/// Settings for an [`Auditor`]. `Default`: Chromium and axe-core looked up from the environment,
/// 1280×800 viewport, 30 s per page.
#[derive(Debug, Clone)]
pub struct AuditOptions {
    /// Where Chromium is and where its profile goes.
    pub browser: BrowserOptions,
    /// `axe.min.js` instead of the embedded axe-core; `None` → env `EENHEID_AXE`, then the
    /// embedded copy ([`crate::axe::EMBEDDED_AXE`]).
    pub axe: Option<PathBuf>,
    /// Viewport width and height in CSS pixels (320 wide for the reflow check).
    pub viewport: (u32, u32),
    /// Limit for loading a page (until its `load` event), and separately for the axe run on it.
    pub page_timeout: Duration,
}

impl Default for AuditOptions {
    fn default() -> Self {
        AuditOptions {
            browser: BrowserOptions::default(),
            axe: None,
            viewport: (1280, 800),
            page_timeout: Duration::from_secs(30),
        }
    }
}

impl AuditOptions {
    /// Uses this Chromium binary instead of looking it up (takes precedence over `EENHEID_CHROMIUM`).
    pub fn chromium(mut self, path: impl Into<PathBuf>) -> Self {
        self.browser.chromium = Some(path.into());
        self
    }

    /// Uses this `axe.min.js` instead of the embedded axe-core.
    pub fn axe(mut self, path: impl Into<PathBuf>) -> Self {
        self.axe = Some(path.into());
        self
    }

    /// Sets the viewport size.
    pub fn viewport(mut self, width: u32, height: u32) -> Self {
        self.viewport = (width, height);
        self
    }

    /// Sets the per-page timeout.
    pub fn page_timeout(mut self, timeout: Duration) -> Self {
        self.page_timeout = timeout;
        self
    }
}

/// The audit result of one page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageReport {
    /// The audited URL.
    pub url: String,
    /// axe violations: any of these fails the page.
    pub violations: Vec<Violation>,
    /// axe "needs review" results: reported, not failing.
    pub incomplete: Vec<AxeFinding>,
    /// Console errors, uncaught exceptions and failed resource loads seen while loading and
    /// auditing (informational; e.g. a 404 on an island's wasm shows up here).
    pub console_errors: Vec<String>,
}

impl PageReport {
    /// True when axe found no violations.
    pub fn passed(&self) -> bool {
        self.violations.is_empty()
    }

    /// Whether a violation of rule `id` (e.g. `"image-alt"`) was found.
    pub fn has_violation(&self, id: &str) -> bool {
        self.violations.iter().any(|v| v.id == id)
    }
}

/// Audits pages with axe-core in headless Chromium. Owns the browser: keep it in `main` or test
/// scope (never a `static`) so dropping it ends Chromium.
pub struct Auditor {
    options: AuditOptions,
    axe_source: Arc<str>,
    // Declared before `browser`: the tab closes before the browser goes.
    session: Option<Session>,
    browser: Browser,
}

impl Auditor {
    /// Checks that Chromium and axe-core exist, then launches Chromium. Setup errors are one line
    /// (see [`Error::is_setup`]).
    pub fn launch(options: AuditOptions) -> Result<Auditor> {
        // Check both files before starting anything, so the message names what is missing.
        find_chromium(options.browser.chromium.as_deref())?;
        let axe_source: Arc<str> = load_axe(options.axe.as_deref())?.into();
        let browser = Browser::launch(&options.browser)?;
        Ok(Auditor { options, axe_source, session: None, browser })
    }

    /// Loads `url`, waits for its `load` event and runs axe with the WCAG 2.2 AA tags.
    ///
    /// On any error the tab is discarded, and if the DevTools connection is gone (Chromium crashed,
    /// a hung page, or idle past the browser timeout) Chromium is relaunched, so the next call
    /// starts clean.
    pub fn audit(&mut self, url: &str) -> Result<PageReport> {
        let result = self.try_audit(url);
        if result.is_err() {
            self.session = None;
            if !self.browser.is_alive() {
                // If this fails too, the next audit reports it (and tries again).
                let _ = self.relaunch();
            }
        }
        result
    }

    fn try_audit(&mut self, url: &str) -> Result<PageReport> {
        let timeout = self.options.page_timeout;
        let session = self.session()?;
        session.goto(url)?;
        let tab = Arc::clone(session.tab());
        // axe's own Promise.race handles a page that never settles; this outer limit covers a
        // page whose main thread is stuck, where even the timer cannot fire.
        let results = with_timeout(timeout + Duration::from_secs(2), move || run_axe(&tab, timeout))
            .ok_or_else(|| Error::Timeout {
                what: format!("running axe on {url}"),
                secs: timeout.as_secs_f64(),
            })??;
        Ok(PageReport {
            url: url.to_string(),
            violations: results.violations,
            incomplete: results.incomplete,
            console_errors: session.console_errors(),
        })
    }

    /// The reusable audit tab, created (with axe preloaded and the viewport set) when missing.
    fn session(&mut self) -> Result<&Session> {
        if self.session.is_some() && !self.browser.is_alive() {
            self.session = None;
            self.relaunch()?;
        }
        if self.session.is_none() {
            let session = match self.open_audit_session() {
                Ok(session) => session,
                // The connection may have died while idle: relaunch once and retry.
                Err(_) if !self.browser.is_alive() => {
                    self.relaunch()?;
                    self.open_audit_session()?
                }
                Err(e) => return Err(e),
            };
            self.session = Some(session);
        }
        self.session.as_ref().ok_or(Error::ConnectionLost)
    }

    fn open_audit_session(&self) -> Result<Session> {
        let session = self.open_session()?;
        // Once per tab, before the page's own scripts: no re-injection per page.
        session.add_init_script(&self.axe_source)?;
        Ok(session)
    }

    fn relaunch(&mut self) -> Result<()> {
        self.session = None;
        self.browser = Browser::launch(&self.options.browser)?;
        Ok(())
    }

    /// Sets the viewport for this and later audits (e.g. `set_viewport(320, 800)` for reflow).
    pub fn set_viewport(&mut self, width: u32, height: u32) -> Result<()> {
        self.options.viewport = (width, height);
        if let Some(session) = &self.session {
            session.set_viewport(width, height)?;
        }
        Ok(())
    }

    /// Opens a separate [`Session`] (own tab, CSP listener, console capture, current viewport,
    /// no axe) on this auditor's browser, for probes such as hydration or focus checks.
    /// Drop it before the auditor.
    pub fn open_session(&self) -> Result<Session> {
        let session = Session::open(&self.browser, self.options.page_timeout)?;
        let (width, height) = self.options.viewport;
        session.set_viewport(width, height)?;
        Ok(session)
    }

    /// The browser this auditor owns.
    pub fn browser(&self) -> &Browser {
        &self.browser
    }

    /// The options in force (the viewport reflects [`set_viewport`](Auditor::set_viewport)).
    pub fn options(&self) -> &AuditOptions {
        &self.options
    }
}
