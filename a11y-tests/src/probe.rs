//! Small browser helpers for checks beyond axe: evaluate JavaScript, click, read attributes, wait
//! for a condition, collect CSP violations and console errors; and [`Session`], one tab that a
//! caller drives step by step (open a page, wait for an island to hydrate, click, read state).

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use headless_chrome::Tab;
use headless_chrome::protocol::cdp::types::{Event, Method};
use headless_chrome::protocol::cdp::{Emulation, Page};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::browser::Browser;
use crate::error::{Error, Result, one_line};

/// `Runtime.evaluate` with lenient reply types: headless_chrome's generated `RemoteObject` enums
/// are older than current Chromium, and `Tab::evaluate` turns exceptions into `Ok`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Evaluate {
    expression: String,
    return_by_value: bool,
    await_promise: bool,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct EvaluateReply {
    #[serde(default)]
    result: Value,
    #[serde(default)]
    exception_details: Option<Value>,
}

impl Method for Evaluate {
    const NAME: &'static str = "Runtime.evaluate";
    type ReturnObject = EvaluateReply;
}

/// Evaluates `js` in the page and returns its value as JSON. Promises are awaited. A thrown
/// exception or rejected promise becomes `Err(Error::Script(..))` with the exception's first line.
/// `undefined` comes back as `Value::Null`.
pub fn eval_json(tab: &Tab, js: &str) -> Result<Value> {
    let reply = tab
        .call_method(Evaluate { expression: js.to_string(), return_by_value: true, await_promise: true })
        .map_err(Error::from_cdp)?;
    if let Some(details) = reply.exception_details {
        return Err(Error::Script(exception_text(&details)));
    }
    Ok(reply.result.get("value").cloned().unwrap_or(Value::Null))
}

/// The most useful single line out of a CDP `ExceptionDetails` object.
fn exception_text(details: &Value) -> String {
    let exception = details.get("exception");
    let text = exception
        .and_then(|e| e.get("description"))
        .and_then(Value::as_str)
        .map(|d| d.lines().next().unwrap_or(d).to_string())
        .or_else(|| exception.and_then(|e| e.get("value")).map(|v| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        }))
        .or_else(|| details.get("text").and_then(Value::as_str).map(str::to_string))
        .unwrap_or_else(|| "unknown exception".to_string());
    one_line(&text)
}

/// JSON-encodes a string so it can be pasted into JavaScript source safely.
pub fn js_string(text: &str) -> String {
    Value::String(text.to_string()).to_string()
}

/// Clicks the first element matching `css_selector` with real mouse events (scrolls it into view
/// first), as a user would; hydrated event handlers see a trusted click.
pub fn click(tab: &Tab, css_selector: &str) -> Result<()> {
    let element = tab.find_element(css_selector).map_err(|e| {
        if e.downcast_ref::<headless_chrome::browser::tab::NoElementFound>().is_some() {
            Error::NoElement(css_selector.to_string())
        } else {
            Error::from_cdp(e)
        }
    })?;
    element.click().map_err(Error::from_cdp)?;
    Ok(())
}

/// Reads attribute `name` of the first element matching `selector`: `Ok(None)` when the element
/// has no such attribute, `Err(Error::NoElement)` when nothing matches.
pub fn attribute(tab: &Tab, selector: &str, name: &str) -> Result<Option<String>> {
    let js = format!(
        "(() => {{ const el = document.querySelector({sel}); \
         return el ? {{ found: true, value: el.getAttribute({name}) }} : {{ found: false }}; }})()",
        sel = js_string(selector),
        name = js_string(name)
    );
    let value = eval_json(tab, &js)?;
    if value.get("found").and_then(Value::as_bool) != Some(true) {
        return Err(Error::NoElement(selector.to_string()));
    }
    Ok(value.get("value").and_then(Value::as_str).map(str::to_string))
}

/// Polls the JavaScript expression `js_condition` (every 25 ms) until it is truthy.
/// Exceptions while polling (e.g. during a navigation) count as "not yet"; the last one is
/// mentioned in the timeout error.
pub fn wait_for(tab: &Tab, js_condition: &str, timeout: Duration) -> Result<()> {
    let start = Instant::now();
    let js = format!("!!({js_condition})");
    let mut last_error = None;
    loop {
        match eval_json(tab, &js) {
            Ok(Value::Bool(true)) => return Ok(()),
            Ok(_) => {}
            Err(Error::ConnectionLost) => return Err(Error::ConnectionLost),
            Err(e) => last_error = Some(e),
        }
        if start.elapsed() >= timeout {
            let mut what = format!("waiting for `{js_condition}`");
            if let Some(e) = last_error {
                what.push_str(&format!(" (last error: {e})"));
            }
            return Err(Error::Timeout { what, secs: timeout.as_secs_f64() });
        }
        std::thread::sleep(Duration::from_millis(25));
    }
}

/// Script that records `securitypolicyviolation` events in `window.__ehCsp` (one line each:
/// directive, blocked URI, source location). Installed before any page script runs.
pub const CSP_LISTENER_JS: &str = r#"(() => {
  if (window.__ehCsp) return;
  window.__ehCsp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '';
    window.__ehCsp.push(`${e.effectiveDirective || e.violatedDirective} blocked ${e.blockedURI || 'inline'}${where}`);
  }, true);
})();"#;

/// Adds `source` to every document this tab loads from now on, before the page's own scripts
/// (`Page.addScriptToEvaluateOnNewDocument`). Runs in all frames; the page's CSP does not apply.
pub fn add_init_script(tab: &Tab, source: &str) -> Result<()> {
    tab.call_method(Page::AddScriptToEvaluateOnNewDocument {
        source: source.to_string(),
        world_name: None,
        include_command_line_api: None,
        run_immediately: None,
    })
    .map_err(Error::from_cdp)?;
    Ok(())
}

/// Installs [`CSP_LISTENER_JS`] for the next documents of this tab (call before navigating).
pub fn install_csp_listener(tab: &Tab) -> Result<()> {
    add_init_script(tab, CSP_LISTENER_JS)
}

/// CSP violations recorded on the current document. Errors if [`install_csp_listener`] was not
/// called before the page loaded (an empty list would then wrongly look like "no violations").
pub fn csp_violations(tab: &Tab) -> Result<Vec<String>> {
    let value = eval_json(tab, "window.__ehCsp === undefined ? null : window.__ehCsp")?;
    match value {
        Value::Array(items) => Ok(items
            .into_iter()
            .map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string()))
            .collect()),
        _ => Err(Error::Script(
            "the CSP listener is not installed on this page (install it before navigating)".into(),
        )),
    }
}

/// Sets the layout viewport (`Emulation.setDeviceMetricsOverride`), e.g. 1280×800, or 320 wide
/// for the WCAG 1.4.10 reflow check. Not mobile emulation: only the size changes.
pub fn set_viewport(tab: &Tab, width: u32, height: u32) -> Result<()> {
    tab.call_method(Emulation::SetDeviceMetricsOverride {
        width,
        height,
        device_scale_factor: 1.0,
        mobile: false,
        scale: None,
        screen_width: None,
        screen_height: None,
        position_x: None,
        position_y: None,
        dont_set_visible_size: None,
        screen_orientation: None,
        viewport: None,
        display_feature: None,
        device_posture: None,
    })
    .map_err(Error::from_cdp)?;
    Ok(())
}

/// Runs `f` on a helper thread and gives up waiting after `timeout` (`None`). headless_chrome's
/// calls block up to the browser idle timeout; this keeps a hung page within the per-page limit.
pub(crate) fn with_timeout<T, F>(timeout: Duration, f: F) -> Option<T>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(timeout).ok()
}

/// What a [`Session`] has observed on its tab, filled in by a DevTools event listener.
#[derive(Default)]
struct Observed {
    /// Loader ids of main-frame documents that fired `load`.
    loaded: Vec<String>,
    /// Console errors, uncaught exceptions and browser log errors (e.g. a 404 on a wasm file).
    console_errors: Vec<String>,
}

/// One browser tab that a caller drives step by step. Created with the CSP listener installed and
/// console errors recorded. Closing: the tab closes when the `Session` is dropped.
///
/// ```no_run
/// # fn demo(browser: &eenheid_a11y::Browser) -> eenheid_a11y::Result<()> {
/// use std::time::Duration;
/// let session = eenheid_a11y::Session::open(browser, Duration::from_secs(30))?;
/// session.goto("http://127.0.0.1:3000/")?;
/// session.wait_for("document.querySelector('[data-eh-enhanced]')", Duration::from_secs(5))?;
/// session.click("button[aria-expanded]")?;
/// assert_eq!(session.attribute("button", "aria-expanded")?.as_deref(), Some("true"));
/// assert!(session.csp_violations()?.is_empty());
/// # Ok(()) }
/// ```
pub struct Session {
    tab: Arc<Tab>,
    observed: Arc<Mutex<Observed>>,
    page_timeout: Duration,
}

impl Session {
    /// Opens a new tab with the CSP listener and console capture installed. `page_timeout` limits
    /// each [`goto`](Session::goto) (request + `load` event).
    pub fn open(browser: &Browser, page_timeout: Duration) -> Result<Session> {
        let tab = browser.new_tab()?;
        let observed = Arc::new(Mutex::new(Observed::default()));
        let sink = Arc::clone(&observed);
        tab.add_event_listener(Arc::new(move |event: &Event| {
            let mut observed = sink.lock().unwrap_or_else(|p| p.into_inner());
            match event {
                // Lifecycle events carry the loader id, so a late `load` of an earlier document
                // cannot be mistaken for the one we wait for.
                Event::PageLifecycleEvent(e) if e.params.name == "load" => {
                    observed.loaded.push(e.params.loader_id.clone());
                }
                Event::RuntimeConsoleAPICalled(e) if format!("{:?}", e.params.Type) == "Error" => {
                    let text = e
                        .params
                        .args
                        .iter()
                        .map(|arg| match (&arg.value, &arg.description) {
                            (Some(Value::String(s)), _) => s.clone(),
                            (Some(v), _) => v.to_string(),
                            (None, Some(d)) => d.clone(),
                            (None, None) => format!("{:?}", arg.Type),
                        })
                        .collect::<Vec<_>>()
                        .join(" ");
                    observed.console_errors.push(one_line(&format!("console.error: {text}")));
                }
                Event::RuntimeExceptionThrown(e) => {
                    let details = serde_json::to_value(&e.params.exception_details).unwrap_or_default();
                    observed.console_errors.push(format!("uncaught: {}", exception_text(&details)));
                }
                Event::LogEntryAdded(e) if format!("{:?}", e.params.entry.level) == "Error" => {
                    let entry = &e.params.entry;
                    // Chromium asks for /favicon.ico on its own; a 404 there is not the page's fault.
                    if entry.url.as_deref().is_some_and(|u| u.ends_with("/favicon.ico")) {
                        return;
                    }
                    let url = entry.url.as_deref().map(|u| format!(" ({u})")).unwrap_or_default();
                    observed.console_errors.push(one_line(&format!("{}{url}", entry.text)));
                }
                _ => {}
            }
        }))
        .map_err(Error::from_cdp)?;
        tab.enable_runtime().map_err(Error::from_cdp)?;
        tab.enable_log().map_err(Error::from_cdp)?;
        install_csp_listener(&tab)?;
        // Only one tab is in front; the others are background tabs, where focus events,
        // :focus-visible and key presses behave differently (a Tab press took 200 ms there).
        // Every tab acts as the focused one.
        tab.call_method(Emulation::SetFocusEmulationEnabled { enabled: true }).map_err(Error::from_cdp)?;
        Ok(Session { tab, observed, page_timeout })
    }

    /// Navigates and waits for the main document's `load` event (not "network idle", which costs
    /// 1–2 s per page). Errors: [`Error::Navigation`] (e.g. `net::ERR_CONNECTION_REFUSED`) or
    /// [`Error::Timeout`] after the page timeout. Clears the recorded console errors first.
    pub fn goto(&self, url: &str) -> Result<()> {
        let start = Instant::now();
        self.observed.lock().unwrap_or_else(|p| p.into_inner()).console_errors.clear();
        let tab = Arc::clone(&self.tab);
        let target = url.to_string();
        let reply = with_timeout(self.page_timeout, move || {
            tab.call_method(Page::Navigate {
                url: target,
                referrer: None,
                transition_Type: None,
                frame_id: None,
                referrer_policy: None,
            })
        })
        .ok_or_else(|| self.timeout(format!("loading {url}")))?
        .map_err(Error::from_cdp)?;
        if let Some(reason) = reply.error_text.filter(|t| !t.is_empty()) {
            return Err(Error::Navigation { url: url.to_string(), reason });
        }
        // No loader id: a same-document navigation (only the #fragment changed); nothing loads.
        let Some(loader) = reply.loader_id else { return Ok(()) };
        loop {
            if self.observed.lock().unwrap_or_else(|p| p.into_inner()).loaded.contains(&loader) {
                return Ok(());
            }
            if start.elapsed() >= self.page_timeout {
                return Err(self.timeout(format!("loading {url} (no load event)")));
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    fn timeout(&self, what: String) -> Error {
        Error::Timeout { what, secs: self.page_timeout.as_secs_f64() }
    }

    /// The underlying tab, for the free functions in this module or raw `call_method`s.
    pub fn tab(&self) -> &Arc<Tab> {
        &self.tab
    }

    /// The per-page timeout this session uses.
    pub fn page_timeout(&self) -> Duration {
        self.page_timeout
    }

    /// Adds a script to every document this session loads from now on (call before `goto`).
    pub fn add_init_script(&self, source: &str) -> Result<()> {
        add_init_script(&self.tab, source)
    }

    /// See [`eval_json`].
    pub fn eval_json(&self, js: &str) -> Result<Value> {
        eval_json(&self.tab, js)
    }

    /// See [`click`].
    pub fn click(&self, css_selector: &str) -> Result<()> {
        click(&self.tab, css_selector)
    }

    /// See [`attribute`].
    pub fn attribute(&self, selector: &str, name: &str) -> Result<Option<String>> {
        attribute(&self.tab, selector, name)
    }

    /// See [`wait_for`].
    pub fn wait_for(&self, js_condition: &str, timeout: Duration) -> Result<()> {
        wait_for(&self.tab, js_condition, timeout)
    }

    /// See [`set_viewport`].
    pub fn set_viewport(&self, width: u32, height: u32) -> Result<()> {
        set_viewport(&self.tab, width, height)
    }

    /// CSP violations on the current document (see [`csp_violations`]).
    pub fn csp_violations(&self) -> Result<Vec<String>> {
        csp_violations(&self.tab)
    }

    /// Console errors, uncaught exceptions and browser log errors since the last `goto`.
    pub fn console_errors(&self) -> Vec<String> {
        self.observed.lock().unwrap_or_else(|p| p.into_inner()).console_errors.clone()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.tab.close(false);
    }
}
