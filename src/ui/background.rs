//! Threads that work for the window (the preview's layout and pixels, the
//! problems check, recovery copies, exports, freeing old copies of the
//! plan) run below the window's priority: on a machine of two cores they
//! would otherwise take the time a frame needs, and the window would
//! stutter while they work.

use std::io;

/// Starts `work` on a named thread of lower priority.
pub fn spawn(name: &str, work: impl FnOnce() + Send + 'static) -> io::Result<()> {
    std::thread::Builder::new()
        .name(name.to_string())
        .spawn(move || {
            lower_priority();
            work()
        })
        .map(|_| ())
}

/// Lowers the calling thread's scheduling priority; where the system says
/// no, the thread simply keeps its priority.
fn lower_priority() {
    // On Linux the nice value belongs to each thread, and `who = 0` names
    // the calling one (elsewhere in Unix it would be the whole process).
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority only reads its integer arguments.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
    #[cfg(windows)]
    // SAFETY: the pseudo-handle of the current thread is always valid.
    unsafe {
        use windows_sys::Win32::System::Threading::{
            GetCurrentThread, SetThreadPriority, THREAD_PRIORITY_BELOW_NORMAL,
        };
        SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_BELOW_NORMAL);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_background_thread_runs_its_work() {
        let (tx, rx) = std::sync::mpsc::channel();
        super::spawn("kehoach-test", move || {
            let _ = tx.send(42);
        })
        .expect("a thread starts");
        assert_eq!(rx.recv().ok(), Some(42));
    }
}
