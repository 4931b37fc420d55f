//! Composed document -> pages of positioned text runs and rules. Pure: it
//! reads the composed document and font metrics and returns pages; it knows
//! nothing of PDF or egui.
//!
//! The pipeline: `plan.rs` / `appendix.rs` / `cells.rs` turn composed blocks
//! into flow elements (`flow::Elem`: paragraphs of laid-out lines, fixed
//! blocks, tables, page breaks), using `inline.rs` for text and `text.rs` for
//! line breaking; then `flow.rs` places the elements on pages.

pub mod appendix;
mod balance;
pub mod builder;
pub mod cells;
pub mod flow;
pub mod inline;
pub mod page;
pub mod plan;
pub mod style;
pub mod table;
pub mod text;

pub use crate::compose::Options;
pub use page::{Document, Face, Item, Mark, Page, Rule, TextRun};

use crate::compose::{self, text::Texts};
use crate::fonts::FontSet;
use crate::model::{Fields, Plan};
use builder::Builder;
use flow::{Flow, PageSetup};
use inline::Inline;
use style::Style;

/// The plan's pages: composed, then laid out.
pub fn document(plan: &Plan, fonts: &FontSet, opts: &Options) -> Document {
    pages(&compose::compose(plan, opts), plan, fonts)
}

/// Words of two syllables that plan titles are made of: a title breaks
/// between words, not inside one ("KẾ HOẠCH / PHÁT TRIỂN", never "KẾ
/// HOẠCH PHÁT / TRIỂN").
const COMPOUNDS: &str = "phát triển, kinh tế, xã hội, nhiệm vụ, kế hoạch, thực hiện, chuyển đổi, công nghệ, \
     khoa học, đổi mới, sáng tạo, thông tin, truyền thông, chính quyền, địa phương, \
     nhân dân, ủy ban, cải thiện, chỉ số, chỉ tiêu, đánh giá, kinh phí, đầu tư, dự án, \
     phân công, danh mục, văn bản, căn cứ, kết quả, mục tiêu, giai đoạn, hạ tầng, \
     dữ liệu, an toàn, an ninh, tổng hợp, thường xuyên, triển khai, doanh nghiệp, \
     tổ chức, quản lý, nhà nước, dịch vụ, năng lực, ngân sách, sự nghiệp, nguồn vốn, \
     chương trình, đề án, hành chính, cải cách, điện tử, trực tuyến, xếp hạng, \
     cạnh tranh, giáo dục, đào tạo, y tế, nông nghiệp, du lịch, văn hóa, thể thao, \
     tài chính, nội vụ, tư pháp, công thương, xây dựng, giao thông, môi trường, \
     tài nguyên, lao động, thương binh, quốc phòng, công an, thanh tra, văn phòng, \
     hội đồng, sử dụng, theo dõi, đôn đốc, giải pháp, vị trí, phối hợp, chủ trì, đơn vị, \
     cơ quan, thành phố, hỗ trợ, nâng cao, tăng cường, đẩy mạnh, bảo đảm, ứng dụng, \
     nền tảng, trí tuệ, nhân tạo, nhân lực, kỹ năng, thương mại";

/// The names no title breaks inside: the province (the header's place)
/// and the agencies of the directory, full and short, lower case.
fn title_names(plan: &Plan) -> Vec<Vec<char>> {
    std::iter::once(plan.meta.place.as_str())
        .chain(
            plan.agencies
                .iter()
                .flat_map(|a| [a.name.as_str(), a.short.as_str()]),
        )
        .chain(COMPOUNDS.split(", "))
        .map(|n| n.trim().to_lowercase().chars().collect::<Vec<char>>())
        .filter(|n| n.len() > 3 && n.len() <= 48)
        .collect()
}

/// The pages of a composed document of `plan` (whose settings give the
/// style and whose fields resolve layout's own strings).
pub fn pages(doc: &compose::Document, plan: &Plan, fonts: &FontSet) -> Document {
    let style = Style::from_settings(&plan.settings);
    let mut b = builder(plan, fonts);
    for part in &doc.parts {
        let setup = b.setup_for(part.orientation, &part.blocks);
        b.new_part(setup);
        for block in &part.blocks {
            b.block(block);
        }
    }
    let Builder { inline, elems, .. } = b;
    let pages = Flow::new(&inline.notes, style.page_number).run(&elems);
    Document {
        pages,
        title: doc.title.clone(),
        author: doc.author.clone(),
        subject: doc.subject.clone(),
    }
}

fn builder<'a>(plan: &'a Plan, fonts: &'a FontSet) -> Builder<'a> {
    let style = Style::from_settings(&plan.settings);
    let setup = PageSetup::PORTRAIT;
    Builder {
        inline: Inline {
            fonts,
            texts: Texts {
                fields: Fields::new(plan),
            },
            notes: Vec::new(),
            note_width: setup.text_width(),
            note_size: style.note,
        },
        style,
        setup,
        elems: Vec::new(),
        names: title_names(plan),
    }
}

/// How a table of the composed document prints: its columns' widths in mm
/// and whether its pages are landscape. The spreadsheet and Word exports
/// give their tables the PDF's proportions and page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TableShape {
    pub widths: Vec<f32>,
    pub landscape: bool,
    /// The height (mm) of each header row, then of each row, as printed.
    pub header_rows: Vec<f32>,
    pub rows: Vec<f32>,
}

/// How the document's parts and tables print: whether each part is
/// landscape (an automatic appendix as the PDF decides it), and the shape
/// of each table in the order they come. One pass: deciding a part's
/// orientation balances its tables' columns.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shapes {
    pub landscape: Vec<bool>,
    pub tables: Vec<TableShape>,
}

pub fn shapes(doc: &compose::Document, plan: &Plan, fonts: &FontSet) -> Shapes {
    let mut b = builder(plan, fonts);
    let mut out = Shapes::default();
    for part in &doc.parts {
        let setup = b.setup_for(part.orientation, &part.blocks);
        out.landscape.push(setup == PageSetup::LANDSCAPE);
        for block in &part.blocks {
            if let compose::Block::Table(t) = block {
                let table = b.table_input(t).lay_out(fonts, setup.text_width());
                out.tables.push(TableShape {
                    rows: table.rows.iter().map(|r| r.height).collect(),
                    widths: table.widths,
                    header_rows: table.header_rows,
                    landscape: setup == PageSetup::LANDSCAPE,
                });
            }
        }
    }
    out
}
