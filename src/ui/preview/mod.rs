//! The live page preview beside the editors: the pages exactly as the PDF
//! prints them (the same layout, drawn by the same renderer as `kehoach
//! render`), updated shortly after typing stops.
//!
//! - `worker`: layout and rendering on a thread of their own;
//! - `zoom`: fit width, fit page, percent steps;
//! - `panel`: the panel itself (toolbar, pages, clicks, the edited place).
//!
//! This file holds the preview's state: what was sent to the thread, the
//! layout shown, and the pages' textures.

mod panel;
mod worker;
pub mod zoom;

use crate::layout;
use crate::model::Plan;
use crate::model::place::Place;
use egui::TextureHandle;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;
use worker::{Done, Job, Worker};
pub use zoom::Zoom;

/// How long typing must pause before the plan is laid out again: short, so
/// the page follows within a blink; long enough that a fast typist does not
/// copy the plan at every key.
const PAUSE: f64 = 0.06;

/// Textures kept beyond the pages in view (a page each side is kept ready).
const KEPT: usize = 12;

/// The preview's state while the editor runs (what is kept between sessions
/// is in `Settings`: open or not, zoom, width).
#[derive(Default)]
pub struct Preview {
    worker: Option<Worker>,
    /// The edit the plan was at when last seen, and when that changed.
    seen: Option<(u64, u64)>,
    changed_at: f64,
    /// The edit last sent to be laid out, and the number of that job.
    sent: Option<(u64, u64)>,
    seq: u64,
    /// The newest layout received, with its job number.
    shown: Option<(u64, Arc<layout::Document>)>,
    textures: HashMap<usize, Texture>,
    /// Renders asked for and not back yet: (job, page, dpi).
    pending: HashSet<(u64, usize, u32)>,
    /// What the thread could not do, for the officer.
    pub error: Option<String>,
    /// A scroll position (points from the top of the pages) to go to.
    scroll_to: Option<f32>,
    /// The place whose position the preview last scrolled to.
    followed: Option<Place>,
    /// A place being edited that the layout of this job does not print: not
    /// looked for again until the next layout (the search reads every mark).
    missed: Option<(Place, u64)>,
    /// The pages in view at the last frame (first, last).
    in_view: Option<(usize, usize)>,
    /// The page across the middle of the view (the toolbar's page number).
    current: Option<usize>,
    /// Points a millimetre the pages were last drawn at.
    scale: Option<f32>,
    /// How long the last layout and the last page render took on the thread.
    pub last_layout: Option<Duration>,
    pub last_render: Option<Duration>,
}

struct Texture {
    job: u64,
    dpi: u32,
    handle: TextureHandle,
}

impl Preview {
    /// Called each frame while the preview is open: sends the plan to be
    /// laid out once typing pauses, and takes what the thread finished.
    /// `edit` names the plan's state (document and history version).
    pub fn update(
        &mut self,
        ctx: &egui::Context,
        edit: (u64, u64),
        plan: impl FnOnce() -> Arc<Plan>,
    ) {
        let worker = self.worker.get_or_insert_with(|| {
            let ctx = ctx.clone();
            Worker::start(move || ctx.request_repaint())
        });
        for done in worker.take() {
            match done {
                Done::Layout { version, doc, took } => {
                    if self.shown.as_ref().is_none_or(|(v, _)| *v < version) {
                        let pages = doc.pages.len();
                        self.textures.retain(|&p, _| p < pages);
                        self.pending.retain(|(v, ..)| *v >= version);
                        self.shown = Some((version, doc));
                        self.error = None;
                    }
                    self.last_layout = Some(took);
                }
                Done::Page {
                    version,
                    page,
                    dpi,
                    image,
                    took,
                } => {
                    self.pending.remove(&(version, page, dpi));
                    let newer = self
                        .textures
                        .get(&page)
                        .is_none_or(|t| t.job < version || (t.job == version && t.dpi != dpi));
                    if newer {
                        let handle = ctx.load_texture(
                            format!("preview-page-{page}"),
                            image,
                            egui::TextureOptions::LINEAR,
                        );
                        self.textures.insert(
                            page,
                            Texture {
                                job: version,
                                dpi,
                                handle,
                            },
                        );
                    }
                    self.last_render = Some(took);
                }
                Done::Failed { message } => {
                    self.pending.clear();
                    self.error = Some(message);
                }
            }
        }
        let now = ctx.input(|i| i.time);
        if self.seen != Some(edit) {
            self.seen = Some(edit);
            self.changed_at = now;
        }
        if self.sent == Some(edit) {
            return;
        }
        // The first layout goes at once; later ones wait for a pause.
        let wait = PAUSE - (now - self.changed_at);
        if self.sent.is_some() && wait > 0.0 {
            ctx.request_repaint_after(Duration::from_secs_f64(wait));
            return;
        }
        self.seq += 1;
        let job = Job::Layout {
            version: self.seq,
            plan: plan(),
        };
        if worker.send(job) {
            self.sent = Some(edit);
        } else {
            self.error =
                Some("Phần xem trước đã dừng. Hãy lưu kế hoạch rồi mở lại kehoach.".into());
        }
    }

    /// Points a millimetre the pages were last drawn at (zoom steps go
    /// from there), once drawn.
    pub fn scale(&self) -> Option<f32> {
        self.scale
    }

    /// The first page in view (from 0), once pages are drawn.
    pub fn first_in_view(&self) -> Option<usize> {
        self.in_view.map(|(first, _)| first)
    }

    /// Whether page `page` (from 0) shows the plan as it is: the last edit
    /// was sent, laid out, and the page's pixels come from that layout.
    pub fn is_current(&self, page: usize) -> bool {
        self.sent == self.seen
            && !self.is_behind()
            && self.textures.get(&page).is_some_and(|t| t.job == self.seq)
    }

    /// Whether the pages shown are behind the plan (a layout is on its way).
    pub fn is_behind(&self) -> bool {
        self.shown.as_ref().is_none_or(|(v, _)| *v < self.seq)
    }

    /// The preview was closed: its pages' pixels are let go (a texture a
    /// page, megabytes each); the layout stays, so reopening shows pages
    /// at once and asks only for the pixels of those in view.
    pub fn hide(&mut self) {
        self.textures.clear();
        self.pending.clear();
    }

    /// The pages shown, if any.
    pub fn document(&self) -> Option<&layout::Document> {
        self.shown.as_ref().map(|(_, d)| d.as_ref())
    }

    /// Asks the thread to draw a page at `dpi`, unless its texture is
    /// current or already asked for.
    fn want(&mut self, page: usize, dpi: u32) {
        let Some((job, _)) = &self.shown else { return };
        let job = *job;
        let current = self
            .textures
            .get(&page)
            .is_some_and(|t| t.job == job && t.dpi == dpi);
        // A few at a time: scrolling fast must not queue pages long gone.
        if current || self.pending.contains(&(job, page, dpi)) || self.pending.len() >= 4 {
            return;
        }
        if let Some(w) = &self.worker
            && w.send(Job::Render {
                version: job,
                page,
                dpi,
            })
        {
            self.pending.insert((job, page, dpi));
        }
    }

    /// Drops the textures of pages far from those in view.
    fn forget_far(&mut self, first: usize, last: usize) {
        if self.textures.len() <= KEPT {
            return;
        }
        let keep = first.saturating_sub(2)..=last + 2;
        self.textures.retain(|p, _| keep.contains(p));
    }
}
