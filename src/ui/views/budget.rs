//! Kinh phí: public-investment projects and recurrent-expense items of the
//! plan year, or those carried out in the year under review. Totals are summed
//! from the rows (`BudgetTotals`) every frame, so they follow the typing.

use super::row_menu::{self, Item};
use super::targets::{Source, agencies};
use super::wide_table::{Width, wide_table};
use crate::model::budget::Amounts;
use crate::model::format::{billions_text, millions};
use crate::model::{Budget, BudgetTotals, Id, Money, Plan, Project, ProjectStatus, RecurrentItem};
use crate::ui::doc::Doc;
use crate::ui::history::{Access, Command};
use crate::ui::widgets::{money, opt_number, text};
use egui::Ui;
use std::rc::Rc;

/// Which table is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Section {
    #[default]
    Investment,
    Recurrent,
}

#[derive(Default)]
pub struct State {
    pub section: Section,
    pub source: Source,
    /// Scroll to this row on the next frame (after an insert).
    pub scroll_to: Option<Id>,
}

fn budget(p: &mut Plan, s: Source) -> &mut Budget {
    match s {
        Source::Plan => &mut p.budget,
        Source::Review => &mut p.review.budget,
    }
}

/// What a budget table edits in a row, column by column: one table
/// serves projects and recurrent items.
enum Field<T> {
    Text(fn(&mut T) -> &mut String),
    Agencies(fn(&mut T) -> &mut Vec<String>),
    Money(fn(&mut T) -> &mut Money),
    Year(fn(&mut T) -> &mut Option<i32>),
    Status(fn(&mut T) -> &mut ProjectStatus),
    /// The amount of one year of a plan over several years (its index).
    ByYear(fn(&mut T) -> &mut Amounts, usize),
}

/// A column: its title (also the field's accessible name), its key in the
/// editor's ids, its width (None: the wide name column) and its field.
struct Col<T> {
    title: String,
    key: String,
    width: Option<f32>,
    field: Field<T>,
}

/// "Từ năm" and "Đến năm": a row's implementation period.
fn period<T>(
    start: fn(&mut T) -> &mut Option<i32>,
    end: fn(&mut T) -> &mut Option<i32>,
) -> [Col<T>; 2] {
    [
        col("Từ năm", "start", Some(60.0), Field::Year(start)),
        col("Đến năm", "end", Some(60.0), Field::Year(end)),
    ]
}

fn col<T>(title: impl Into<String>, key: &str, width: Option<f32>, field: Field<T>) -> Col<T> {
    Col {
        title: title.into(),
        key: key.to_string(),
        width,
        field,
    }
}

/// A kind of budget row: where its list is and which columns it shows.
trait BudgetRow: Item + Clone + 'static {
    /// Prefix of the row's widget ids.
    const KEY: &'static str;
    fn list(b: &mut Budget) -> &mut Vec<Self>;
    /// Its columns in a plan for `year`; `years`, the period of a plan over
    /// several years (empty for one year), adds a column per year.
    fn columns(year: i32, years: &[i32]) -> Vec<Col<Self>>;
}

/// A column per year of a plan over several years: "Năm 2026" …
fn by_year<T>(years: &[i32], f: fn(&mut T) -> &mut Amounts) -> Vec<Col<T>> {
    years
        .iter()
        .enumerate()
        .map(|(i, y)| {
            col(
                format!("Năm {y}"),
                &format!("y{y}"),
                Some(100.0),
                Field::ByYear(f, i),
            )
        })
        .collect()
}

impl BudgetRow for Project {
    const KEY: &'static str = "p";
    fn list(b: &mut Budget) -> &mut Vec<Self> {
        &mut b.investment
    }
    fn columns(year: i32, years: &[i32]) -> Vec<Col<Self>> {
        let mut cols: Vec<Col<Self>> = vec![
            col("Tên dự án", "name", None, Field::Text(|x| &mut x.name.0)),
            col(
                "Chủ đầu tư",
                "investor",
                Some(140.0),
                Field::Agencies(|x| &mut x.investor),
            ),
            col(
                "Tổng mức đầu tư",
                "total",
                Some(100.0),
                Field::Money(|x| &mut x.total),
            ),
        ];
        cols.extend(period::<Self>(|x| &mut x.start_year, |x| &mut x.end_year));
        cols.extend([col(
            format!("Vốn năm {year}"),
            "capital",
            Some(100.0),
            Field::Money(|x: &mut Project| &mut x.capital),
        )]);
        cols.extend(by_year(years, |x: &mut Project| &mut x.by_year));
        cols.extend([
            col(
                "Tính chất",
                "status",
                Some(120.0),
                Field::Status(|x: &mut Project| &mut x.status),
            ),
            col(
                "Nguồn vốn",
                "source",
                Some(100.0),
                Field::Text(|x: &mut Project| &mut x.source),
            ),
            col(
                "Nhóm",
                "group",
                Some(80.0),
                Field::Text(|x: &mut Project| &mut x.group),
            ),
            col(
                "Ghi chú",
                "note",
                Some(130.0),
                Field::Text(|x| &mut x.note.0),
            ),
        ]);
        cols
    }
}

impl BudgetRow for RecurrentItem {
    const KEY: &'static str = "r";
    fn list(b: &mut Budget) -> &mut Vec<Self> {
        &mut b.recurrent
    }
    fn columns(_: i32, years: &[i32]) -> Vec<Col<Self>> {
        let mut cols: Vec<Col<Self>> = vec![
            col("Danh mục", "name", None, Field::Text(|x| &mut x.name.0)),
            col(
                "Đơn vị thực hiện",
                "unit",
                Some(180.0),
                Field::Agencies(|x| &mut x.unit),
            ),
        ];
        cols.extend(period::<Self>(|x| &mut x.start_year, |x| &mut x.end_year));
        cols.extend([col(
            "Kinh phí",
            "amount",
            Some(110.0),
            Field::Money(|x: &mut RecurrentItem| &mut x.amount),
        )]);
        cols.extend(by_year(years, |x: &mut RecurrentItem| &mut x.by_year));
        cols.extend([
            col(
                "Nguồn kinh phí",
                "source",
                Some(140.0),
                Field::Text(|x: &mut RecurrentItem| &mut x.source),
            ),
            col(
                "Nhóm",
                "group",
                Some(80.0),
                Field::Text(|x: &mut RecurrentItem| &mut x.group),
            ),
            col(
                "Ghi chú",
                "note",
                Some(160.0),
                Field::Text(|x| &mut x.note.0),
            ),
        ]);
        cols
    }
}

fn rows<T: BudgetRow>(s: Source) -> Access<Vec<T>> {
    Rc::new(move |p: &mut Plan| Some(T::list(budget(p, s))))
}

/// One field of the row `id`.
fn part<T: BudgetRow, F: 'static>(s: Source, id: Id, f: fn(&mut T) -> &mut F) -> Access<F> {
    Rc::new(move |p: &mut Plan| {
        T::list(budget(p, s))
            .iter_mut()
            .find(|x| x.row_id() == id)
            .map(f)
    })
}

fn status_label(st: ProjectStatus) -> &'static str {
    if st.is_unspecified() {
        "Chưa rõ"
    } else {
        st.label()
    }
}

pub fn show(ui: &mut Ui, doc: &mut Doc, state: &mut State) {
    let plan_year = doc.plan.year;
    ui.horizontal(|ui| {
        ui.heading("Kinh phí");
        ui.add_space(16.0);
        ui.selectable_value(
            &mut state.source,
            Source::Plan,
            format!("Kế hoạch năm {plan_year}"),
        );
        ui.selectable_value(
            &mut state.source,
            Source::Review,
            format!("Thực hiện năm {}", plan_year - 1),
        );
    });
    let s = state.source;
    let year = match s {
        Source::Plan => plan_year,
        Source::Review => plan_year - 1,
    };
    ui.horizontal(|ui| {
        ui.selectable_value(
            &mut state.section,
            Section::Investment,
            format!("Đầu tư công năm {year}"),
        );
        ui.selectable_value(
            &mut state.section,
            Section::Recurrent,
            format!("Chi thường xuyên năm {year}"),
        );
    });
    let totals = BudgetTotals::of(budget(&mut doc.plan, s));
    ui.add_space(4.0);
    match state.section {
        Section::Investment => {
            ui.horizontal(|ui| {
                add_button::<Project>(ui, doc, state, rows(s), "+ Thêm dự án");
                super::paste::button(
                    ui,
                    super::paste::Into::Projects {
                        review: s == Source::Review,
                    },
                );
                ui.label(format!(
                    "Tổng mức đầu tư: {} triệu đồng — Vốn năm {year}: {} triệu đồng",
                    millions(totals.investment_total),
                    millions(totals.investment_capital)
                ));
            });
            year_total(ui, year, &totals);
            rows_table::<Project>(ui, doc, state, year);
        }
        Section::Recurrent => {
            ui.horizontal(|ui| {
                add_button::<RecurrentItem>(ui, doc, state, rows(s), "+ Thêm nhiệm vụ chi");
                super::paste::button(
                    ui,
                    super::paste::Into::Recurrent {
                        review: s == Source::Review,
                    },
                );
                ui.label(format!(
                    "Tổng chi thường xuyên: {} triệu đồng",
                    millions(totals.recurrent)
                ));
            });
            year_total(ui, year, &totals);
            rows_table::<RecurrentItem>(ui, doc, state, year);
        }
    }
}

fn year_total(ui: &mut Ui, year: i32, totals: &BudgetTotals) {
    ui.label(format!(
        "Tổng kinh phí năm {year} (vốn đầu tư công và chi thường xuyên): {}",
        billions_text(totals.year_total())
    ));
    ui.add_space(4.0);
}

fn add_button<T: Item>(
    ui: &mut Ui,
    doc: &mut Doc,
    state: &mut State,
    list: Access<Vec<T>>,
    label: &str,
) {
    if let Some(id) = row_menu::add_button(ui, doc, list, label, None) {
        state.scroll_to = Some(id);
    }
}

/// The table of a kind of budget row: its number, its columns, its row menu.
fn rows_table<T: BudgetRow>(ui: &mut Ui, doc: &mut Doc, state: &mut State, year: i32) {
    let s = state.source;
    let len = T::list(budget(&mut doc.plan, s)).len();
    let scroll = state.scroll_to.take().and_then(|id| {
        T::list(budget(&mut doc.plan, s))
            .iter()
            .position(|x| x.row_id() == id)
    });
    // The plan's own budget of a plan over several years: a column a year.
    let years: Vec<i32> = if s == Source::Plan && doc.plan.is_multi_year() {
        doc.plan.period_years().collect()
    } else {
        Vec::new()
    };
    let cols = T::columns(year, &years);
    // The number, the row menu (first: many columns never push it out of
    // reach), the kind's columns.
    let widths: Vec<Width> = [Width::Exact(36.0), Width::Exact(34.0)]
        .into_iter()
        .chain(cols.iter().map(|c| match c.width {
            Some(w) => Width::Exact(w),
            None => Width::Rest(200.0),
        }))
        .collect();
    let salt = (T::KEY, s == Source::Review);
    wide_table(ui, salt, &widths, |t| {
        let mut t = t.id_salt(salt).striped(true);
        if let Some(r) = scroll {
            t = t.scroll_to_row(r, Some(egui::Align::Center));
        }
        t.header(22.0, |mut h| {
            let titles = ["STT", ""]
                .into_iter()
                .chain(cols.iter().map(|c| c.title.as_str()));
            for title in titles {
                h.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(26.0, len, |mut row| {
                let i = row.index();
                let Some(x) = T::list(budget(&mut doc.plan, s)).get(i).cloned() else {
                    return;
                };
                let id = x.row_id();
                row.col(|ui| {
                    ui.label((i + 1).to_string());
                });
                row.col(|ui| {
                    let at = row_menu::Position { index: i, len };
                    if let Some(n) = row_menu::show(ui, doc, rows::<T>(s), at, &x, |_, _| {}) {
                        state.scroll_to = Some(n);
                    }
                });
                for c in &cols {
                    row.col(|ui| cell(ui, doc, s, id, &x, c));
                }
                super::note_focus(doc, &row.response(), id);
            });
        });
    });
}

/// One cell of a budget row, edited in place.
fn cell<T: BudgetRow>(ui: &mut Ui, doc: &mut Doc, s: Source, id: Id, x: &T, c: &Col<T>) {
    let key = format!("{}{}.{}", T::KEY, id.0, c.key);
    let label = c.title.as_str();
    let w = ui.available_width();
    match c.field {
        Field::Text(f) => {
            text(ui, doc, label, key, part(s, id, f), w, false);
        }
        Field::Agencies(f) => agencies(ui, doc, label, &key, part(s, id, f)),
        Field::Money(f) => {
            money(ui, doc, label, key, part(s, id, f), w);
        }
        Field::Year(f) => {
            opt_number(ui, doc, label, key, part(s, id, f), w);
        }
        Field::ByYear(f, i) => {
            let amounts = part(s, id, f);
            let access: Access<Money> = Rc::new(move |p| amounts(p).map(|a| a.slot(i)));
            money(ui, doc, label, key, access, w);
        }
        Field::Status(f) => {
            let old = *f(&mut x.clone());
            let mut st = old;
            egui::ComboBox::from_id_salt(&key)
                .selected_text(status_label(st))
                .width(w)
                .show_ui(ui, |ui| {
                    for v in [
                        ProjectStatus::Unspecified,
                        ProjectStatus::Continuing,
                        ProjectStatus::New,
                    ] {
                        ui.selectable_value(&mut st, v, status_label(v));
                    }
                })
                .response
                .accessible_name(label);
            if st != old {
                doc.edit(Command::set("Sửa tính chất dự án", part(s, id, f), old, st));
            }
        }
    }
}
