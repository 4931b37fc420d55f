//! Thousands of seeded random actions, as a user clicks and types, over every
//! view and table of a real sample: row menus (insert, duplicate, move, indent,
//! move to another group, delete), list buttons, "+" buttons, retyping a field,
//! undo, redo, save, switching views. After every step nothing has panicked and
//! the plan never claims to be saved while it differs from its file; at the end
//! undoing everything gives back the plan as opened, and redoing everything the
//! plan as it ended.

use crate::common::editor::{ctrl, plan, sample_saved_as};
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kehoach::model::Plan;
use kehoach::ui::App;
use std::collections::BTreeMap;

/// xorshift64*: reproducible without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// What the row menus offer (the move-to-group submenu is handled apart).
const MENU_ITEMS: &[&str] = &[
    "Chèn dòng phía trên",
    "Chèn dòng phía dưới",
    "Nhân bản",
    "Chuyển lên",
    "Chuyển xuống",
    "Thụt vào (làm nhiệm vụ con)",
    "Đưa ra (ngang cấp nhiệm vụ cha)",
    "Chuyển sang nhóm",
    "Xóa chỉ tiêu",
    "Xóa nhiệm vụ",
    "Xóa nhiệm vụ và các nhiệm vụ con",
    "Xóa dự án",
    "Xóa nhiệm vụ chi",
    "Xóa dòng",
    "Chuyển nhóm lên",
    "Chuyển nhóm xuống",
    "Xóa nhóm và các chỉ tiêu của nhóm",
    "Xóa nhóm và các nhiệm vụ của nhóm",
];

/// The views and the switches inside them.
const PLACES: &[&str] = &[
    "Thông tin chung",
    "Căn cứ",
    "Nội dung",
    "Chỉ tiêu",
    "Nhiệm vụ",
    "Kinh phí",
    "Phụ lục",
    "Danh mục cơ quan",
    "Nơi nhận và chữ ký",
    "Chỉ tiêu năm 2024",
    "Kết quả năm 2023",
    "Kế hoạch năm 2024",
    "Thực hiện năm 2023",
    "Đầu tư công năm 2024",
    "Chi thường xuyên năm 2024",
    "Đầu tư công năm 2023",
    "Chi thường xuyên năm 2023",
];

const WORDS: &[&str] = &["Sở Y tế", "năm {năm}", "12,5", "ạ ấ ự", "", "x"];

fn labels_of(h: &Harness<'_, App>, role: Role, pick: impl Fn(&str) -> bool) -> Vec<String> {
    h.query_all_by_role(role)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| pick(l))
        .collect()
}

fn click_nth(h: &mut Harness<'_, App>, label: &str, nth: usize) -> bool {
    let Some(node) = h.query_all_by_label(label).nth(nth) else {
        return false;
    };
    node.click();
    h.run();
    true
}

struct Episode {
    h: Harness<'static, App>,
    rng: Rng,
    saved: Plan,
    path: std::path::PathBuf,
    done: BTreeMap<String, usize>,
}

impl Episode {
    fn note(&mut self, what: &str) {
        *self.done.entry(what.to_string()).or_default() += 1;
    }

    fn row_menu(&mut self) {
        let n = self.h.query_all_by_label("…").count();
        if n == 0 || !click_nth(&mut self.h, "…", self.rng.below(n)) {
            return;
        }
        let offered: Vec<&str> = MENU_ITEMS
            .iter()
            .copied()
            .filter(|l| self.h.query_all_by_label(l).next().is_some())
            .collect();
        if offered.is_empty() {
            return;
        }
        let item = offered[self.rng.below(offered.len())];
        click_nth(&mut self.h, item, 0);
        if item == "Chuyển sang nhóm" {
            let groups = labels_of(&self.h, Role::Button, |l| {
                l.split_once(". ")
                    .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| "IVXLC".contains(c)))
            });
            if groups.is_empty() {
                return;
            }
            let g = groups[self.rng.below(groups.len())].clone();
            click_nth(&mut self.h, &g, 0);
        }
        self.note(item);
    }

    fn button(&mut self, pick: impl Fn(&str) -> bool, what: &str) {
        let all = labels_of(&self.h, Role::Button, pick);
        if all.is_empty() {
            return;
        }
        let l = all[self.rng.below(all.len())].clone();
        let count = self.h.query_all_by_label(&l).count();
        if click_nth(&mut self.h, &l, self.rng.below(count)) {
            self.note(what);
        }
    }

    fn retype(&mut self) {
        let fields: Vec<String> = self
            .h
            .query_all_by(|n| matches!(n.role(), Role::TextInput | Role::MultilineTextInput))
            .filter_map(|n| n.accesskit_node().label())
            .collect();
        if fields.is_empty() {
            return;
        }
        let label = fields[self.rng.below(fields.len())].clone();
        let count = self.h.query_all_by_label(&label).count();
        let nth = self.rng.below(count);
        if !click_nth(&mut self.h, &label, nth) {
            return;
        }
        ctrl(&mut self.h, Key::A);
        let word = WORDS[self.rng.below(WORDS.len())];
        if let Some(node) = self.h.query_all_by_label(&label).nth(nth) {
            node.type_text(word);
        }
        self.h.run();
        self.h.key_press(Key::Escape);
        self.h.run();
        self.note("retype");
    }

    fn step(&mut self) {
        match self.rng.below(100) {
            0..=11 => {
                let place = PLACES[self.rng.below(PLACES.len())];
                if click_nth(&mut self.h, place, 0) {
                    self.note("switch view");
                }
            }
            12..=46 => self.row_menu(),
            47..=56 => self.button(|l| l.starts_with("+ ") && !l.contains("cơ quan mới"), "add"),
            57..=64 => self.button(|l| matches!(l, "▲" | "▼" | "×"), "list button"),
            65..=81 => self.retype(),
            82..=89 => {
                ctrl(&mut self.h, Key::Z);
                self.note("undo");
            }
            90..=96 => {
                ctrl(&mut self.h, Key::Y);
                self.note("redo");
            }
            _ => {
                ctrl(&mut self.h, Key::S);
                self.h.run();
                self.saved = kehoach::io::load_path(&self.path).expect("saved file loads");
                self.note("save");
            }
        }
        // Close whatever menu or popup is left open.
        self.h.key_press(Key::Escape);
        self.h.run();
        self.check_saved_state();
    }

    /// The editor never says "saved" about a plan that differs from its file.
    fn check_saved_state(&mut self) {
        let dirty = self.h.state().is_dirty();
        let shown_saved = self.h.query_by_label("Đã lưu").is_some();
        assert_eq!(shown_saved, !dirty, "the status bar tells the truth");
        if !dirty {
            let mut on_disk = plan(&self.h).clone();
            // The file holds what was saved; compare what the file would hold.
            on_disk.version = self.saved.version;
            assert!(
                on_disk == self.saved,
                "reported saved, but the plan differs from its file"
            );
        }
    }
}

fn episode(seed: u64, steps: usize) -> BTreeMap<String, usize> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("ke-hoach.ron");
    let h = sample_saved_as(&path);
    let original = plan(&h).clone();
    let saved = kehoach::io::load_path(&path).expect("loads");
    let mut e = Episode {
        h,
        rng: Rng(seed),
        saved,
        path,
        done: BTreeMap::new(),
    };
    for _ in 0..steps {
        e.step();
    }
    let redo_all = |h: &mut Harness<'_, App>| {
        while h.state().doc.as_ref().is_some_and(|d| d.history.can_redo()) {
            ctrl(h, Key::Y);
        }
    };
    // The newest state the history holds (the episode may end after undos).
    redo_all(&mut e.h);
    let last = plan(&e.h).clone();
    while e
        .h
        .state()
        .doc
        .as_ref()
        .is_some_and(|d| d.history.can_undo())
    {
        ctrl(&mut e.h, Key::Z);
    }
    assert!(
        plan(&e.h) == &original,
        "undoing everything gives the plan as opened"
    );
    redo_all(&mut e.h);
    assert!(
        plan(&e.h) == &last,
        "redoing everything gives the plan as it ended"
    );
    e.done
}

/// One episode of 300 actions (fewer steps than the history keeps, so
/// undoing everything must reach the plan as opened). Four seeds, run in
/// parallel by the test harness: 1.200 actions in all.
fn run(seed: u64) {
    let done = episode(seed, 300);
    eprintln!("seed {seed:#x}: {done:?}");
    for what in ["switch view", "add", "retype", "undo", "redo"] {
        assert!(done.contains_key(what), "never exercised: {what}");
    }
    let row_actions: usize = MENU_ITEMS.iter().filter_map(|i| done.get(*i)).sum();
    assert!(row_actions >= 30, "only {row_actions} row actions");
}

#[test]
fn random_actions_seed_1() {
    run(0x5eed_0001);
}

#[test]
fn random_actions_seed_2() {
    run(0x5eed_0002);
}

#[test]
fn random_actions_seed_3() {
    run(0x5eed_0003);
}

#[test]
fn random_actions_seed_4() {
    run(0x5eed_0004);
}
