//! Finding and launching headless Chromium so that it never outlives the process that started it.
//!
//! Why the ceremony:
//! - Chromium is launched through a tiny wrapper script, `exec setpriv --pdeathsig KILL -- chromium
//!   "$@"`, so the kernel kills it when its parent goes away (panic, `kill -9`, Ctrl-C).
//! - The parent-death signal fires when the *thread* that forked the child exits, not the process.
//!   Test harnesses run tests on short-lived threads, so every launch happens on one dedicated
//!   launcher thread that lives as long as the process.
//! - The profile (`--user-data-dir`) lives under cargo's `target/` and is wiped at start:
//!   Chromium's temporary profiles leak otherwise.
//! - The [`Browser`] must be owned by a value in `main`/test scope, never a `static`: statics are
//!   never dropped, so Chromium would only die with the process.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, OnceLock, mpsc};
use std::time::Duration;

use headless_chrome::{LaunchOptions, Tab};

use crate::error::{Error, Result, one_line};

/// Default places to look for Chromium when neither an option nor `EENHEID_CHROMIUM` is given.
pub const DEFAULT_CHROMIUM_PATHS: [&str; 2] = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/// Flags that stop Chromium from phoning home: the network is closed here and in CI, and retries
/// slow everything down.
pub const CHROMIUM_ARGS: [&str; 9] = [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    // Several tabs are driven at once; none may be throttled as a background tab (timers, idle
    // callbacks and rendering slow down to once a second there).
    "--disable-background-timer-throttling",
    "--disable-renderer-backgrounding",
    "--disable-backgrounding-occluded-windows",
    "--disable-gpu",
];

/// How to launch Chromium. `Default` looks everything up from the environment.
#[derive(Debug, Clone)]
pub struct BrowserOptions {
    /// Chromium binary; `None` → env `EENHEID_CHROMIUM`, then [`DEFAULT_CHROMIUM_PATHS`].
    pub chromium: Option<PathBuf>,
    /// Folder for the wrapper script and profiles; `None` → env `CARGO_TARGET_DIR`, then the cargo
    /// `target/` folder the running executable lives in, then the system temp folder.
    pub work_dir: Option<PathBuf>,
    /// headless_chrome drops the connection after this long without any DevTools message.
    /// Must be longer than any single page timeout.
    pub idle_timeout: Duration,
}

impl Default for BrowserOptions {
    fn default() -> Self {
        BrowserOptions { chromium: None, work_dir: None, idle_timeout: Duration::from_secs(60) }
    }
}

/// Resolves the Chromium binary: explicit path, else `EENHEID_CHROMIUM`, else the first default
/// path that exists. A missing binary is reported with the path that was checked.
pub fn find_chromium(explicit: Option<&Path>) -> Result<PathBuf> {
    let candidate = match explicit {
        Some(path) => path.to_path_buf(),
        None => match std::env::var_os("EENHEID_CHROMIUM").filter(|v| !v.is_empty()) {
            Some(path) => PathBuf::from(path),
            None => DEFAULT_CHROMIUM_PATHS
                .iter()
                .map(PathBuf::from)
                .find(|p| p.is_file())
                .unwrap_or_else(|| PathBuf::from(DEFAULT_CHROMIUM_PATHS[0])),
        },
    };
    // headless_chrome only says "No such file or directory (os error 2)" without the path.
    if candidate.is_file() {
        Ok(candidate)
    } else {
        Err(Error::ChromiumNotFound { path: candidate })
    }
}

/// The folder that holds `a11y-profile-<pid>/`: see [`BrowserOptions::work_dir`].
pub fn default_work_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR").filter(|v| !v.is_empty()) {
        let dir = PathBuf::from(dir);
        return if dir.is_absolute() {
            dir
        } else {
            std::env::current_dir().map(|cwd| cwd.join(&dir)).unwrap_or(dir)
        };
    }
    // Cargo marks its target folder with CACHEDIR.TAG; test and bin executables live below it.
    if let Ok(exe) = std::env::current_exe()
        && let Some(dir) = exe.ancestors().skip(1).find(|d| d.join("CACHEDIR.TAG").is_file())
    {
        return dir.to_path_buf();
    }
    std::env::temp_dir().join("eenheid-a11y")
}

/// A running headless Chromium. Dropping it kills Chromium and removes its profile folder.
pub struct Browser {
    // Field order matters: `inner` drops first (closes Chromium and waits for it), then the
    // profile folder is removed.
    inner: headless_chrome::Browser,
    profile_dir: ProfileDir,
}

impl Browser {
    /// Finds Chromium and launches it headless. Errors are one line; a missing binary gives
    /// "Chromium not found at …: install it with `apt-get install chromium` (or set EENHEID_CHROMIUM)".
    pub fn launch(options: &BrowserOptions) -> Result<Browser> {
        let chromium = find_chromium(options.chromium.as_deref())?;
        let work_dir = options.work_dir.clone().unwrap_or_else(default_work_dir);
        let run_dir = prepare_run_dir(&work_dir)?;
        let wrapper = write_wrapper(&run_dir, &chromium)?;

        static LAUNCHES: AtomicU32 = AtomicU32::new(0);
        let profile_dir = run_dir.join(format!("launch-{}", LAUNCHES.fetch_add(1, Ordering::SeqCst)));
        let _ = std::fs::remove_dir_all(&profile_dir);
        std::fs::create_dir_all(&profile_dir)
            .map_err(|e| Error::Launch(format!("cannot create {}: {e}", profile_dir.display())))?;

        let idle = options.idle_timeout;
        let profile = profile_dir.clone();
        let inner = on_launcher_thread(move || {
            let args: Vec<&OsStr> = CHROMIUM_ARGS.iter().map(OsStr::new).collect();
            let launch = LaunchOptions {
                headless: true,
                // We run as root in CI containers, where Chromium refuses to start with a sandbox.
                sandbox: false,
                path: Some(wrapper),
                user_data_dir: Some(profile),
                idle_browser_timeout: idle,
                args,
                ..LaunchOptions::default()
            };
            headless_chrome::Browser::new(launch)
        })
        .map_err(|e| Error::Launch(one_line(&format!("{e:#}"))))?;
        Ok(Browser { inner, profile_dir: ProfileDir(profile_dir) })
    }

    /// Opens a new blank tab, in a window of its own.
    ///
    /// Several tabs of one Chromium run at once (the suite's tests, the CLI's parallel pages).
    /// Tabs that share a window take turns being visible: a tab a newer one pushed to the back
    /// stops drawing frames, so a screenshot from it waits for a frame that never comes ("the
    /// event waited for never came"), and bringing each tab to the front before a capture makes
    /// the tabs take turns for every capture of the keyboard walk. A window per tab keeps every
    /// tab visible, so tabs never wait for each other.
    pub fn new_tab(&self) -> Result<Arc<Tab>> {
        let blank_window = headless_chrome::protocol::cdp::Target::CreateTarget {
            url: "about:blank".to_string(),
            left: None,
            top: None,
            width: None,
            height: None,
            window_state: None,
            browser_context_id: None,
            enable_begin_frame_control: None,
            new_window: Some(true),
            background: None,
            for_tab: None,
            hidden: None,
        };
        self.inner.new_tab_with_options(blank_window).map_err(Error::from_cdp)
    }

    /// True while the DevTools connection answers. headless_chrome closes the connection after
    /// `idle_timeout` without messages, and a crashed Chromium closes it too.
    pub fn is_alive(&self) -> bool {
        self.inner.get_version().is_ok()
    }

    /// Process id of the launched process (the wrapper `exec`s, so this is Chromium's own pid).
    pub fn process_id(&self) -> Option<u32> {
        self.inner.get_process_id()
    }

    /// This browser's profile folder (`<work>/a11y-profile-<pid>/launch-<n>`). It appears on every
    /// Chromium process's command line, which makes leftover processes easy to find.
    pub fn profile_dir(&self) -> &Path {
        &self.profile_dir.0
    }

    /// The underlying headless_chrome browser, for anything this crate does not wrap.
    pub fn raw(&self) -> &headless_chrome::Browser {
        &self.inner
    }
}

/// Removes a profile folder when dropped. Declared after `inner` in [`Browser`], so it runs after
/// headless_chrome has closed Chromium and waited for it.
struct ProfileDir(PathBuf);

impl Drop for ProfileDir {
    fn drop(&mut self) {
        // Chromium's helper processes can still write into the profile for a moment after the
        // main process is gone, so one removal may leave a folder behind: retry for a while.
        let deadline = std::time::Instant::now() + Duration::from_secs(3);
        loop {
            let _ = std::fs::remove_dir_all(&self.0);
            if !self.0.exists() || std::time::Instant::now() > deadline {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// Pids of processes whose command line mentions `needle` (e.g. a profile folder).
/// Linux only (reads `/proc`); elsewhere it returns an empty list.
pub fn processes_mentioning(needle: &str) -> Vec<u32> {
    let Ok(entries) = std::fs::read_dir("/proc") else { return Vec::new() };
    entries
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
            let cmdline = std::fs::read(entry.path().join("cmdline")).ok()?;
            let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
            cmdline.contains(needle).then_some(pid)
        })
        .collect()
}

/// Creates `<work>/a11y-profile-<pid>` (wiped the first time in this process) and removes run
/// folders left behind by processes that no longer exist.
fn prepare_run_dir(work_dir: &Path) -> Result<PathBuf> {
    static PREPARED: OnceLock<Mutex<Vec<PathBuf>>> = OnceLock::new();
    let pid = std::process::id();
    let run_dir = work_dir.join(format!("a11y-profile-{pid}"));
    let prepared = PREPARED.get_or_init(|| Mutex::new(Vec::new()));
    let mut prepared = prepared.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if !prepared.contains(&run_dir) {
        if let Ok(entries) = std::fs::read_dir(work_dir) {
            for entry in entries.flatten() {
                let name = entry.file_name();
                let Some(old_pid) = name.to_str().and_then(|n| n.strip_prefix("a11y-profile-")) else {
                    continue;
                };
                let stale = old_pid == pid.to_string() || !Path::new("/proc").join(old_pid).exists();
                if stale {
                    let _ = std::fs::remove_dir_all(entry.path());
                }
            }
        }
        prepared.push(run_dir.clone());
    }
    std::fs::create_dir_all(&run_dir)
        .map_err(|e| Error::Launch(format!("cannot create {}: {e}", run_dir.display())))?;
    Ok(run_dir)
}

/// Writes `chromium.sh` that execs Chromium under `setpriv --pdeathsig KILL` (when setpriv exists).
fn write_wrapper(run_dir: &Path, chromium: &Path) -> Result<PathBuf> {
    let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].into_iter().find(|p| Path::new(p).is_file());
    let quoted = shell_quote(&chromium.to_string_lossy());
    let exec = match setpriv {
        Some(setpriv) => format!("exec {setpriv} --pdeathsig KILL -- {quoted} \"$@\""),
        // No setpriv (not util-linux): still works, just without the kernel safety net.
        None => format!("exec {quoted} \"$@\""),
    };
    let script = format!(
        "#!/bin/sh\n# Written by eenheid-a11y: Chromium is killed when the process that started it dies.\n{exec}\n"
    );
    let path = run_dir.join("chromium.sh");
    // Rewriting a script another thread is exec'ing fails with ETXTBSY: only write when changed.
    if std::fs::read_to_string(&path).ok().as_deref() != Some(script.as_str()) {
        std::fs::write(&path, &script)
            .map_err(|e| Error::Launch(format!("cannot write {}: {e}", path.display())))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755))
                .map_err(|e| Error::Launch(format!("cannot chmod {}: {e}", path.display())))?;
        }
    }
    Ok(path)
}

fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
}

type Job = Box<dyn FnOnce() + Send>;

/// Runs `f` on the process-wide launcher thread and waits for its result.
///
/// The thread (not a browser) is the only global here: it holds no Chromium, it just stays alive
/// so that the parent-death signal fires only when the whole process ends.
fn on_launcher_thread<T, F>(f: F) -> anyhow::Result<T>
where
    T: Send + 'static,
    F: FnOnce() -> anyhow::Result<T> + Send + 'static,
{
    static LAUNCHER: OnceLock<Mutex<mpsc::Sender<Job>>> = OnceLock::new();
    let sender = LAUNCHER.get_or_init(|| {
        let (tx, rx) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("eenheid-chromium-launcher".into())
            .spawn(move || {
                while let Ok(job) = rx.recv() {
                    job();
                }
            })
            .expect("cannot spawn the Chromium launcher thread");
        Mutex::new(tx)
    });
    let (done_tx, done_rx) = mpsc::channel();
    let job: Job = Box::new(move || {
        let _ = done_tx.send(f());
    });
    sender
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .send(job)
        .map_err(|_| anyhow::anyhow!("the Chromium launcher thread is gone"))?;
    done_rx.recv().map_err(|_| anyhow::anyhow!("the Chromium launcher thread panicked"))?
}
