//! ron's error codes in Vietnamese. ron and serde describe errors in English
//! ("Expected opening `(` for struct `Meta`", "Integer is out of bounds");
//! none of that text reaches the user, not even through a fallback.

use ron::Error as E;

/// Whether an error where the text stops can mean the file was cut off
/// there. Not: characters after the end, a field missing at the plan's
/// closing `)`, or nesting too deep, which a whole file can have.
pub fn may_mean_cut_off(e: &E) -> bool {
    !matches!(
        e,
        E::TrailingCharacters | E::MissingStructField { .. } | E::ExceededRecursionLimit
    )
}

/// The message for one error code. The field path comes separately.
pub fn ron_message(e: &E) -> String {
    match e {
        E::Fmt => "không định dạng được văn bản RON".into(),
        E::Io(_) => "lỗi khi đọc dữ liệu".into(),
        // Our own deserializers (money) speak Vietnamese; serde's generic
        // messages are ASCII English and are replaced.
        E::Message(m) if !m.is_ascii() => m.clone(),
        E::Message(_) => "giá trị không hợp lệ ở đây".into(),
        E::Eof => "tệp kết thúc đột ngột (thiếu phần cuối của kế hoạch)".into(),
        E::ExpectedArray => "cần một danh sách [ ... ]".into(),
        E::ExpectedArrayEnd => "thiếu dấu ] đóng danh sách".into(),
        E::ExpectedAttribute => "cần một dòng thuộc tính #![enable(...)]".into(),
        E::ExpectedAttributeEnd => "thiếu )] đóng dòng thuộc tính #![enable(...)]".into(),
        E::ExpectedBoolean => "cần giá trị true hoặc false".into(),
        E::ExpectedComma => "thiếu dấu phẩy".into(),
        E::ExpectedChar => "cần một ký tự trong dấu nháy đơn 'x'".into(),
        E::ExpectedByteLiteral => "cần một byte dạng b'x'".into(),
        E::ExpectedFloat => "cần một số".into(),
        E::FloatUnderscore => "số thập phân không được có dấu gạch dưới _".into(),
        E::ExpectedInteger => "cần một số nguyên".into(),
        E::ExpectedOption => "cần Some(...) hoặc None".into(),
        E::ExpectedOptionEnd | E::ExpectedStructLikeEnd => "thiếu dấu ) đóng".into(),
        E::ExpectedMap => "cần một bảng { ... }".into(),
        E::ExpectedMapColon => "thiếu dấu hai chấm".into(),
        E::ExpectedMapEnd => "thiếu dấu } đóng bảng".into(),
        E::ExpectedDifferentStructName { expected, found } => {
            format!("ở đây cần tên \"{expected}\", không phải \"{found}\"")
        }
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            "cần một nhóm trường trong dấu ngoặc ( ... )".into()
        }
        E::ExpectedUnit => "cần giá trị rỗng ()".into(),
        E::ExpectedString => "cần một chuỗi trong dấu nháy kép \"...\"".into(),
        E::ExpectedByteString => "cần một chuỗi byte dạng b\"...\"".into(),
        E::ExpectedStringEnd => "chuỗi thiếu dấu nháy kép \" đóng".into(),
        E::ExpectedIdentifier => "cần tên trường hoặc tên loại".into(),
        E::InvalidEscape(_) => {
            "chuỗi có ký tự thoát \\ không hợp lệ (muốn có dấu \\ thì viết \\\\)".into()
        }
        E::IntegerOutOfBounds => "số quá lớn hoặc quá nhỏ so với giới hạn cho phép".into(),
        E::InvalidIntegerDigit { digit, base } => {
            format!("chữ số '{digit}' không hợp lệ trong số hệ {base}")
        }
        E::NoSuchExtension(name) => format!("không có phần mở rộng RON tên \"{name}\""),
        E::UnclosedBlockComment => "ghi chú /* ... */ thiếu */ đóng".into(),
        E::UnclosedLineComment => "ghi chú // phải kết thúc bằng xuống dòng".into(),
        E::UnderscoreAtBeginning => "số không được bắt đầu bằng dấu gạch dưới _".into(),
        E::UnexpectedChar(c) => format!("ký tự '{c}' không đúng chỗ"),
        E::Utf8Error(_) => "tệp không phải văn bản UTF-8".into(),
        E::TrailingCharacters => "có ký tự thừa sau phần cuối của kế hoạch".into(),
        E::InvalidValueForType { expected, found } => format!(
            "giá trị không đúng kiểu: cần {}, gặp {}",
            expected_kind(expected),
            found_kind(found)
        ),
        E::ExpectedDifferentLength { found, .. } => {
            format!("số phần tử không đúng (có {found} phần tử)")
        }
        E::NoSuchEnumVariant {
            found, expected, ..
        } => format!(
            "giá trị \"{found}\" không hợp lệ; dùng một trong: {}",
            expected.join(", ")
        ),
        E::NoSuchStructField {
            found,
            expected: [],
            ..
        } => format!("trường \"{found}\" không có ở đây"),
        E::NoSuchStructField {
            found, expected, ..
        } => format!(
            "trường \"{found}\" không có ở đây; các trường hợp lệ: {}",
            expected.join(", ")
        ),
        E::MissingStructField { field, .. } => format!("thiếu trường bắt buộc \"{field}\""),
        E::DuplicateStructField { field, .. } => format!("trường \"{field}\" xuất hiện hai lần"),
        E::InvalidIdentifier(name) => format!("tên \"{name}\" không hợp lệ"),
        E::SuggestRawIdentifier(name) => {
            format!("tên \"{name}\" không hợp lệ; hãy viết r#{name}")
        }
        E::ExpectedRawValue => "cần một giá trị RON".into(),
        E::ExceededRecursionLimit => "cấu trúc lồng nhau quá sâu".into(),
        E::ExpectedStructName(name) => format!("cần ghi tên {name} trước dấu ("),
        E::ExpectedRangeSyntax => "cần .. hoặc ..= (một khoảng giá trị)".into(),
        // ron may add codes; a new one still reads as Vietnamese.
        _ => "lỗi cú pháp RON".into(),
    }
}

/// serde's description of what a type expects ("a string", "u32",
/// "struct Meta") as the kind of value to write.
fn expected_kind(expected: &str) -> &'static str {
    let e = expected.trim();
    let word = e.split_whitespace().next().unwrap_or("");
    if e.contains("string") {
        "một chuỗi trong dấu nháy kép \"...\""
    } else if matches!(
        word,
        "u8" | "u16"
            | "u32"
            | "u64"
            | "u128"
            | "usize"
            | "i8"
            | "i16"
            | "i32"
            | "i64"
            | "i128"
            | "isize"
    ) || e.contains("integer")
    {
        "một số nguyên"
    } else if matches!(word, "f32" | "f64") || e.contains("float") {
        "một số"
    } else if e.contains("bool") {
        "true hoặc false"
    } else if e.contains("char") {
        "một ký tự"
    } else if e.contains("sequence") || e.starts_with("tuple") || e.contains("array") {
        "một danh sách [ ... ]"
    } else if e.starts_with("struct") || e.contains("map") {
        "một nhóm trường ( ... )"
    } else if e.starts_with("enum") || e.contains("variant") {
        "một tên loại"
    } else if e.contains("option") {
        "Some(...) hoặc None"
    } else if e.contains("unit") {
        "giá trị rỗng ()"
    } else {
        "một giá trị khác"
    }
}

/// serde's description of the value found ("the signed integer `5`",
/// "the string \"x\"") in Vietnamese, keeping the value itself.
fn found_kind(found: &str) -> String {
    let quoted = |s: &str| s.trim_matches('`').to_string();
    for (prefix, label) in [
        ("the boolean ", "giá trị"),
        ("the unsigned integer ", "số"),
        ("the signed integer ", "số"),
        ("the floating point number ", "số"),
        ("the UTF-8 character ", "ký tự"),
        ("the string ", "chuỗi"),
        ("the byte string ", "chuỗi byte"),
    ] {
        if let Some(v) = found.strip_prefix(prefix) {
            return format!("{label} {}", quoted(v));
        }
    }
    match found {
        "a unit value" => "giá trị rỗng ()".into(),
        "an optional value" => "Some(...) hoặc None".into(),
        "a sequence" => "một danh sách".into(),
        "a map" => "một nhóm trường".into(),
        _ if found.contains("variant") || found.contains("enum") => "một tên loại".into(),
        _ if found.contains("struct") => "một nhóm trường".into(),
        _ => "một giá trị khác".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_as_vietnamese() {
        let bytes = vec![0xFFu8];
        let utf8 = std::str::from_utf8(&bytes).unwrap_err();
        let all = [
            E::Fmt,
            E::Io("Broken pipe".into()),
            E::Message("invalid type: expected struct".into()),
            E::Message("số tiền không hợp lệ".into()),
            E::Eof,
            E::ExpectedArray,
            E::ExpectedArrayEnd,
            E::ExpectedAttribute,
            E::ExpectedAttributeEnd,
            E::ExpectedBoolean,
            E::ExpectedComma,
            E::ExpectedChar,
            E::ExpectedByteLiteral,
            E::ExpectedFloat,
            E::FloatUnderscore,
            E::ExpectedInteger,
            E::ExpectedOption,
            E::ExpectedOptionEnd,
            E::ExpectedMap,
            E::ExpectedMapColon,
            E::ExpectedMapEnd,
            E::ExpectedDifferentStructName {
                expected: "Plan",
                found: "Meta".into(),
            },
            E::ExpectedStructLike,
            E::ExpectedNamedStructLike("Meta"),
            E::ExpectedStructLikeEnd,
            E::ExpectedUnit,
            E::ExpectedString,
            E::ExpectedByteString,
            E::ExpectedStringEnd,
            E::ExpectedIdentifier,
            E::InvalidEscape("Unknown escape character"),
            E::IntegerOutOfBounds,
            E::InvalidIntegerDigit {
                digit: 'g',
                base: 16,
            },
            E::NoSuchExtension("x".into()),
            E::UnclosedBlockComment,
            E::UnclosedLineComment,
            E::UnderscoreAtBeginning,
            E::UnexpectedChar('@'),
            E::Utf8Error(utf8),
            E::TrailingCharacters,
            E::InvalidValueForType {
                expected: "struct Meta".into(),
                found: "the signed integer `5`".into(),
            },
            E::InvalidValueForType {
                expected: "something unheard of".into(),
                found: "a newtype struct".into(),
            },
            E::ExpectedDifferentLength {
                expected: "a tuple of size 2".into(),
                found: 3,
            },
            E::NoSuchEnumVariant {
                expected: &["Plan", "Previous"],
                found: "Next".into(),
                outer: Some("Period".into()),
            },
            E::NoSuchStructField {
                expected: &["title"],
                found: "tittle".into(),
                outer: None,
            },
            E::NoSuchStructField {
                expected: &[],
                found: "x".into(),
                outer: None,
            },
            E::MissingStructField {
                field: "year",
                outer: None,
            },
            E::DuplicateStructField {
                field: "year",
                outer: None,
            },
            E::InvalidIdentifier("1x".into()),
            E::SuggestRawIdentifier("a-b".into()),
            E::ExpectedRawValue,
            E::ExceededRecursionLimit,
            E::ExpectedStructName("Meta".into()),
            E::ExpectedRangeSyntax,
        ];
        for e in &all {
            let m = ron_message(e);
            assert!(!m.is_ascii() || m.contains("RON"), "{e:?}: {m}");
            for word in [
                "Expected",
                "expected",
                "Unexpected",
                "found",
                "struct",
                "Integer",
                "invalid",
                "Broken",
            ] {
                assert!(!m.contains(word), "{e:?}: {m}");
            }
        }
    }
}
