//! The parts of a .docx package around the body: content types,
//! relationships, styles (named so the document can be restyled in Word),
//! the page-number header, footnotes, document properties; zipped.

use super::xml::escape;
use crate::compose::Document;
use crate::model::Plan;
use std::io::Write;
use zip::write::SimpleFileOptions;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>"#;

/// Times New Roman throughout; body 14 pt justified with a 1 cm first line
/// and 6 pt after, at the plan's line spacing; the rest named by role.
fn styles(plan: &Plan) -> String {
    let body = (plan.settings.body_size.clamp(13.0, 14.0) * 2.0).round() as u32;
    let table = (plan.settings.table_size.clamp(11.0, 13.0) * 2.0).round() as u32;
    let line = (plan.settings.line_spacing.clamp(1.0, 1.5) * 240.0).round() as u32;
    let style = |id: &str, name: &str, ppr: &str, rpr: &str| {
        format!(
            "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>\
             <w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
        )
    };
    let single = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/>";
    let mut s = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"{W}\">\
         <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" \
         w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/><w:sz w:val=\"{body}\"/><w:szCs w:val=\"{body}\"/>\
         <w:lang w:val=\"vi-VN\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" \
         w:line=\"{line}\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\
         <w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>\
         <w:pPr><w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/></w:pPr></w:style>"
    );
    s.push_str(&style("KHHeading", "KH Đề mục", "", ""));
    s.push_str(&style(
        "KHTitle",
        "KH Tiêu đề",
        "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
        "<w:b/>",
    ));
    s.push_str(&style(
        "KHCenter",
        "KH Căn giữa",
        "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
        "",
    ));
    s.push_str(&style("KHPreamble", "KH Căn cứ", "", "<w:i/>"));
    s.push_str(&style(
        "KHHeader",
        "KH Tiêu đề văn bản",
        &format!("{single}<w:jc w:val=\"center\"/>"),
        "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>",
    ));
    s.push_str(&style(
        "KHRule",
        "KH Đường kẻ",
        &format!(
            "{single}<w:spacing w:before=\"0\" w:after=\"60\" w:line=\"120\" w:lineRule=\"exact\"/>"
        ),
        "<w:sz w:val=\"4\"/>",
    ));
    s.push_str(&style(
        "KHCell",
        "KH Ô bảng",
        &format!("{single}<w:jc w:val=\"left\"/>"),
        &format!("<w:sz w:val=\"{table}\"/><w:szCs w:val=\"{table}\"/>"),
    ));
    s.push_str(&style(
        "KHRecipients",
        "KH Nơi nhận",
        &format!("{single}<w:jc w:val=\"left\"/>"),
        "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>",
    ));
    s.push_str(&style(
        "FootnoteText",
        "footnote text",
        &format!("{single}<w:jc w:val=\"both\"/>"),
        "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>",
    ));
    s.push_str(&style(
        "KHPageNumber",
        "KH Số trang",
        &format!("{single}<w:jc w:val=\"center\"/>"),
        "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>",
    ));
    s.push_str(
        "<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/>\
         <w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>\
         <w:style w:type=\"table\" w:styleId=\"KHTableGrid\"><w:name w:val=\"KH Bảng\"/><w:tblPr><w:tblBorders>\
         <w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>\
         <w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>\
         <w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>\
         <w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>\
         <w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>\
         <w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/></w:tblBorders>\
         <w:tblCellMar><w:top w:w=\"23\" w:type=\"dxa\"/><w:left w:w=\"68\" w:type=\"dxa\"/>\
         <w:bottom w:w=\"23\" w:type=\"dxa\"/><w:right w:w=\"68\" w:type=\"dxa\"/></w:tblCellMar>\
         </w:tblPr></w:style></w:styles>",
    );
    s
}

fn settings() -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings xmlns:w=\"{W}\">\
         <w:defaultTabStop w:val=\"567\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>\
         <w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>\
         <w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>\
         </w:settings>"
    )
}

/// The page number, centred in the top margin (none on a section's first
/// page: each section has a different first page).
fn header() -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:hdr xmlns:w=\"{W}\" xmlns:r=\"{R}\">\
         <w:p><w:pPr><w:pStyle w:val=\"KHPageNumber\"/></w:pPr><w:fldSimple w:instr=\" PAGE \">\
         <w:r><w:t>2</w:t></w:r></w:fldSimple></w:p></w:hdr>"
    )
}

fn footnotes(notes: &[String]) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:footnotes xmlns:w=\"{W}\" xmlns:r=\"{R}\">\
         <w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>\
         <w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>\
         {}</w:footnotes>",
        notes.concat()
    )
}

fn core_props(doc: &Document) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:creator>{}</dc:creator>\
         <dc:subject>{}</dc:subject></cp:coreProperties>",
        escape(&doc.title),
        escape(&doc.author),
        escape(&doc.subject)
    )
}

/// The package's bytes.
pub fn zip(doc: &Document, plan: &Plan, body: &str, notes: &[String]) -> Result<Vec<u8>, String> {
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body>{body}</w:body></w:document>"
    );
    let parts: [(&str, String); 9] = [
        ("[Content_Types].xml", CONTENT_TYPES.to_string()),
        ("_rels/.rels", ROOT_RELS.to_string()),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.to_string()),
        ("word/styles.xml", styles(plan)),
        ("word/settings.xml", settings()),
        ("word/footnotes.xml", footnotes(notes)),
        ("word/header1.xml", header()),
        ("docProps/core.xml", core_props(doc)),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in parts {
        zip.start_file(name, options).map_err(|e| e.to_string())?;
        zip.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
    }
    zip.finish()
        .map(|c| c.into_inner())
        .map_err(|e| e.to_string())
}
