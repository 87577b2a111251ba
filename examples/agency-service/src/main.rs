//! `agency-service`: serves the app on 127.0.0.1 at `PORT` (default 3000; 0 picks a free port).
//! The first line on stdout is the address, so a script or test can read it.

use std::process::ExitCode;

use agency_service::server::{Config, router};

#[tokio::main]
async fn main() -> ExitCode {
    let port: u16 = match std::env::var("PORT") {
        Err(_) => 3000,
        Ok(text) => match text.parse() {
            Ok(port) => port,
            Err(_) => {
                eprintln!("PORT={text:?} is not a port number (0–65535).");
                return ExitCode::from(2);
            }
        },
    };
    let listener = match tokio::net::TcpListener::bind(("127.0.0.1", port)).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("Could not listen on 127.0.0.1:{port}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let config = Config::from_env();
    if !config.pkg_dir.join(eenheid::enhance::LOADER_FILE).exists() {
        // Still useful: every page works without its browser files.
        eprintln!("Note: no browser files in {}: run eenheid-build (see the crate docs). Nothing is enhanced.", config.pkg_dir.display());
    }
    match listener.local_addr() {
        Ok(address) => println!("listening on http://{address}"),
        Err(error) => eprintln!("Could not read the address: {error}"),
    }
    match axum::serve(listener, router(config)).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("The server stopped: {error}");
            ExitCode::FAILURE
        }
    }
}
