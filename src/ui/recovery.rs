//! Recovery copies: while a plan has unsaved changes, the editor writes a
//! copy to the user's data folder (never over the plan's own file) a moment
//! after the last change, on a thread of its own. A clean close removes it;
//! after a crash or a power cut the next start offers it.
//!
//! A copy is the plan file as `io::save` writes it, after two comment lines
//! naming the plan's own file and the time: it loads through `io::load_str`,
//! so a copy left by an older kehoach is migrated like any older file.

use crate::io::FileError;
use crate::model::Plan;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

const PATH_LINE: &str = "// tệp: ";
const TIME_LINE: &str = "// lúc: ";

/// A recovery copy found at start.
#[derive(Clone, Debug)]
pub struct Recovered {
    /// The copy itself (to remove once handled).
    pub file: PathBuf,
    pub path: Option<PathBuf>,
    pub time: String,
    pub plan: Plan,
}

/// The default folder: the platform's data folder for kehoach.
pub fn default_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("vn", "kehoach", "kehoach")
        .map(|d| d.data_dir().join("recovery"))
}

/// The copy's file name for a document: one per plan file, or per session for a new plan.
pub fn file_for(dir: &Path, path: Option<&Path>) -> PathBuf {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    match path {
        Some(p) => p.hash(&mut h),
        None => (std::process::id(), "moi").hash(&mut h),
    }
    dir.join(format!("{:016x}.ron", h.finish()))
}

/// The text of a copy: the two comment lines, then the plan file.
fn encode(path: Option<&Path>, plan: &Plan) -> Result<String, FileError> {
    let time = chrono::Local::now()
        .format("%H:%M:%S ngày %d/%m/%Y")
        .to_string();
    let quoted = |s: &str| ron::to_string(s).unwrap_or_default();
    let path = path.map_or(String::new(), |p| quoted(&p.to_string_lossy()));
    let plan = crate::io::save::to_ron_string(plan)?;
    Ok(format!(
        "{PATH_LINE}{path}\n{TIME_LINE}{}\n{plan}",
        quoted(&time)
    ))
}

pub fn write(file: &Path, path: Option<&Path>, plan: &Plan) -> Result<(), FileError> {
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).map_err(|e| FileError::Write {
            path: dir.to_path_buf(),
            reason: crate::io::error::io_reason(&e),
        })?;
    }
    let text = encode(path, plan).map_err(|e| match e {
        FileError::Write { reason, .. } => FileError::Write {
            path: file.to_path_buf(),
            reason,
        },
        other => other,
    })?;
    // Outputs other than the plan's own file get no backup.
    crate::io::save::write_atomic(file, text.as_bytes())
}

/// Reads a copy: its header lines, and the plan through the file loader
/// (version check and migration included).
fn read(file: &Path) -> Option<Recovered> {
    let text = std::fs::read_to_string(file).ok()?;
    let header = |prefix: &str| {
        text.lines()
            .take(2)
            .find_map(|l| l.strip_prefix(prefix))
            .map(str::trim)
            .and_then(|v| ron::from_str::<String>(v).ok())
    };
    let time = header(TIME_LINE)?;
    let path = header(PATH_LINE).map(PathBuf::from);
    let plan = crate::io::load_str(&text, file).ok()?;
    Some(Recovered {
        file: file.to_path_buf(),
        path,
        time,
        plan,
    })
}

/// Every readable recovery copy in `dir` (unreadable ones are left alone).
pub fn list(dir: &Path) -> Vec<Recovered> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<Recovered> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|f| f.extension().and_then(|x| x.to_str()) == Some("ron"))
        .filter_map(|f| read(&f))
        .collect();
    out.sort_by(|a, b| a.file.cmp(&b.file));
    out
}

pub fn remove(file: &Path) {
    let _ = std::fs::remove_file(file);
}

enum Job {
    Write {
        file: PathBuf,
        path: Option<PathBuf>,
        plan: Arc<Plan>,
    },
    Remove(PathBuf),
    /// Answers once every job before it is done (tests, a clean close).
    Sync(Sender<()>),
}

/// Writes recovery copies on its own thread, in the order asked, so a copy
/// removed after a save is never written again by a late job.
pub struct Writer {
    jobs: Sender<Job>,
    results: Receiver<Result<PathBuf, String>>,
}

impl Default for Writer {
    fn default() -> Self {
        Writer::new()
    }
}

impl Writer {
    pub fn new() -> Writer {
        let (jobs, rx) = channel::<Job>();
        let (tx, results) = channel();
        // Without a thread, `write` says the writer has stopped.
        let _ = super::background::spawn("kehoach-recovery", move || {
            while let Ok(job) = rx.recv() {
                match job {
                    Job::Write { file, path, plan } => {
                        let r = write(&file, path.as_deref(), &plan)
                            .map(|()| file)
                            .map_err(|e| e.to_string());
                        if tx.send(r).is_err() {
                            return;
                        }
                    }
                    Job::Remove(file) => remove(&file),
                    Job::Sync(done) => {
                        let _ = done.send(());
                    }
                }
            }
        });
        Writer { jobs, results }
    }

    /// Asks for a copy of `plan`; false if the writing thread is gone.
    pub fn write(&self, file: PathBuf, path: Option<PathBuf>, plan: Arc<Plan>) -> bool {
        self.jobs.send(Job::Write { file, path, plan }).is_ok()
    }

    pub fn remove(&self, file: PathBuf) {
        if let Err(e) = self.jobs.send(Job::Remove(file)) {
            // The thread is gone: remove it here rather than leave it.
            if let Job::Remove(f) = e.0 {
                remove(&f);
            }
        }
    }

    /// Waits until every job asked for so far is done.
    pub fn sync(&self) {
        let (tx, rx) = channel();
        if self.jobs.send(Job::Sync(tx)).is_ok() {
            let _ = rx.recv();
        }
    }

    /// What finished since the last call: Ok(file written) or Err(message);
    /// Err also when the writing thread is gone.
    pub fn finished(&self) -> Vec<Result<PathBuf, String>> {
        let mut out = Vec::new();
        loop {
            match self.results.try_recv() {
                Ok(r) => out.push(r),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    out.push(Err("luồng ghi bản lưu tạm đã dừng".into()));
                    break;
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_names_its_file_and_loads_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut plan = Plan::new(2026);
        plan.meta.place = "Đồng Tháp".into();
        let f = dir.path().join("a.ron");
        write(&f, Some(Path::new("/tmp/kế hoạch \"1\".ron")), &plan).unwrap();
        let found = list(dir.path());
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].path.as_deref(),
            Some(Path::new("/tmp/kế hoạch \"1\".ron"))
        );
        assert_eq!(found[0].plan.meta.place, "Đồng Tháp");
        assert!(found[0].time.contains("ngày"));
    }

    #[test]
    fn an_old_copy_is_migrated_like_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let v1 = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/v1-plan.ron"
        ))
        .unwrap();
        let text = format!("{PATH_LINE}\n{TIME_LINE}\"08:00:00 ngày 01/12/2026\"\n{v1}");
        std::fs::write(dir.path().join("old.ron"), text).unwrap();
        let found = list(dir.path());
        assert_eq!(found.len(), 1, "the v1 plan inside is read and migrated");
        assert_eq!(found[0].plan.version, crate::model::FORMAT_VERSION);
        assert_eq!(found[0].path, None);
    }
}
