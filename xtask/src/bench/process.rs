//! Child processes that answer in JSON: a command's last JSON line, and a renderer that answers one
//! line per round.

use std::io::Write;
use std::process::{Child, Command, Stdio};

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::root;

/// Runs a command that prints one JSON line (the last line of its output), read as a `T`.
pub fn json_line<T: DeserializeOwned>(command: &mut Command) -> Result<T> {
    let line = format!("{command:?}");
    let output = command.current_dir(root()).stderr(Stdio::inherit()).output().with_context(|| format!("could not start {line}"))?;
    if !output.status.success() {
        bail!("{line} failed ({})", output.status);
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let last = stdout.lines().rev().find(|l| l.trim_start().starts_with('{')).with_context(|| format!("{line} printed no JSON"))?;
    serde_json::from_str(last).with_context(|| format!("{line} printed {last:?}"))
}

/// What a renderer (`render-page`, GOV.UK's `bench.js`) says about a round or a run.
#[derive(Deserialize)]
pub struct Rendered {
    pub pages_per_s: f64,
}

/// A renderer that answers one JSON line per round asked on its stdin.
pub struct RoundProcess {
    child: Child,
    input: std::process::ChildStdin,
    output: std::io::BufReader<std::process::ChildStdout>,
}

impl RoundProcess {
    pub fn start(command: &mut Command) -> Result<RoundProcess> {
        let mut child = command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::inherit()).spawn().context("starting a renderer")?;
        let input = child.stdin.take().context("the renderer's stdin")?;
        let output = std::io::BufReader::new(child.stdout.take().context("the renderer's stdout")?);
        Ok(RoundProcess { child, input, output })
    }

    /// Renders for `seconds`; pages per second.
    pub fn round(&mut self, seconds: f64) -> Result<f64> {
        use std::io::BufRead;
        writeln!(self.input, "{seconds}")?;
        self.input.flush()?;
        let mut line = String::new();
        self.output.read_line(&mut line)?;
        let round: Rendered = serde_json::from_str(line.trim()).with_context(|| format!("a round answered {line:?} (no pages_per_s?)"))?;
        Ok(round.pages_per_s)
    }
}

impl Drop for RoundProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
