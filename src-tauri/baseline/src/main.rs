//! The smallest Tauri 2 window that reports its first rendered frame the way Avenir does, so
//! `avenir-bench startup` can compare the two in one run on one machine. Not shipped.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::io::Write;

#[tauri::command]
fn ready() {
    if std::env::var_os("AVENIR_STARTUP_PROBE").is_some() {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "avenir:frontend-ready");
        let _ = out.flush();
    }
}

fn main() {
    let result = tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("baseline window failed: {e}");
        std::process::exit(1);
    }
}
