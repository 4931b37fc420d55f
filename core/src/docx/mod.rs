//! The dossier or plan as a Word document (.docx) an officer can edit: the
//! decree's page, the header block and closing as borderless tables, the
//! numbers kehoach computes written as text, real footnotes, tables whose
//! header rows repeat on every page, page numbers at the top from the
//! second page of each document and appendix, Times New Roman named in
//! styles an officer can restyle in Word.

mod body;
mod package;
mod xml;

use crate::compose::{self, Options};
use crate::fonts::FontSet;
use crate::layout;
use crate::model::Plan;
use std::fmt;

#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Không tạo được tệp Word: {}", self.0)
    }
}

impl std::error::Error for Error {}

/// The .docx of what `opts` selects: sections as the PDF's parts, tables as
/// wide as the PDF's, pages in the PDF's orientation.
pub fn write(plan: &Plan, fonts: &FontSet, opts: &Options) -> Result<Vec<u8>, Error> {
    let doc = compose::compose(plan, opts);
    let shapes = layout::shapes(&doc, plan, fonts);
    let body = body::Body::write(&doc, &shapes.tables, &shapes.landscape);
    package::zip(&doc, plan, &body.out, &body.notes.bodies).map_err(Error)
}
