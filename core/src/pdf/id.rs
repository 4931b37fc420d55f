//! The file identifier in the PDF trailer (`/ID`). printpdf draws it from a
//! process-wide counter, so a second export of the same plan in one session
//! would differ; derived from the content instead, the same plan gives the
//! same bytes (with `SOURCE_DATE_EPOCH`, the dates too).

use std::hash::{DefaultHasher, Hash, Hasher};

/// Replaces both identifiers of the trailer with a digest of the objects.
pub fn set_from_content(doc: &mut lopdf::Document) {
    let id = digest(doc);
    if let Ok(ids) = doc.trailer.get_mut(b"ID").and_then(|o| o.as_array_mut()) {
        for o in ids {
            if let Ok(s) = o.as_str_mut() {
                s.clone_from(&id);
            }
        }
    }
}

/// 32 hexadecimal digits over every object, in object order.
fn digest(doc: &lopdf::Document) -> Vec<u8> {
    let mut halves = [DefaultHasher::new(), DefaultHasher::new()];
    halves[1].write_u8(1);
    for h in &mut halves {
        for (id, object) in &doc.objects {
            id.hash(h);
            match object.as_stream() {
                // A stream's dictionary, then its bytes (already compressed).
                Ok(s) => {
                    format!("{:?}", s.dict).hash(h);
                    s.content.hash(h);
                }
                Err(_) => format!("{object:?}").hash(h),
            }
        }
    }
    format!("{:016x}{:016x}", halves[0].finish(), halves[1].finish()).into_bytes()
}
