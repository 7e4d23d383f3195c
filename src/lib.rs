//! Majlis: run a partnership-building meeting offline.

pub mod action;
pub mod app;
pub mod autosave;
pub mod bidi;
pub mod cli;
pub mod clock;
pub mod command;
pub mod file_dialog;
pub mod fonts;
pub mod generate;
pub mod history;
pub mod i18n;
pub mod icon;
pub mod live;
pub mod model;
pub mod persistence;
pub mod preferences;
pub mod recent;
pub mod recovery;
pub mod references;
pub mod render;
pub mod sample;
pub mod save_writer;
pub mod script;
pub mod session;
pub mod ui;
