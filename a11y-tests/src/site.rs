//! [`SiteAuditor`]: everything `eenheid-audit` checks on each page of a site, on one Chromium with
//! one or more tabs.
//!
//! Per URL, on one load of the page (1280×800 unless configured):
//! - **axe**: axe-core with the WCAG 2.0/2.1/2.2 A and AA tags ([`crate::WCAG_TAGS`]). axe is an
//!   init script of each tab (`Page.addScriptToEvaluateOnNewDocument`), so it is sent to Chromium
//!   once per tab and evaluated once per document, never re-injected per check;
//! - **keyboard**: a Tab walk through the whole page ([`crate::keyboard::walk_up_to`], the same
//!   walk the browser tests use): every stop must show a visible focus indicator, measured on
//!   pixels (3:1 between the focused and unfocused look over the area of a 2 CSS px perimeter,
//!   [`crate::focus_indicator`]), and be on screen; a page with more stops than
//!   [`SiteOptions::max_tab_stops`] is a finding (`tab-stop-limit`), never a silent stop;
//! - **reflow**: at 320 CSS px wide the page must not scroll sideways
//!   ([`crate::checks::horizontal_overflow`], WCAG 1.4.10);
//! - **text-spacing**: with the WCAG 1.4.12 spacing no text is cut off, at the page's width and
//!   at 320 CSS px ([`crate::checks::text_spacing_clipped`]);
//! - **one-look** (optional): colours, font families, focus rings and touch targets against the
//!   Eenheid tokens ([`crate::one_look`]);
//! - **scripts**: uncaught JavaScript exceptions while loading and checking.
//!
//! A page that cannot be audited (unreachable, timeout, redirect loop, HTTP error status, not HTML,
//! Chromium crashed) gives a [`PageResult::error`]; the run goes on with the next URL. When
//! Chromium dies it is relaunched once for the remaining pages.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::audit::AuditOptions;
use crate::axe::{AxeFinding, AxeRule, load_axe, run_axe, script_version};
use crate::browser::{Browser, find_chromium};
use crate::error::{Error, Result};
use crate::one_look::{self, FocusRing, Palette};
use crate::probe::{Session, with_timeout};
use crate::sitemap::{Sitemap, is_http_url, parse_sitemap};

/// One kind of check. Each URL × check is one JUnit test case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    /// axe-core, WCAG 2.x A + AA.
    Axe,
    /// The keyboard walk: visible focus indicator, on screen.
    Keyboard,
    /// No horizontal scrolling at 320 CSS px.
    Reflow,
    /// No text cut off with the WCAG 1.4.12 text spacing, at the viewport width and 320 CSS px.
    TextSpacing,
    /// Colours, fonts, focus rings and touch targets against the Eenheid tokens.
    OneLook,
    /// Uncaught JavaScript exceptions.
    Scripts,
}

impl Check {
    /// Every check, in report order.
    pub const ALL: [Check; 6] = [Check::Axe, Check::Keyboard, Check::Reflow, Check::TextSpacing, Check::OneLook, Check::Scripts];

    /// What `eenheid-audit` runs unless told otherwise: all but one-look (which only makes sense
    /// for a site built with Eenheid).
    pub const DEFAULT: [Check; 5] = [Check::Axe, Check::Keyboard, Check::Reflow, Check::TextSpacing, Check::Scripts];

    /// The check named `name` (as in [`Check::name`]).
    pub fn from_name(name: &str) -> Option<Check> {
        Check::ALL.into_iter().find(|check| check.name() == name)
    }

    /// The name used in reports: `axe`, `keyboard`, `reflow`, `text-spacing`, `one-look`, `scripts`.
    pub fn name(self) -> &'static str {
        match self {
            Check::Axe => "axe",
            Check::Keyboard => "keyboard",
            Check::Reflow => "reflow",
            Check::TextSpacing => "text-spacing",
            Check::OneLook => "one-look",
            Check::Scripts => "scripts",
        }
    }
}

/// One problem found on a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The check that found it.
    pub check: Check,
    /// Rule id: an axe rule (`label`), or `focus-visible`, `focus-on-screen`, `tab-stop-limit`,
    /// `reflow`, `text-spacing`, `one-look-colour`, `one-look-font`, `one-look-focus-ring`,
    /// `one-look-touch-target`, `script-error`.
    pub rule: String,
    /// axe impact (`minor` … `critical`) or this tool's: `serious` for keyboard, reflow and text
    /// spacing, `moderate` for one-look, script errors and a walk that reached its limit.
    pub impact: Option<String>,
    /// CSS selector of the element (`html` for the page as a whole).
    pub target: String,
    /// What is wrong, one line.
    pub message: String,
    /// Where to read how to fix it.
    pub help_url: Option<String>,
    /// True when the baseline lists it (known, not failing).
    #[serde(default)]
    pub known: bool,
    /// The WCAG success criteria it fails (`1.4.3`, …): from the axe rule's tags, or for this
    /// tool's own rules from [`crate::wcag::rule_criteria`]. Empty for findings that are not a
    /// WCAG failure (one-look, script errors).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<String>,
}

/// What auditing one URL gave.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageResult {
    /// The URL.
    pub url: String,
    /// Why the page could not be audited (one line), if so. Findings are then incomplete.
    pub error: Option<String>,
    /// The checks that ran to the end.
    pub checks: Vec<Check>,
    /// Everything found (new and known).
    pub findings: Vec<Finding>,
    /// axe "needs review" results (never failing).
    pub incomplete: Vec<AxeFinding>,
    /// axe rules that checked elements here and found no failure (ids and WCAG tags).
    #[serde(default)]
    pub axe_passes: Vec<AxeRule>,
    /// axe rules that found no element to check here.
    #[serde(default)]
    pub axe_inapplicable: Vec<AxeRule>,
    /// Console errors and failed resource loads (informational).
    pub console_errors: Vec<String>,
    /// Number of Tab stops of the keyboard walk.
    pub tab_stops: usize,
    /// Wall time for this page, in milliseconds.
    pub millis: u64,
    /// Of which loading the page (navigation to its `load` event), in milliseconds.
    #[serde(default)]
    pub load_millis: u64,
    /// Of which each check, in milliseconds: shows which check is slow on which page.
    #[serde(default)]
    pub check_millis: std::collections::BTreeMap<Check, u64>,
}

impl Finding {
    /// A new (not yet known) finding; its criteria from [`crate::wcag::rule_criteria`].
    pub fn new(check: Check, rule: &str, impact: Option<&str>, target: &str, message: String, help_url: Option<&str>) -> Finding {
        Finding {
            criteria: crate::wcag::rule_criteria(check, rule).iter().map(|c| c.number.to_owned()).collect(),
            check,
            rule: rule.to_owned(),
            impact: impact.map(str::to_owned),
            target: target.to_owned(),
            message,
            help_url: help_url.map(str::to_owned),
            known: false,
        }
    }
}

impl PageResult {
    fn failed_to_audit(url: &str, error: String, millis: u64) -> PageResult {
        PageResult { url: url.to_owned(), error: Some(error), millis, ..PageResult::default() }
    }

    /// Findings that are not in the baseline.
    pub fn new_findings(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| !f.known)
    }

    /// True when the page was audited and has no new findings.
    pub fn passed(&self) -> bool {
        self.error.is_none() && self.new_findings().next().is_none()
    }
}

/// Settings for a [`SiteAuditor`].
#[derive(Debug, Clone)]
pub struct SiteOptions {
    /// Browser, axe-core, viewport and per-page timeout.
    pub audit: AuditOptions,
    /// Tabs audited in parallel (at least 1).
    pub jobs: usize,
    /// The checks to run (any order; they run and report in [`Check::ALL`] order).
    pub checks: Vec<Check>,
    /// The keyboard walk judges at most this many Tab stops; a page with more gets a
    /// `tab-stop-limit` finding.
    pub max_tab_stops: usize,
    /// Width for the reflow check (320 CSS px: WCAG 1.4.10).
    pub reflow_width: u32,
}

impl Default for SiteOptions {
    fn default() -> Self {
        SiteOptions { audit: AuditOptions::default(), jobs: 1, checks: Check::DEFAULT.to_vec(), max_tab_stops: 200, reflow_width: 320 }
    }
}

/// Audits many pages on one Chromium (see the module documentation). Owns the browser: keep it in
/// `main` or test scope; dropping it ends Chromium.
pub struct SiteAuditor {
    options: SiteOptions,
    axe_source: Arc<str>,
    palette: Palette,
    generation: AtomicU64,
    browser: Mutex<Arc<Browser>>,
}

const HELP_FOCUS_VISIBLE: &str = "https://www.w3.org/WAI/WCAG22/Understanding/focus-visible.html";
const HELP_FOCUS_OBSCURED: &str = "https://www.w3.org/WAI/WCAG22/Understanding/focus-not-obscured-minimum.html";
const HELP_REFLOW: &str = "https://www.w3.org/WAI/WCAG22/Understanding/reflow.html";
const HELP_TEXT_SPACING: &str = "https://www.w3.org/WAI/WCAG22/Understanding/text-spacing.html";

impl SiteAuditor {
    /// Checks that Chromium and axe-core exist, then launches Chromium (setup errors: see
    /// [`Error::is_setup`]).
    pub fn launch(options: SiteOptions) -> Result<SiteAuditor> {
        find_chromium(options.audit.browser.chromium.as_deref())?;
        let axe_source: Arc<str> = load_axe(options.audit.axe.as_deref())?.into();
        let browser = Browser::launch(&options.audit.browser)?;
        Ok(SiteAuditor {
            options,
            axe_source,
            palette: Palette::eenheid(),
            generation: AtomicU64::new(0),
            browser: Mutex::new(Arc::new(browser)),
        })
    }

    /// The checks each page gets, in report order.
    pub fn checks(&self) -> Vec<Check> {
        Check::ALL.into_iter().filter(|check| self.runs(*check)).collect()
    }

    fn runs(&self, check: Check) -> bool {
        self.options.checks.contains(&check)
    }

    /// The axe-core version read from the loaded `axe.min.js`, if it says.
    pub fn axe_version(&self) -> Option<String> {
        script_version(&self.axe_source).map(str::to_owned)
    }

    /// Chromium's product string (`HeadlessChrome/131.0.6778.85`), if the browser answers.
    pub fn chromium_version(&self) -> Option<String> {
        self.current().1.raw().get_version().ok().map(|v| v.product)
    }

    /// The options in force.
    pub fn options(&self) -> &SiteOptions {
        &self.options
    }

    /// Chromium's process id (changes when Chromium is relaunched after a crash).
    pub fn browser_pid(&self) -> Option<u32> {
        self.current().1.process_id()
    }

    /// The current browser's profile folder (see [`Browser::profile_dir`]).
    pub fn profile_dir(&self) -> std::path::PathBuf {
        self.current().1.profile_dir().to_path_buf()
    }

    fn current(&self) -> (u64, Arc<Browser>) {
        let browser = self.browser.lock().unwrap_or_else(|p| p.into_inner());
        (self.generation.load(Ordering::SeqCst), Arc::clone(&browser))
    }

    /// Relaunches Chromium if the browser of generation `seen` is dead (only once per crash, however
    /// many tabs notice it).
    fn recover(&self, seen: u64) -> Result<()> {
        let mut browser = self.browser.lock().unwrap_or_else(|p| p.into_inner());
        if self.generation.load(Ordering::SeqCst) != seen || browser.is_alive() {
            return Ok(());
        }
        *browser = Arc::new(Browser::launch(&self.options.audit.browser)?);
        self.generation.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }

    fn open_tab(&self, browser: &Browser) -> Result<Session> {
        let session = Session::open(browser, self.options.audit.page_timeout)?;
        session.add_init_script(&self.axe_source)?;
        Ok(session)
    }

    /// Audits `urls` with [`SiteOptions::jobs`] tabs in parallel. `progress` is called (from the
    /// worker threads) as each page finishes, with its index in `urls`. Results are in `urls` order.
    pub fn audit_all(&self, urls: &[String], progress: &(dyn Fn(usize, &PageResult) + Sync)) -> Vec<PageResult> {
        let queue: Mutex<VecDeque<usize>> = Mutex::new((0..urls.len()).collect());
        let results: Mutex<Vec<Option<PageResult>>> = Mutex::new(vec![None; urls.len()]);
        let jobs = self.options.jobs.clamp(1, urls.len().max(1));
        std::thread::scope(|scope| {
            for _ in 0..jobs {
                scope.spawn(|| {
                    let mut tab: Option<(u64, Session)> = None;
                    loop {
                        let next = queue.lock().unwrap_or_else(|p| p.into_inner()).pop_front();
                        let Some(index) = next else { break };
                        let result = self.audit_one(&mut tab, &urls[index]);
                        progress(index, &result);
                        results.lock().unwrap_or_else(|p| p.into_inner())[index] = Some(result);
                    }
                });
            }
        });
        results
            .into_inner()
            .unwrap_or_else(|p| p.into_inner())
            .into_iter()
            .zip(urls)
            .map(|(result, url)| result.unwrap_or_else(|| PageResult::failed_to_audit(url, "not audited (worker stopped)".into(), 0)))
            .collect()
    }

    /// Audits one URL on this worker's tab (opened or reopened as needed).
    fn audit_one(&self, tab: &mut Option<(u64, Session)>, url: &str) -> PageResult {
        let start = Instant::now();
        let millis = |start: Instant| start.elapsed().as_millis() as u64;
        let (generation, browser) = self.current();
        if tab.as_ref().is_some_and(|(g, _)| *g != generation) {
            *tab = None;
        }
        if tab.is_none() {
            let opened = self.open_tab(&browser).or_else(|e| {
                if browser.is_alive() {
                    return Err(e);
                }
                self.recover(generation)?;
                let (_, browser) = self.current();
                self.open_tab(&browser)
            });
            match opened {
                Ok(session) => *tab = Some((self.current().0, session)),
                Err(e) => return PageResult::failed_to_audit(url, e.to_string(), millis(start)),
            }
        }
        let Some((tab_generation, session)) = tab.as_ref() else { unreachable!("a tab was just opened") };
        let tab_generation = *tab_generation;
        let mut result = PageResult { url: url.to_owned(), ..PageResult::default() };
        let outcome = self.check_page(session, url, &mut result);
        result.console_errors = session.console_errors().into_iter().filter(|e| !e.starts_with("uncaught: ")).collect();
        if let Err(error) = outcome {
            // The tab may be in any state: start the next page on a fresh one.
            *tab = None;
            let (now, browser) = self.current();
            let alive = browser.is_alive();
            // Dead now, or already relaunched by another tab: this page's browser crashed.
            let message = if alive && now == tab_generation {
                error.to_string()
            } else {
                let restarted = match if alive { Ok(()) } else { self.recover(now) } {
                    Ok(()) => "restarted it for the next pages",
                    Err(_) => "could not restart it",
                };
                format!("Chromium stopped (crashed or was killed) while auditing this page ({error}); {restarted}")
            };
            result.error = Some(message);
        }
        result.millis = millis(start);
        result
    }

    /// All checks on one page; findings go into `result` as each check finishes, with its time.
    fn check_page(&self, session: &Session, url: &str, result: &mut PageResult) -> Result<()> {
        if !is_http_url(url) {
            return Err(Error::Navigation { url: url.to_owned(), reason: "only http:// and https:// URLs are audited".into() });
        }
        let timeout = self.options.audit.page_timeout;
        let (width, height) = self.options.audit.viewport;
        let mut lap = Instant::now();
        let took = |lap: &mut Instant| {
            let millis = lap.elapsed().as_millis() as u64;
            *lap = Instant::now();
            millis
        };
        session.set_viewport(width, height)?;
        session.goto(url)?;
        let page = session.eval_json(
            "({ type: document.contentType, status: performance.getEntriesByType('navigation')[0]?.responseStatus ?? 0 })",
        )?;
        let content_type = page["type"].as_str().unwrap_or("").to_owned();
        if !matches!(content_type.as_str(), "text/html" | "application/xhtml+xml") {
            return Err(Error::Navigation { url: url.to_owned(), reason: format!("not an HTML page ({content_type})") });
        }
        let status = page["status"].as_u64().unwrap_or(0);
        if status >= 400 {
            return Err(Error::Navigation { url: url.to_owned(), reason: format!("HTTP status {status}") });
        }
        result.load_millis = took(&mut lap);

        if self.runs(Check::Axe) {
            let tab = Arc::clone(session.tab());
            let axe = with_timeout(timeout + Duration::from_secs(2), move || run_axe(&tab, timeout))
                .ok_or_else(|| Error::Timeout { what: format!("running axe on {url}"), secs: timeout.as_secs_f64() })??;
            for v in axe.violations {
                let criteria = crate::wcag::axe_tags_criteria(&v.tags);
                for node in &v.nodes {
                    let mut finding = Finding::new(Check::Axe, &v.id, v.impact.as_deref(), &node.target, v.help.clone(), Some(&v.help_url));
                    finding.criteria = criteria.iter().map(|c| c.number.to_owned()).collect();
                    result.findings.push(finding);
                }
            }
            result.incomplete = axe.incomplete;
            result.axe_passes = axe.passes;
            result.axe_inapplicable = axe.inapplicable;
            self.finished(result, Check::Axe, took(&mut lap));
        }

        // One look at the resting page, before the walk moves focus; its focus rings come from
        // the walk.
        let mut one_look_findings = Vec::new();
        if self.runs(Check::OneLook) {
            let declarations = one_look::collect(session)?;
            one_look_findings = one_look::judge_declarations(&self.palette, &declarations);
            one_look_findings.extend(one_look::judge_targets(&self.palette, &one_look::collect_targets(session)?));
        }
        let one_look_millis = took(&mut lap);

        let mut stops = Vec::new();
        if self.runs(Check::Keyboard) || self.runs(Check::OneLook) {
            let max = self.options.max_tab_stops;
            let walk = crate::keyboard::walk_up_to(session, None, max)?;
            stops = walk.stops;
            if walk.limit_reached {
                // The walk served the keyboard check, or else one-look's focus rings.
                let check = if self.runs(Check::Keyboard) { Check::Keyboard } else { Check::OneLook };
                let message = format!(
                    "the keyboard walk stopped at its limit of {max} Tab stops; the stops after it were not checked: raise --max-tab-stops"
                );
                result.findings.push(Finding::new(check, "tab-stop-limit", Some("moderate"), "html", message, None));
            }
        }
        // Without the keyboard check, the walk is there for one-look's focus rings.
        let walk_for_one_look = if self.runs(Check::Keyboard) { 0 } else { took(&mut lap) };
        if self.runs(Check::Keyboard) {
            result.tab_stops = stops.len();
            for stop in &stops {
                let target = stop.ring.selector.as_str();
                if !stop.visible_indicator {
                    let message = format!("{} has no visible focus indicator: {}", stop.label, stop.indicator_detail());
                    result.findings.push(Finding::new(Check::Keyboard, "focus-visible", Some("serious"), target, message, Some(HELP_FOCUS_VISIBLE)));
                }
                if !stop.on_screen {
                    let message = format!("{} gets keyboard focus but is not visible on screen", stop.label);
                    result.findings.push(Finding::new(Check::Keyboard, "focus-on-screen", Some("serious"), target, message, Some(HELP_FOCUS_OBSCURED)));
                }
            }
            self.finished(result, Check::Keyboard, took(&mut lap));
        }

        if self.runs(Check::Reflow) {
            // The loaded page at the narrow width: media queries apply at once, no second load.
            session.set_viewport(self.options.reflow_width, height)?;
            let overflow = crate::checks::horizontal_overflow(session);
            session.set_viewport(width, height)?;
            if let Some(description) = overflow? {
                let message = format!("scrolls sideways at {} CSS px: {description}", self.options.reflow_width);
                result.findings.push(Finding::new(Check::Reflow, "reflow", Some("serious"), "html", message, Some(HELP_REFLOW)));
            }
            self.finished(result, Check::Reflow, took(&mut lap));
        }

        if self.runs(Check::TextSpacing) {
            // At the page's width and at the reflow width, where text wraps more; an element cut
            // off at both is one finding, at the first width.
            let mut clipped: Vec<(u32, crate::checks::ClippedText)> = Vec::new();
            let mut widths = vec![width, self.options.reflow_width];
            widths.dedup();
            for at in widths {
                session.set_viewport(at, height)?;
                let found = crate::checks::text_spacing_clipped(session, None);
                if at != width {
                    session.set_viewport(width, height)?;
                }
                for text in found? {
                    if !clipped.iter().any(|(_, seen)| seen.selector == text.selector) {
                        clipped.push((at, text));
                    }
                }
            }
            for (at, text) in clipped {
                let ((cw, ch), (vw, vh)) = (text.content, text.visible);
                let message = format!("text cut off with the WCAG 1.4.12 text spacing at {at} CSS px: {cw}×{ch} px of text in a {vw}×{vh} px box that hides the rest");
                result.findings.push(Finding::new(Check::TextSpacing, "text-spacing", Some("serious"), &text.selector, message, Some(HELP_TEXT_SPACING)));
            }
            self.finished(result, Check::TextSpacing, took(&mut lap));
        }

        if self.runs(Check::OneLook) {
            let rings: Vec<FocusRing> = stops.into_iter().filter(|s| s.visible_indicator).map(|s| s.ring).collect();
            one_look_findings.extend(one_look::judge_focus(&self.palette, &rings));
            for f in one_look_findings {
                result.findings.push(Finding::new(Check::OneLook, f.rule.id(), Some("moderate"), &f.selector, f.summary(), None));
            }
            self.finished(result, Check::OneLook, one_look_millis + walk_for_one_look + took(&mut lap));
        }

        if self.runs(Check::Scripts) {
            for error in session.console_errors() {
                if let Some(text) = error.strip_prefix("uncaught: ") {
                    let message = format!("uncaught JavaScript exception: {text}");
                    result.findings.push(Finding::new(Check::Scripts, "script-error", Some("moderate"), "html", message, None));
                }
            }
            self.finished(result, Check::Scripts, took(&mut lap));
        }
        Ok(())
    }

    fn finished(&self, result: &mut PageResult, check: Check, millis: u64) {
        result.checks.push(check);
        result.check_millis.insert(check, millis);
    }

    /// Fetches a sitemap (or sitemap index, followed up to 3 levels deep) in the browser and returns
    /// the page URLs in order, without duplicates. Problems with nested sitemaps or non-http(s)
    /// entries are returned as `(url, one-line error)` next to the pages that could be read.
    pub fn fetch_sitemap(&self, url: &str) -> (Vec<String>, Vec<(String, String)>) {
        let mut pages = Vec::new();
        let mut errors = Vec::new();
        let mut queue = VecDeque::from([(url.to_owned(), 0usize)]);
        let mut seen = std::collections::HashSet::new();
        let session = match self.open_plain_tab() {
            Ok(session) => session,
            Err(e) => return (pages, vec![(url.to_owned(), format!("cannot fetch the sitemap: {e}"))]),
        };
        while let Some((sitemap, depth)) = queue.pop_front() {
            if !seen.insert(sitemap.clone()) || seen.len() > 1000 {
                continue;
            }
            match fetch_text(&session, &sitemap).and_then(|text| parse_sitemap(&text).map_err(|e| format!("bad sitemap: {e}"))) {
                Ok(Sitemap::Pages(locs)) => {
                    for loc in locs {
                        if !is_http_url(&loc) {
                            errors.push((loc, format!("listed in {sitemap}: not an http(s) URL, skipped")));
                        } else if !pages.contains(&loc) {
                            pages.push(loc);
                        }
                    }
                }
                Ok(Sitemap::Index(children)) if depth < 3 => {
                    for child in children {
                        if is_http_url(&child) {
                            queue.push_back((child, depth + 1));
                        } else {
                            errors.push((child, format!("listed in {sitemap}: not an http(s) URL, skipped")));
                        }
                    }
                }
                Ok(Sitemap::Index(_)) => errors.push((sitemap, "sitemap index nested more than 3 levels deep, not followed".into())),
                Err(e) => errors.push((sitemap, e)),
            }
        }
        (pages, errors)
    }

    fn open_plain_tab(&self) -> Result<Session> {
        let (generation, browser) = self.current();
        match Session::open(&browser, self.options.audit.page_timeout) {
            Ok(s) => Ok(s),
            Err(_) if !browser.is_alive() => {
                self.recover(generation)?;
                Session::open(&self.current().1, self.options.audit.page_timeout)
            }
            Err(e) => Err(e),
        }
    }
}

/// Loads `url` in `session` and reads its body as text (same-origin `fetch` from the loaded
/// document, so the browser's network stack, certificates and proxy settings apply).
fn fetch_text(session: &Session, url: &str) -> std::result::Result<String, String> {
    if !is_http_url(url) {
        return Err("only http:// and https:// sitemaps can be fetched".into());
    }
    session.goto(url).map_err(|e| format!("cannot fetch the sitemap: {e}"))?;
    let reply = session
        .eval_json(
            "fetch(location.href, { cache: 'force-cache', redirect: 'follow' }).then(async (r) => \
             ({ status: r.status, type: r.headers.get('content-type') || '', text: await r.text() }))",
        )
        .map_err(|e| format!("cannot fetch the sitemap: {e}"))?;
    let status = reply["status"].as_u64().unwrap_or(0);
    if !(200..300).contains(&status) {
        return Err(format!("cannot fetch the sitemap: HTTP status {status}"));
    }
    Ok(reply["text"].as_str().unwrap_or_default().to_owned())
}


