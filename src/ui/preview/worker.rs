//! The preview's thread: lays out the plan and renders pages to pixels off
//! the UI thread, so typing never waits for either. The UI sends jobs and
//! takes what is done at its next frame; the thread wakes the UI when it has
//! something.
//!
//! A newer layout makes every older job pointless: the thread takes the
//! newest layout first and drops renders of versions it no longer has.

use crate::fonts::FontSet;
use crate::layout::{self, Options};
use crate::model::Plan;
use crate::render::Renderer;
use std::collections::VecDeque;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

pub enum Job {
    Layout { version: u64, plan: Arc<Plan> },
    Render { version: u64, page: usize, dpi: u32 },
}

pub enum Done {
    Layout {
        version: u64,
        doc: Arc<layout::Document>,
        took: Duration,
    },
    Page {
        version: u64,
        page: usize,
        dpi: u32,
        image: egui::ColorImage,
        took: Duration,
    },
    /// The thread could not do a job; the message is for the officer.
    Failed { message: String },
}

pub struct Worker {
    jobs: Sender<Job>,
    done: Receiver<Done>,
}

impl Worker {
    /// Starts the thread; `wake` asks the UI for a frame.
    pub fn start(wake: impl Fn() + Send + 'static) -> Worker {
        let (jobs, job_rx) = channel();
        let (done_tx, done) = channel();
        let spawned =
            crate::ui::background::spawn("kehoach-preview", move || run(job_rx, done_tx, wake));
        if let Err(e) = spawned {
            // The receiver outlives this: the panel shows the message.
            let (tx, rx) = channel();
            let _ = tx.send(Done::Failed {
                message: format!("Không khởi động được phần xem trước: {e}."),
            });
            return Worker { jobs, done: rx };
        }
        Worker { jobs, done }
    }

    /// Queues a job; false when the thread is gone.
    pub fn send(&self, job: Job) -> bool {
        self.jobs.send(job).is_ok()
    }

    /// What is done since the last call.
    pub fn take(&self) -> Vec<Done> {
        self.done.try_iter().collect()
    }
}

fn run(jobs: Receiver<Job>, done: Sender<Done>, wake: impl Fn()) {
    let fonts = match FontSet::bundled() {
        Ok(f) => f,
        Err(e) => {
            let _ = done.send(Done::Failed {
                message: format!("Không nạp được phông chữ để xem trước: {e}"),
            });
            wake();
            return;
        }
    };
    let mut renderer = Renderer::new(&fonts);
    let mut current: Option<(u64, Arc<layout::Document>)> = None;
    let mut queue: VecDeque<Job> = VecDeque::new();
    loop {
        if queue.is_empty() {
            match jobs.recv() {
                Ok(j) => queue.push_back(j),
                Err(_) => return, // the window is gone
            }
        }
        queue.extend(jobs.try_iter());
        let out = if let Some(newest) = queue
            .iter()
            .rposition(|j| matches!(j, Job::Layout { .. }))
            .and_then(|i| queue.remove(i))
        {
            queue.retain(|j| !matches!(j, Job::Layout { .. }));
            let Job::Layout { version, plan } = newest else {
                continue;
            };
            let t = Instant::now();
            let laid = catch_unwind(AssertUnwindSafe(|| {
                layout::document(&plan, &fonts, &Options::default())
            }));
            match laid {
                Ok(doc) => {
                    let doc = Arc::new(doc);
                    current = Some((version, doc.clone()));
                    Done::Layout {
                        version,
                        doc,
                        took: t.elapsed(),
                    }
                }
                Err(_) => Done::Failed {
                    message: "Không dàn trang được kế hoạch để xem trước. Hãy lưu kế hoạch và báo lỗi này kèm tệp.".into(),
                },
            }
        } else {
            let Some(Job::Render { version, page, dpi }) = queue.pop_front() else {
                continue;
            };
            let Some((v, doc)) = &current else { continue };
            let Some(p) = doc.pages.get(page).filter(|_| *v == version) else {
                continue; // a render for a layout that is gone
            };
            let t = Instant::now();
            match catch_unwind(AssertUnwindSafe(|| renderer.page(p, dpi as f32))) {
                Ok(Ok(img)) => Done::Page {
                    version,
                    page,
                    dpi,
                    image: egui::ColorImage::from_rgba_unmultiplied(
                        [img.width as usize, img.height as usize],
                        &img.rgba,
                    ),
                    took: t.elapsed(),
                },
                Ok(Err(e)) => Done::Failed {
                    message: e.to_string(),
                },
                Err(_) => {
                    // A panic may leave the renderer half-way: start afresh.
                    renderer = Renderer::new(&fonts);
                    Done::Failed {
                        message: format!("Không vẽ được trang {} để xem trước.", page + 1),
                    }
                }
            }
        };
        if done.send(out).is_err() {
            return;
        }
        wake();
    }
}
