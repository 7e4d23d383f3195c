//! Starts Majlis: parses the command line, then runs a command or opens the window.

use std::io::Write;
use std::process::ExitCode;

use majlis::app::{MajlisApp, Options};
use majlis::cli::{self, Invocation};
use majlis::file_dialog::NativeDialogs;
use majlis::recent::RecentFiles;
use majlis::recovery::RecoveryStore;
use majlis::tr;

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match cli::parse(&args) {
        Ok(Invocation::Help) => {
            println!("{}", cli::help());
            ExitCode::SUCCESS
        }
        Ok(Invocation::Manual) => {
            print!("{}", cli::man::page(&cli::help(), env!("CARGO_PKG_VERSION")));
            ExitCode::SUCCESS
        }
        Ok(Invocation::Version) => {
            println!("{}", tr!("cli-version", version = env!("CARGO_PKG_VERSION")));
            ExitCode::SUCCESS
        }
        Ok(Invocation::Check { path }) => report(cli::check(&path)),
        Ok(Invocation::Generate {
            scale,
            seed,
            prospects,
            output,
        }) => report(cli::generate(scale, seed, prospects, &output)),
        Ok(Invocation::Export {
            meeting,
            what,
            output,
            audience,
        }) => report(cli::export(&meeting, what, &output, audience)),
        Ok(Invocation::Copy {
            meeting,
            output,
            round_table,
            with_contacts,
        }) => report(cli::copy(
            &meeting,
            &output,
            round_table.as_deref(),
            with_contacts,
        )),
        Ok(Invocation::Merge { base, others, output }) => report(cli::merge(&base, &others, &output)),
        Ok(Invocation::Report(request)) => report(cli::report(&request)),
        Ok(Invocation::Shortlist(request)) => report(cli::shortlist(&request)),
        Ok(Invocation::Import {
            meeting,
            organisations,
            people,
            dry_run,
        }) => report(cli::import(
            &meeting,
            organisations.as_deref(),
            people.as_deref(),
            dry_run,
        )),
        Ok(Invocation::Script { path }) => {
            let Some(store) = RecoveryStore::default_dir().map(RecoveryStore::new) else {
                eprintln!("{}", tr!("cli-no-recovery-folder"));
                return ExitCode::FAILURE;
            };
            report(majlis::script::run(&path, &store).map(|()| String::new()))
        }
        Ok(Invocation::Window { open }) => run_window(open),
        Err(e) => {
            eprintln!("{e}\n\n{}\n", cli::help());
            ExitCode::from(2)
        }
    }
}

/// Prints what a command produced, or why it failed, and exits accordingly.
fn report(result: Result<String, String>) -> ExitCode {
    match result {
        Ok(output) => {
            if !output.is_empty() {
                // A reader that stopped early (`majlis check x.ron | head`) is not an error.
                let _ = writeln!(std::io::stdout().lock(), "{output}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn run_window(open: Option<std::path::PathBuf>) -> ExitCode {
    // The app id names the window to the desktop (Wayland's app id; X11's
    // class is the program's name), so it groups with the desktop entry.
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Majlis")
        .with_app_id("majlis")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([720.0, 480.0])
        .with_drag_and_drop(true);
    if let Some(icon) = majlis::icon::window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let native = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    let result = eframe::run_native(
        "Majlis",
        native,
        Box::new(move |cc| {
            let options = Options {
                open,
                dialogs: Box::new(NativeDialogs),
                recent: RecentFiles::load(RecentFiles::default_store()),
                recovery: RecoveryStore::default_dir().map(RecoveryStore::new),
                clock: Box::new(majlis::clock::SystemClock),
                preferences: majlis::preferences::Preferences::load(
                    majlis::preferences::Preferences::default_store(),
                ),
            };
            Ok(Box::new(MajlisApp::new(&cc.egui_ctx, options)))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", tr!("cli-window-failed", reason = e.to_string()));
            ExitCode::FAILURE
        }
    }
}
