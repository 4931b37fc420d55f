//! RON files: load (with version check and migration), save (atomic, with a
//! backup), and the errors of both.

pub mod error;
pub mod load;
pub mod migrate;
pub mod save;

pub use error::FileError;
pub use load::{MAX_FILE_SIZE, load_path, load_str};
pub use save::{backup_path, save_atomic, to_ron_string, write_atomic};
