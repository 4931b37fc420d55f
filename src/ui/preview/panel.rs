//! The preview panel: a toolbar (zoom, page number, page count) over the
//! pages, white with a shadow on a grey desk as on paper. Only the pages in
//! view are drawn and rendered. A click on a page goes to the place printed
//! there; the place being edited is marked and kept in view.

use super::Preview;
use super::zoom::{AT_100, MARGIN, STEPS, Zoom};
use crate::layout::{Mark, Page};
use crate::model::place::Place;
use egui::{Align2, Color32, CursorIcon, FontId, Rect, Sense, Ui, Vec2, pos2, vec2};

/// Space between pages, points.
const GAP: f32 = 14.0;

/// What the panel asks of the window after a frame.
#[derive(Debug, Default, PartialEq)]
pub struct Asked {
    /// A place clicked in a page: open its editor.
    pub go_to: Option<Place>,
}

/// Tops of the pages in the scrolled content, each page at its scale
/// (points a mm).
fn tops(pages: &[Page], scales: &[f32]) -> Vec<f32> {
    let mut y = MARGIN;
    pages
        .iter()
        .zip(scales)
        .map(|(p, s)| {
            let top = y;
            y += p.height * s + GAP;
            top
        })
        .collect()
}

fn mark_rect(page: Rect, m: &Mark, scale: f32) -> Rect {
    Rect::from_min_size(
        page.min + vec2(m.x, m.y) * scale,
        vec2(m.width, m.height) * scale,
    )
}

impl Preview {
    /// Draws the panel. `zoom` is the setting (changed by the toolbar and
    /// Ctrl + wheel); `focus` is the place being edited.
    pub fn show(&mut self, ui: &mut Ui, zoom: &mut Zoom, focus: Option<&Place>) -> Asked {
        let mut asked = Asked::default();
        let Some((_, doc)) = self.shown.clone() else {
            ui.horizontal(|ui| {
                if let Some(e) = &self.error {
                    ui.colored_label(ui.visuals().error_fg_color, e);
                } else {
                    // Words, not a spinner: an animation would keep the
                    // window repainting while it waits for the thread.
                    ui.label("Đang dàn trang…");
                }
            });
            return asked;
        };
        let pages = &doc.pages;
        if pages.is_empty() {
            ui.label("Kế hoạch chưa có trang nào để in.");
            return asked;
        }
        // The toolbar's height is taken from the view before it is drawn.
        let view = ui.available_size() - vec2(0.0, 30.0);
        // Fitting is page by page: a landscape table page fits the panel's
        // width as a portrait page does, instead of running off its edge.
        let scales: Vec<f32> = pages
            .iter()
            .map(|p| zoom.scale((view.x, view.y), (p.width, p.height)))
            .collect();
        let shown = self.current.unwrap_or(0);
        let scale = scales
            .get(shown)
            .or(scales.first())
            .copied()
            .unwrap_or(AT_100);
        self.scale = Some(scale);
        let tops = tops(pages, &scales);
        self.toolbar(ui, zoom, scale, &tops, pages.len());
        if let Some(e) = &self.error {
            ui.colored_label(ui.visuals().error_fg_color, e);
        }

        let mut area = egui::ScrollArea::both()
            .id_salt("preview-pages")
            .auto_shrink([false, false]);
        if let Some(y) = self.scroll_to.take() {
            area = area.vertical_scroll_offset(y);
        }
        let ppp = ui.ctx().pixels_per_point();
        let dpi = |scale: f32| (scale * ppp * 25.4).round().clamp(20.0, 300.0) as u32;
        let widest = pages
            .iter()
            .zip(&scales)
            .map(|(p, s)| p.width * s)
            .fold(0.0f32, f32::max);
        let content_w = (widest + 2.0 * MARGIN).max(ui.available_width());
        let total_h = tops.last().copied().unwrap_or(0.0)
            + pages
                .last()
                .zip(scales.last())
                .map_or(0.0, |(p, s)| p.height * s)
            + MARGIN;
        let out = area.show_viewport(ui, |ui, viewport| {
            let origin = ui.min_rect().min;
            ui.set_min_size(vec2(content_w, total_h));
            let desk = if ui.visuals().dark_mode {
                Color32::from_gray(40)
            } else {
                Color32::from_gray(222)
            };
            ui.painter().rect_filled(ui.clip_rect(), 0.0, desk);
            let mut in_view: Option<(usize, usize)> = None;
            let mut current = None;
            for (i, page) in pages.iter().enumerate() {
                let top = tops.get(i).copied().unwrap_or(0.0);
                let scale = scales.get(i).copied().unwrap_or(scale);
                let size = vec2(page.width, page.height) * scale;
                if top + size.y < viewport.min.y || top > viewport.max.y {
                    continue;
                }
                in_view = Some(in_view.map_or((i, i), |(a, _)| (a, i)));
                // The page the toolbar names: the first that reaches the
                // upper part of the view (page 1 at the top of the plan).
                if current.is_none() && top + size.y > viewport.min.y + viewport.height() * 0.4 {
                    current = Some(i);
                }
                let x = ((content_w - size.x) / 2.0).max(MARGIN);
                let rect = Rect::from_min_size(origin + vec2(x, top), size);
                if let Some(place) = self.page(ui, i, page, rect, scale, focus) {
                    asked.go_to = Some(place);
                }
                self.want(i, dpi(scale));
            }
            (in_view, current)
        });
        let (in_view, current) = out.inner;
        self.current = current.or(self.current);
        if let Some((first, last)) = in_view {
            self.in_view = Some((first, last));
            self.forget_far(first, last);
        }
        if out.inner_rect.contains(
            ui.input(|i| i.pointer.hover_pos())
                .unwrap_or(pos2(-1.0, -1.0)),
        ) {
            let z = ui.input(|i| i.zoom_delta());
            if (z - 1.0).abs() > 1e-3 {
                let percent = (scale * z / AT_100 * 100.0).round().clamp(10.0, 400.0);
                *zoom = Zoom::Percent(percent as u16);
            }
        }
        self.follow(
            focus,
            pages,
            &tops,
            &scales,
            out.state.clamped_offset().y,
            out.inner_rect.height(),
        );
        asked
    }

    /// Zoom out, the zoom's choices, zoom in; the page in view and the count.
    fn toolbar(&mut self, ui: &mut Ui, zoom: &mut Zoom, scale: f32, tops: &[f32], count: usize) {
        ui.horizontal_wrapped(|ui| {
            if ui.button("−").on_hover_text("Thu nhỏ").clicked() {
                *zoom = Zoom::step(scale, false);
            }
            egui::ComboBox::from_id_salt("preview-zoom")
                .selected_text(zoom.label(scale))
                .width(128.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(zoom, Zoom::FitWidth, "Vừa chiều rộng");
                    ui.selectable_value(zoom, Zoom::FitPage, "Vừa trang");
                    for p in STEPS.into_iter().filter(|p| *p >= 50) {
                        ui.selectable_value(zoom, Zoom::Percent(p), format!("{p} %"));
                    }
                })
                .response
                .accessible_name("Thu phóng");
            if ui.button("+").on_hover_text("Phóng to").clicked() {
                *zoom = Zoom::step(scale, true);
            }
            ui.separator();
            let shown = self.current.unwrap_or(0) + 1;
            let mut n = shown.min(count);
            ui.label("Trang");
            let r = ui
                .add(egui::DragValue::new(&mut n).range(1..=count).speed(0.1))
                .on_hover_text("Gõ số trang để đến trang đó")
                .accessible_name("Đến trang");
            if r.changed() && n != shown {
                self.scroll_to = tops.get(n.saturating_sub(1)).map(|t| t - MARGIN);
            }
            ui.label(format!("/ {count} trang"));
            if self.is_behind() {
                ui.weak("Đang cập nhật…");
            }
        });
    }

    /// One page: white with a shadow, its pixels (or a note while they are
    /// drawn), the edited place marked. Returns the place clicked.
    fn page(
        &self,
        ui: &mut Ui,
        i: usize,
        page: &Page,
        rect: Rect,
        scale: f32,
        focus: Option<&Place>,
    ) -> Option<Place> {
        let painter = ui.painter().clone();
        painter.rect_filled(
            rect.translate(vec2(2.0, 3.0)),
            2.0,
            Color32::from_black_alpha(60),
        );
        painter.rect_filled(rect, 0.0, Color32::WHITE);
        match self.textures.get(&i) {
            Some(t) => {
                let uv = Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0));
                painter.image(t.handle.id(), rect, uv, Color32::WHITE);
            }
            None => {
                painter.text(
                    rect.center(),
                    Align2::CENTER_CENTER,
                    "Đang vẽ trang…",
                    FontId::proportional(13.0),
                    Color32::GRAY,
                );
            }
        }
        if let Some(f) = focus {
            for m in page.marks.iter().filter(|m| f.contains(&m.place)) {
                let r = mark_rect(rect, m, scale);
                painter.rect_filled(r, 0.0, Color32::from_rgba_unmultiplied(255, 210, 0, 48));
                let bar = Rect::from_min_max(r.min - vec2(5.0, 0.0), pos2(r.min.x - 2.0, r.max.y));
                painter.rect_filled(bar, 0.0, Color32::from_rgb(230, 160, 0));
            }
        }
        let resp = ui
            .interact(
                rect,
                ui.scope_id().with(("preview-page", i)),
                Sense::click(),
            )
            .accessible_name(format!("Trang {}", i + 1));
        let to_mm = |p: egui::Pos2| -> Vec2 { (p - rect.min) / scale };
        if let Some(p) = resp.hover_pos() {
            let mm = to_mm(p);
            if let Some(m) = page.marks.iter().find(|m| m.contains(mm.x, mm.y)) {
                ui.ctx().set_cursor_icon(CursorIcon::PointingHand);
                let r = mark_rect(rect, m, scale);
                painter.rect_stroke(
                    r,
                    0.0,
                    egui::Stroke::new(1.0, Color32::from_rgba_unmultiplied(0, 90, 200, 90)),
                    egui::StrokeKind::Outside,
                );
            }
        }
        if resp.clicked() {
            let mm = resp.interact_pointer_pos().map(to_mm)?;
            return page.place_at(mm.x, mm.y).cloned();
        }
        None
    }

    /// Keeps the edited place in view: when it changes and prints outside
    /// the pages in view, scrolls to where it prints.
    fn follow(
        &mut self,
        focus: Option<&Place>,
        pages: &[Page],
        tops: &[f32],
        scales: &[f32],
        offset: f32,
        height: f32,
    ) {
        if focus == self.followed.as_ref() {
            return;
        }
        let Some(f) = focus else {
            self.followed = None;
            return;
        };
        let job = self.shown.as_ref().map_or(0, |(job, _)| *job);
        if self
            .missed
            .as_ref()
            .is_some_and(|(p, j)| p == f && *j == job)
        {
            return;
        }
        let found = pages.iter().enumerate().find_map(|(i, p)| {
            let m = p.marks.iter().find(|m| f.contains(&m.place))?;
            Some(tops.get(i)? + m.y * scales.get(i)?)
        });
        // Not printed yet (a row just added): tried again with the next layout.
        let Some(y) = found else {
            self.missed = Some((f.clone(), job));
            return;
        };
        self.followed = Some(f.clone());
        if y < offset || y > offset + height - 40.0 {
            self.scroll_to = Some((y - 40.0).max(0.0));
        }
    }
}
