//! The command line of `cargo xtask bench`.

use anyhow::{Context, Result, bail};

pub struct Options {
    /// `--check`: exit non-zero when a budget is missed.
    pub check: bool,
    /// `--save`: also write BENCHMARKS.md.
    pub save: bool,
    /// `--build-time`: also time a clean workspace build.
    pub build_time: bool,
    /// Not `--no-audit`: audit speed and the a11y suite's time.
    pub audit: bool,
    /// Not `--no-load`: the load test.
    pub load: bool,
    /// SSR rounds per engine.
    pub rounds: usize,
    pub round_seconds: f64,
    pub audit_rounds: usize,
    /// The mixed load run; each route alone gets its share.
    pub load_seconds: f64,
    pub connections: usize,
}

pub fn parse(args: &[String]) -> Result<Options> {
    let mut options = Options {
        check: false,
        save: false,
        build_time: false,
        audit: true,
        load: true,
        rounds: 7,
        round_seconds: 1.0,
        audit_rounds: 3,
        load_seconds: 20.0,
        connections: 50,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().with_context(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--check" => options.check = true,
            "--save" => options.save = true,
            "--build-time" => options.build_time = true,
            "--no-audit" => options.audit = false,
            "--no-load" => options.load = false,
            "--rounds" => options.rounds = value(arg)?.parse().context("--rounds: a number")?,
            "--audit-rounds" => options.audit_rounds = value(arg)?.parse().context("--audit-rounds: a number")?,
            "--round-seconds" => options.round_seconds = value(arg)?.parse().context("--round-seconds: a number of seconds")?,
            "--load-seconds" => options.load_seconds = value(arg)?.parse().context("--load-seconds: a number of seconds")?,
            "--connections" => options.connections = value(arg)?.parse().context("--connections: a number")?,
            other => bail!(
                "unknown option {other:?}; usage: cargo xtask bench [--check] [--save] [--build-time] [--no-audit] [--no-load] \
                 [--rounds N] [--round-seconds S] [--audit-rounds N] [--load-seconds S] [--connections N]"
            ),
        }
    }
    if options.rounds < 3 || options.audit_rounds == 0 || options.connections == 0 || !positive(options.load_seconds) || !positive(options.round_seconds) {
        bail!("--rounds must be at least 3, --audit-rounds at least 1; --round-seconds, --connections and --load-seconds must be positive");
    }
    Ok(options)
}

/// Above 0 (not NaN).
fn positive(value: f64) -> bool {
    value > 0.0
}
