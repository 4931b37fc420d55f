//! RON files: load (only regular files, bounded, with version check and
//! migration), save (atomic, with a backup written the same way), other
//! outputs (atomic, no backup), and the errors of all of them.

mod atomic;
pub mod backup;
mod encoding;
pub mod error;
pub mod load;
pub mod migrate;
mod read;
mod ron_message;
pub mod save;
mod stale;
pub mod target;
pub mod word;

pub use error::FileError;
pub use load::{MAX_FILE_SIZE, load_path, load_str};
pub use save::{backup_path, save_atomic, to_ron_string, write_atomic};
pub use stale::STALE_AFTER;
