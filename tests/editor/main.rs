//! The editor driven as a person drives it (egui_kittest: no display, no
//! GPU), every view, command and gesture, asserting what the person would
//! see. One test binary for the whole editor: each links egui, so one link
//! instead of a dozen, and the tests of all the modules share the cores.

#[path = "../common/mod.rs"]
mod common;

mod appendices_agencies;
mod basics;
mod body_legal;
mod commands;
mod dossier;
mod exchange;
mod find;
mod import_word;
mod paste;
mod preview;
mod random;
mod recovery;
mod rich_text;
mod roll_over;
mod row_actions;
mod safety;
mod tasks_budget;
mod vietnamese_input;
