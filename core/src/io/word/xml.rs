//! A small element tree over quick-xml: the parts of a Word file are read
//! whole (a few megabytes at most), and walking a tree is far simpler than
//! matching events for nested tables, runs and numbering definitions.

use quick_xml::events::{BytesStart, Event};

/// An element: its qualified name as written ("w:p"), attributes by
/// qualified name, and children in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Element(Element),
    Text(String),
}

impl Element {
    /// An attribute's value by qualified name ("w:val").
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Child elements.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// The first child element of that name.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.elements().find(|e| e.name == name)
    }

    /// Child elements of that name.
    pub fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> {
        self.elements().filter(move |e| e.name == name)
    }

    /// A child's `w:val` ("w:pStyle" -> "Heading1").
    pub fn child_val(&self, name: &str) -> Option<&str> {
        self.child(name).and_then(|c| c.attr("w:val"))
    }

    /// Whether an on/off property child is on (`<w:b/>`, `<w:b w:val="1"/>`).
    pub fn flag(&self, name: &str) -> Option<bool> {
        self.child(name)
            .map(|c| !matches!(c.attr("w:val"), Some("0" | "false" | "off" | "none")))
    }

    /// The text of every descendant text node, in order.
    pub fn text(&self) -> String {
        let mut out = String::new();
        fn walk(e: &Element, out: &mut String) {
            for n in &e.children {
                match n {
                    Node::Text(t) => out.push_str(t),
                    Node::Element(c) => walk(c, out),
                }
            }
        }
        walk(self, &mut out);
        out
    }
}

/// Parses a whole XML part into its root element.
pub fn parse(xml: &str) -> Result<Element, String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().trim_text(false);
    let mut stack: Vec<Element> = vec![Element::default()];
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("XML hỏng ở vị trí {}: {e}", reader.buffer_position()))?;
        match event {
            Event::Start(s) => stack.push(start(&s)),
            Event::Empty(s) => {
                let e = start(&s);
                push(&mut stack, Node::Element(e));
            }
            Event::End(_) => {
                if stack.len() < 2 {
                    return Err("XML hỏng: thẻ đóng thừa".into());
                }
                if let Some(done) = stack.pop() {
                    push(&mut stack, Node::Element(done));
                }
            }
            Event::Text(t) => push_text(&mut stack, &t.xml10_content()),
            Event::CData(t) => push_text(&mut stack, &t.into_inner()),
            Event::GeneralRef(r) => {
                let name = r.into_inner().into_owned();
                push_text(&mut stack, &entity(&name));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if stack.len() != 1 {
        return Err("XML hỏng: thiếu thẻ đóng".into());
    }
    stack
        .into_iter()
        .next()
        .and_then(|root| {
            root.children.into_iter().find_map(|n| match n {
                Node::Element(e) => Some(e),
                Node::Text(_) => None,
            })
        })
        .ok_or_else(|| "XML rỗng".to_string())
}

fn start(s: &BytesStart) -> Element {
    let name = s.name().as_ref().to_string();
    let attrs = s
        .attributes()
        .flatten()
        .map(|a| {
            let key = a.key.as_ref().to_string();
            let value = quick_xml::escape::unescape(&a.value)
                .map(|v| v.into_owned())
                .unwrap_or_else(|_| a.value.to_string());
            (key, value)
        })
        .collect();
    Element {
        name,
        attrs,
        children: Vec::new(),
    }
}

fn push(stack: &mut [Element], node: Node) {
    if let Some(top) = stack.last_mut() {
        top.children.push(node);
    }
}

fn push_text(stack: &mut [Element], text: &str) {
    if let Some(top) = stack.last_mut() {
        if let Some(Node::Text(t)) = top.children.last_mut() {
            t.push_str(text);
        } else {
            top.children.push(Node::Text(text.to_string()));
        }
    }
}

/// An entity or character reference's text (`amp`, `#225`, `#xE1`).
fn entity(name: &str) -> String {
    let code = |digits: &str, radix| u32::from_str_radix(digits, radix).ok();
    let c = match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => name
            .strip_prefix("#x")
            .or_else(|| name.strip_prefix("#X"))
            .and_then(|h| code(h, 16))
            .or_else(|| name.strip_prefix('#').and_then(|d| code(d, 10)))
            .and_then(char::from_u32),
    };
    c.map(String::from).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tree_text_and_entities() {
        let e = parse(r#"<?xml version="1.0"?><w:p a="x&amp;y"><w:r><w:t>Sở TT&amp;TT &#225;</w:t></w:r><w:r/></w:p>"#)
            .expect("parses");
        assert_eq!(e.name, "w:p");
        assert_eq!(e.attr("a"), Some("x&y"));
        assert_eq!(e.text(), "Sở TT&TT á");
        assert_eq!(e.children_named("w:r").count(), 2);
    }

    #[test]
    fn broken_xml_is_an_error() {
        assert!(parse("<a><b></a>").is_err());
        assert!(parse("<a><b>").is_err());
        assert!(parse("").is_err());
    }
}
