//! How large the preview draws its pages: to the panel's width, a whole page
//! in view, or a percentage where 100 % is the paper's real size on a common
//! screen (96 dots an inch). Kept between sessions.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Zoom {
    /// The widest page fills the panel's width.
    #[default]
    FitWidth,
    /// The largest page fits whole in the panel.
    FitPage,
    Percent(u16),
}

/// The steps of the zoom buttons, in percent.
pub const STEPS: [u16; 13] = [25, 33, 50, 67, 75, 90, 100, 110, 125, 150, 200, 300, 400];

/// Points a millimetre at 100 %: 96 points an inch.
pub const AT_100: f32 = 96.0 / 25.4;

/// Space around the pages in the panel, points.
pub const MARGIN: f32 = 12.0;

impl Zoom {
    /// Points a millimetre for pages of at most `paper` (width, height) mm
    /// shown in `view` (width, height) points.
    pub fn scale(self, view: (f32, f32), paper: (f32, f32)) -> f32 {
        let fit_w = (view.0 - 2.0 * MARGIN) / paper.0.max(1.0);
        let fit_h = (view.1 - 2.0 * MARGIN) / paper.1.max(1.0);
        let s = match self {
            Zoom::FitWidth => fit_w,
            Zoom::FitPage => fit_w.min(fit_h),
            Zoom::Percent(p) => f32::from(p) / 100.0 * AT_100,
        };
        s.clamp(0.1 * AT_100, 4.0 * AT_100)
    }

    /// The next step up or down from the scale now shown.
    pub fn step(scale: f32, up: bool) -> Zoom {
        let now = scale / AT_100 * 100.0;
        let next = if up {
            STEPS.iter().copied().find(|&s| f32::from(s) > now + 0.5)
        } else {
            STEPS
                .iter()
                .rev()
                .copied()
                .find(|&s| f32::from(s) < now - 0.5)
        };
        let edge = if up { STEPS[STEPS.len() - 1] } else { STEPS[0] };
        Zoom::Percent(next.unwrap_or(edge))
    }

    /// "Vừa chiều rộng (85 %)", "120 %".
    pub fn label(self, scale: f32) -> String {
        let percent = (scale / AT_100 * 100.0).round();
        match self {
            Zoom::FitWidth => format!("Vừa chiều rộng ({percent} %)"),
            Zoom::FitPage => format!("Vừa trang ({percent} %)"),
            Zoom::Percent(_) => format!("{percent} %"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A4: (f32, f32) = (210.0, 297.0);

    #[test]
    fn fit_width_fills_the_panel_and_fit_page_shows_a_whole_page() {
        let s = Zoom::FitWidth.scale((444.0, 300.0), A4);
        assert!((s * 210.0 - 420.0).abs() < 0.01);
        let s = Zoom::FitPage.scale((444.0, 321.0), A4);
        assert!((s * 297.0 - 297.0).abs() < 0.01);
    }

    #[test]
    fn steps_go_up_and_down_and_stop_at_the_ends() {
        assert_eq!(Zoom::step(AT_100, true), Zoom::Percent(110));
        assert_eq!(Zoom::step(AT_100, false), Zoom::Percent(90));
        assert_eq!(Zoom::step(0.87 * AT_100, true), Zoom::Percent(90));
        assert_eq!(Zoom::step(4.0 * AT_100, true), Zoom::Percent(400));
        assert_eq!(Zoom::step(0.25 * AT_100, false), Zoom::Percent(25));
    }

    #[test]
    fn a_tiny_panel_still_shows_pages() {
        assert!(Zoom::FitWidth.scale((0.0, 0.0), A4) > 0.0);
    }
}
