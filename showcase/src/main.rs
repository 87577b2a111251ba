#![recursion_limit = "256"]
//! `eenheid-showcase`: serves the showcase (`PORT`, default 3000, on 127.0.0.1; the journey's
//! answers in `EENHEID_DATA_DIR`, or in PostgreSQL with `EENHEID_DATABASE_URL`), or with
//! `--examples` prints the example registry as JSON lines, or with `--pages` every GET page of the
//! site (one path a line), with `--export DIR` writes the site as static files into `DIR`
//! (`cargo xtask export`), or with `--fixtures DIR` writes `DIR/<component>/fixtures.json` for
//! every component (see `fixtures.rs`).

use std::process::ExitCode;

use eenheid_showcase::server::{SiteOptions, serve};

fn main() -> ExitCode {
    if std::env::args().any(|arg| arg == "--examples") {
        print_examples();
        return ExitCode::SUCCESS;
    }
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|arg| arg == "--fixtures") {
        let Some(dir) = args.get(at + 1) else {
            eprintln!("--fixtures needs a folder: eenheid-showcase --fixtures target/fixtures");
            return ExitCode::from(2);
        };
        return match eenheid_showcase::fixtures::write_all(std::path::Path::new(dir)) {
            Ok(files) => {
                println!("Wrote {} fixtures.json files to {dir}", files.len());
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("{error}");
                ExitCode::FAILURE
            }
        };
    }
    if std::env::args().any(|arg| arg == "--pages") {
        for path in eenheid_showcase::site_map::site_paths() {
            println!("{path}");
        }
        return ExitCode::SUCCESS;
    }
    let args: Vec<String> = std::env::args().collect();
    if let Some(position) = args.iter().position(|arg| arg == "--export") {
        let Some(dir) = args.get(position + 1) else {
            eprintln!("--export needs a folder: eenheid-showcase --export target/export");
            return ExitCode::from(2);
        };
        return export(std::path::Path::new(dir));
    }
    let port = match std::env::var("PORT") {
        Ok(text) => match text.parse::<u16>() {
            Ok(port) => port,
            Err(_) => {
                eprintln!("PORT={text:?} is not a port number (1–65535).");
                return ExitCode::from(2);
            }
        },
        Err(_) => 3000,
    };
    let site = match SiteOptions::from_env() {
        Ok(site) => site,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("Could not start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async move {
        // With PostgreSQL, connect (and migrate) before listening: a wrong URL or password is one
        // line and exit 1 at start, not an error page later. The store stays open for the router.
        let _database = match &site.database {
            Some(url) => match eenheid_showcase::journey::store::Store::open(&site.store_config()).await {
                Ok(store) => {
                    println!("Verhuizing doorgeven: answers in PostgreSQL at {} (pool of {})", url.place(), url.pool_size());
                    Some(store)
                }
                Err(error) => {
                    eprintln!("Could not open the journey's database: {}", error.message);
                    return ExitCode::FAILURE;
                }
            },
            None => None,
        };
        let address = format!("127.0.0.1:{port}");
        let listener = match tokio::net::TcpListener::bind(&address).await {
            Ok(listener) => listener,
            Err(error) if error.kind() == std::io::ErrorKind::AddrInUse => {
                eprintln!("Port {port} is already in use. Stop the other server, or choose another port: PORT=3001 cargo xtask serve");
                return ExitCode::FAILURE;
            }
            Err(error) => {
                eprintln!("Could not listen on {address}: {error}");
                return ExitCode::FAILURE;
            }
        };
        if !site.site_root.join("pkg").join(eenheid::enhance::LOADER_FILE).exists() {
            eprintln!(
                "Note: no browser build in {}/pkg: pages work, nothing is enhanced. `cargo xtask serve` builds it.",
                site.site_root.display()
            );
        }
        println!("Eenheid showcase: http://{address}");
        match serve(listener, site).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("The server stopped: {error}");
                ExitCode::FAILURE
            }
        }
    })
}

/// Writes the static export into `dir` (see `eenheid_showcase::export`) and says what it wrote.
fn export(dir: &std::path::Path) -> ExitCode {
    let started = std::time::Instant::now();
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("Could not start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    // Only the browser build is read: the export visits no page that keeps data.
    let site = SiteOptions::new(SiteOptions::site_root_from_env());
    match runtime.block_on(eenheid_showcase::export::export(site, dir)) {
        Ok(summary) => {
            println!(
                "Exported {} pages, {} notes and {} other files ({} KB) into {} in {:.1} s.",
                summary.pages,
                summary.notes,
                summary.files,
                summary.bytes / 1024,
                dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf()).display(),
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("The export stopped: {error}");
            ExitCode::FAILURE
        }
    }
}

fn print_examples() {
    for entry in eenheid::catalogue::registry() {
        for example in entry.examples {
            let line = serde_json::json!({
                "component": entry.slug,
                "example": example.name,
                "path": eenheid_showcase::routes::example_path(entry.slug, example.name),
            });
            println!("{line}");
        }
    }
}
