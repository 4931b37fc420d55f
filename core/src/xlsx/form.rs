//! The workbook a department fills in (`kehoach form FILE.ron --agency KEY`):
//! a sheet of instructions, then a sheet per kind of row the agency leads,
//! the cells it fills unlocked and shaded, everything else locked on
//! protected sheets, each row's id in a hidden first column so the merge
//! finds it again whatever the department does to the order.

use super::book::{Error, Written};
use super::form_rows::{Field, Kind, Value, rows};
use crate::model::{Evaluation, Plan};
use rust_xlsxwriter::{
    Color, DataValidation, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

/// The instructions sheet, first in every form.
pub const GUIDE: &str = "Hướng dẫn";
/// What the guide's last line starts with: the plan and agency the form is
/// for ("kehoach|2024|so-tttt"), read back by the merge.
pub const MARK: &str = "Mã biểu mẫu: ";

struct Styles {
    text: Format,
    locked: Format,
    head: Format,
    open: Format,
    open_money: Format,
    locked_money: Format,
    title: Format,
}

impl Styles {
    fn new() -> Styles {
        let base = || {
            Format::new()
                .set_font_name("Times New Roman")
                .set_font_size(12)
        };
        let cell = || {
            base()
                .set_border(FormatBorder::Thin)
                .set_text_wrap()
                .set_align(FormatAlign::Top)
        };
        // The cells to fill stand out: a pale yellow, as officers mark them by hand.
        let open = || {
            cell()
                .set_unlocked()
                .set_background_color(Color::RGB(0xFFF6CC))
        };
        Styles {
            text: base().set_text_wrap(),
            locked: cell(),
            head: cell()
                .set_bold()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            open: open(),
            open_money: open()
                .set_num_format("#,##0.###")
                .set_align(FormatAlign::Right),
            locked_money: cell()
                .set_num_format("#,##0.###")
                .set_align(FormatAlign::Right),
            title: base().set_bold().set_font_size(13),
        }
    }
}

/// The form for `agency` (a key of the plan's directory).
pub fn agency_form(plan: &Plan, agency: &str) -> Result<Written, Error> {
    let Some(a) = plan.agencies.iter().find(|a| a.key == agency) else {
        let keys: Vec<String> = plan
            .agencies
            .iter()
            .map(|a| format!("  {} ({})", a.key, a.name))
            .collect();
        return Err(Error::UnknownAgency(agency.to_string(), keys.join("\n")));
    };
    let sheets: Vec<(Kind, Vec<super::form_rows::FormRow>)> = Kind::ALL
        .into_iter()
        .map(|k| (k, rows(plan, k, agency)))
        .filter(|(_, r)| !r.is_empty())
        .collect();
    if sheets.is_empty() {
        return Err(Error::NothingToFill(a.name.clone()));
    }
    let styles = Styles::new();
    let mut book = Workbook::new();
    let mut names = vec![GUIDE.to_string()];
    guide(
        book.add_worksheet(),
        plan,
        &a.name,
        agency,
        &styles,
        &sheets,
    )?;
    for (kind, form_rows) in &sheets {
        let name = kind.sheet(plan);
        let ws = book.add_worksheet();
        ws.set_name(&name)?;
        sheet(ws, plan, &a.name, *kind, form_rows, &styles)?;
        names.push(name);
    }
    Ok(Written {
        bytes: book.save_to_buffer()?,
        sheets: names,
    })
}

fn guide(
    ws: &mut Worksheet,
    plan: &Plan,
    agency: &str,
    key: &str,
    s: &Styles,
    sheets: &[(Kind, Vec<super::form_rows::FormRow>)],
) -> Result<(), XlsxError> {
    ws.set_name(GUIDE)?;
    ws.set_column_width(0, 100)?;
    let title = format!("BIỂU MẪU CUNG CẤP SỐ LIỆU: {}", agency.to_uppercase());
    ws.write_string_with_format(0, 0, title, &s.title)?;
    let lines = [
        format!("Kế hoạch {} (năm {}).", plan.meta.title.as_str(), plan.year),
        "Các trang tiếp theo liệt kê những chỉ tiêu, nhiệm vụ, dự án và nhiệm vụ chi \
         thường xuyên do cơ quan chủ trì."
            .to_string(),
        "Chỉ điền vào các ô tô màu vàng. Các ô khác đã bị khóa; không thêm, xóa hay sắp \
         xếp lại dòng, không sửa cột mã dòng đã ẩn."
            .to_string(),
        "Số tiền ghi bằng triệu đồng, dấu chấm ngăn hàng nghìn và dấu phẩy trước phần \
         thập phân (ví dụ 1.770,5), hoặc nhập số như thường lệ."
            .to_string(),
        format!(
            "Cột đánh giá chọn một trong: {}.",
            Evaluation::ALL
                .iter()
                .filter(|e| !e.is_pending())
                .map(|e| e.label())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        format!(
            "Trang cần điền: {}.",
            sheets
                .iter()
                .map(|(k, r)| format!("{} ({} dòng)", k.sheet(plan), r.len()))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        "Điền xong, lưu tệp (giữ định dạng .xlsx) và gửi lại cho cơ quan chủ trì xây dựng \
         kế hoạch."
            .to_string(),
        format!("{MARK}kehoach|{}|{key}", plan.year),
    ];
    for (i, line) in lines.iter().enumerate() {
        ws.write_string_with_format(2 + i as u32, 0, line, &s.text)?;
    }
    ws.protect();
    Ok(())
}

fn sheet(
    ws: &mut Worksheet,
    plan: &Plan,
    agency: &str,
    kind: Kind,
    form_rows: &[super::form_rows::FormRow],
    s: &Styles,
) -> Result<(), XlsxError> {
    let fields = kind.fields();
    ws.write_string_with_format(0, 0, format!("{} - {agency}", kind.sheet(plan)), &s.title)?;
    let head = 2;
    ws.write_string_with_format(head, 0, "Mã dòng", &s.head)?;
    ws.write_string_with_format(head, 1, "STT", &s.head)?;
    for (c, f) in fields.iter().enumerate() {
        ws.write_string_with_format(head, 2 + c as u16, f.title(plan), &s.head)?;
    }
    for (i, row) in form_rows.iter().enumerate() {
        let r = head + 1 + i as u32;
        ws.write_string_with_format(r, 0, &row.key, &s.locked)?;
        ws.write_string_with_format(r, 1, &row.number, &s.locked)?;
        for (c, (f, v)) in fields.iter().zip(&row.values).enumerate() {
            let col = 2 + c as u16;
            match (v, f.open()) {
                (Value::Money(m), open) => {
                    let style = if open { &s.open_money } else { &s.locked_money };
                    if m.is_zero() && open {
                        // Blank, for the department to fill.
                        ws.write_blank(r, col, style)?;
                    } else {
                        ws.write_number_with_format(r, col, m.thousands() as f64 / 1000.0, style)?;
                    }
                }
                (Value::Text(t), open) => {
                    let style = if open { &s.open } else { &s.locked };
                    ws.write_string_with_format(r, col, t, style)?;
                }
            }
        }
    }
    if let Some(at) = fields.iter().position(|f| *f == Field::Evaluation)
        && !form_rows.is_empty()
    {
        let labels: Vec<&str> = Evaluation::ALL
            .iter()
            .filter(|e| !e.is_pending())
            .map(|e| e.label())
            .collect();
        let v = DataValidation::new()
            .allow_list_strings(&labels)?
            .set_input_message("Chọn Vượt, Đạt hoặc Không đạt")?;
        let col = 2 + at as u16;
        ws.add_data_validation(head + 1, col, head + form_rows.len() as u32, col, &v)?;
    }
    ws.set_column_width(1, 7)?;
    for (c, f) in fields.iter().enumerate() {
        let width = match f {
            Field::Name | Field::Expected => 50,
            Field::Progress | Field::Result | Field::Note => 30,
            _ => 18,
        };
        ws.set_column_width(2 + c as u16, width)?;
    }
    ws.set_column_hidden(0)?;
    ws.set_freeze_panes(head + 1, 0)?;
    ws.protect();
    Ok(())
}
