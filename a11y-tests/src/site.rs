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
//! Each check is a module of the crate's `site_checks` that returns its findings; the keyboard
//! walk is done once and serves both the keyboard check and one-look's focus rings.
//!
//! A page that cannot be audited (unreachable, timeout, redirect loop, HTTP error status, not HTML,
//! Chromium crashed) gives a [`PageResult::error`]; the run goes on with the next URL. When
//! Chromium dies it is relaunched once for the remaining pages.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use serde::{Deserialize, Serialize};

use crate::audit::AuditOptions;
use crate::axe::{AxeFinding, AxeRule, load_axe, script_version};
use crate::browser::{Browser, find_chromium};
use crate::error::Result;
use crate::one_look::Palette;
use crate::probe::Session;
use crate::site_checks::{self, PageContext};
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

impl SiteAuditor {
    /// Checks that Chromium and axe-core exist, then launches Chromium (setup errors: see
    /// [`Error::is_setup`](crate::Error::is_setup)).
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

    /// All checks on one page, in report order; findings go into `result` as each check finishes,
    /// with its time.
    fn check_page(&self, session: &Session, url: &str, result: &mut PageResult) -> Result<()> {
        let page = PageContext {
            url,
            viewport: self.options.audit.viewport,
            reflow_width: self.options.reflow_width,
            page_timeout: self.options.audit.page_timeout,
            max_tab_stops: self.options.max_tab_stops,
            palette: &self.palette,
        };
        let mut lap = Lap::start();
        site_checks::load(session, &page)?;
        result.load_millis = lap.take();

        if self.runs(Check::Axe) {
            let axe = site_checks::axe::run(session, &page)?;
            (result.incomplete, result.axe_passes, result.axe_inapplicable) = (axe.incomplete, axe.passes, axe.inapplicable);
            self.finished(result, Check::Axe, axe.findings, lap.take());
        }

        // One look at the resting page, before the walk moves focus; its focus rings come from
        // the walk.
        let at_rest = if self.runs(Check::OneLook) { site_checks::one_look::look_at_rest(session, &page)? } else { Vec::new() };
        let mut one_look_millis = lap.take();
        // One walk serves the keyboard check, or else one-look's focus rings.
        let mut stops = Vec::new();
        if let Some(serves) = [Check::Keyboard, Check::OneLook].into_iter().find(|check| self.runs(*check)) {
            let walk = site_checks::keyboard::walk(session, &page, serves)?;
            result.findings.extend(walk.limit);
            stops = walk.stops;
        }
        if !self.runs(Check::Keyboard) {
            // Without the keyboard check, the walk is there for one-look's focus rings.
            one_look_millis += lap.take();
        }
        if self.runs(Check::Keyboard) {
            result.tab_stops = stops.len();
            self.finished(result, Check::Keyboard, site_checks::keyboard::run(&stops), lap.take());
        }

        if self.runs(Check::Reflow) {
            let findings = site_checks::reflow::run(session, &page)?;
            self.finished(result, Check::Reflow, findings, lap.take());
        }
        if self.runs(Check::TextSpacing) {
            let findings = site_checks::text_spacing::run(session, &page)?;
            self.finished(result, Check::TextSpacing, findings, lap.take());
        }
        if self.runs(Check::OneLook) {
            let findings = site_checks::one_look::run(&page, at_rest, stops);
            self.finished(result, Check::OneLook, findings, one_look_millis + lap.take());
        }
        if self.runs(Check::Scripts) {
            let findings = site_checks::scripts::run(session);
            self.finished(result, Check::Scripts, findings, lap.take());
        }
        Ok(())
    }

    /// Records that `check` ran to the end on this page, with its findings and time.
    fn finished(&self, result: &mut PageResult, check: Check, findings: Vec<Finding>, millis: u64) {
        result.findings.extend(findings);
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

/// Milliseconds between laps: each [`Lap::take`] gives the time since the previous one (or the
/// start).
struct Lap(Instant);

impl Lap {
    fn start() -> Lap {
        Lap(Instant::now())
    }

    fn take(&mut self) -> u64 {
        let millis = self.0.elapsed().as_millis() as u64;
        self.0 = Instant::now();
        millis
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


