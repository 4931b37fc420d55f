//! What an import could not recognise or had to guess, said in words, each
//! with the place it concerns when there is one.

use crate::model::to_review::Anchor;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub message: String,
    pub at: Option<Anchor>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub notes: Vec<Note>,
}

impl Report {
    pub fn note(&mut self, message: String) {
        self.notes.push(Note { message, at: None });
    }

    pub fn note_at(&mut self, message: String, at: Anchor) {
        self.notes.push(Note {
            message,
            at: Some(at),
        });
    }
}
