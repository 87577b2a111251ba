//! Accessibility audits with headless Chromium and axe-core, for any URL.
//!
//! The core of the `eenheid-audit` CLI that agencies run in CI: launch a [`Browser`] (or an
//! [`Auditor`], which owns one), audit pages against WCAG 2.2 AA with axe-core, and print a
//! [`format_report`] a CI log can show. [`Session`] and the [`probe`] helpers drive a tab directly
//! for checks axe cannot do (hydration, CSP, focus).
//!
//! The CLI itself is built from [`site`] (every check on every page of a site, on one Chromium
//! with parallel tabs, surviving crashes), [`sitemap`] (sitemaps and URL lists), [`site_report`]
//! (summary, JSON, JUnit, baselines) and [`one_look`] (colours, fonts and focus rings against the
//! Eenheid tokens). For auditors: [`wcag`] (the WCAG criteria and what each check can establish),
//! [`evidence`] (a run's outcome per criterion), [`earl`] (EARL for the WCAG-EM Report Tool) and
//! [`statement`] (a draft Dutch accessibility statement).
//!
//! Own the `Browser`/`Auditor` in `main` or test scope, never in a `static`: it is what kills
//! Chromium when dropped. Tests should use a `harness = false` binary for the same reason.

pub mod audit;
pub mod axe;
pub mod browser;
pub mod checks;
pub mod conformance;
pub mod earl;
pub mod error;
pub mod evidence;
pub mod focus_indicator;
pub mod keyboard;
pub mod one_look;
pub mod probe;
pub mod report;
pub mod site;
mod site_checks;
pub mod site_report;
pub mod sitemap;
pub mod screenshot;
pub mod statement;
pub mod wcag;

pub use audit::{AuditOptions, Auditor, PageReport};
pub use axe::{AxeFinding, AxeNode, AxeResults, AxeRule, Violation, WCAG_TAGS};
pub use browser::{Browser, BrowserOptions};
pub use error::{Error, Result};
pub use probe::Session;
pub use report::{format_report, format_report_json};
