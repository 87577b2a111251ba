//! The showcase release server the per-page figures, the load test and the audit speed run
//! against, on a free loopback port, and a plain GET to it.

use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::{root, site_root};

/// Kills the server when the measurement ends, however it ends.
pub struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// Starts the showcase release server on a free port with its data in `data_dir` (cleared
/// first) and `env` (say, `EENHEID_DATABASE_URL`); stops when the returned guard drops.
pub fn start_server(release: &Path, data_dir: &Path, env: &[(&str, String)]) -> Result<(Server, String)> {
    let port = free_port()?;
    if data_dir.exists() {
        std::fs::remove_dir_all(data_dir).with_context(|| format!("clearing {}", data_dir.display()))?;
    }
    let mut child = Command::new(release.join("eenheid-showcase"))
        .env("PORT", port.to_string())
        .env("EENHEID_SITE_ROOT", site_root())
        .env("EENHEID_DATA_DIR", data_dir)
        .env_remove("EENHEID_DATABASE_URL")
        .envs(env.iter().map(|(name, value)| (name, value)))
        .current_dir(root())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .context("could not start the showcase release server")?;
    let address = format!("127.0.0.1:{port}");
    let started = Instant::now();
    while std::net::TcpStream::connect(&address).is_err() {
        if let Ok(Some(status)) = child.try_wait() {
            bail!("the showcase server stopped at once ({status}): is port {port} taken?");
        }
        if started.elapsed() > Duration::from_secs(15) {
            let _ = child.kill();
            let _ = child.wait();
            bail!("the showcase server did not listen on {address} within 15 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok((Server(child), address))
}

/// A GET over HTTP/1.0 on loopback: the body of a 200 or 404 page, `None` for anything else (a
/// redirect).
pub fn http_get(address: &str, path: &str) -> Result<Option<String>> {
    use std::io::Read;
    let mut stream = std::net::TcpStream::connect(address)?;
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {address}\r\n\r\n")?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((response.as_str(), ""));
    let status = head.split_whitespace().nth(1).unwrap_or("");
    Ok(matches!(status, "200" | "404").then(|| body.to_owned()))
}
