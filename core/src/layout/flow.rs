//! Page breaking: places paragraphs and fixed blocks on pages, keeps headings
//! with what follows, avoids single lines alone at a page's top or foot, puts
//! each footnote on the page of its mark, and numbers the pages.

use super::page::{Item, Mark, Page, Place, Rule, TextRun, pt_to_mm};
use super::table::{PAD_Y, Row, TableOut, line, lines_height};
use super::text::Line;

/// Paper and margins in mm.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PageSetup {
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
}

impl PageSetup {
    /// A4 portrait with ND30's default margins: 20 / 20 / 30 / 15.
    pub const PORTRAIT: PageSetup = PageSetup {
        width: 210.0,
        height: 297.0,
        left: 30.0,
        right: 15.0,
        top: 20.0,
        bottom: 20.0,
    };
    /// A4 landscape for wide appendices: the portrait margins turned with
    /// the page, the binding edge (30 mm) at the top.
    pub const LANDSCAPE: PageSetup = PageSetup {
        width: 297.0,
        height: 210.0,
        left: 20.0,
        right: 20.0,
        top: 30.0,
        bottom: 15.0,
    };

    pub fn text_width(&self) -> f32 {
        self.width - self.left - self.right
    }

    pub fn text_height(&self) -> f32 {
        self.height - self.top - self.bottom
    }
}

/// Something to place on pages.
#[derive(Clone, Debug)]
pub enum Elem {
    /// Lines of one paragraph; may split between pages.
    Para(Para),
    /// Items that stay together (header block, signature, a table row).
    Block(Block),
    /// Start a new page (and a new page-number sequence when `restart`).
    NewPage { setup: PageSetup, restart: bool },
    /// A table: a row splits when taller than a page or when moving it
    /// whole would leave a large blank; the header repeats on every page.
    Table(TableOut),
}

impl Elem {
    /// Says which place of the plan the element prints, unless it already
    /// knows (a table's rows know their own).
    pub fn mark(&mut self, place: &Place) {
        let own = match self {
            Elem::Para(p) => &mut p.place,
            Elem::Block(b) => &mut b.place,
            Elem::Table(t) => &mut t.place,
            Elem::NewPage { .. } => return,
        };
        own.get_or_insert_with(|| place.clone());
    }
}

#[derive(Clone, Debug, Default)]
pub struct Para {
    pub lines: Vec<Line>,
    /// Space before and after, mm. Space before is dropped at a page top.
    pub before: f32,
    pub after: f32,
    /// Keep on the page of the first lines of the next element (headings).
    pub keep_next: bool,
    /// Offset from the left margin, mm.
    pub x: f32,
    /// The plan's place it prints (marked on the pages for the preview).
    pub place: Option<Place>,
}

#[derive(Clone, Debug, Default)]
pub struct Block {
    /// Positions relative to the block's top-left at the left margin.
    pub items: Vec<Item>,
    pub height: f32,
    pub before: f32,
    pub after: f32,
    pub keep_next: bool,
    /// Footnotes marked inside the block.
    pub notes: Vec<usize>,
    pub place: Option<Place>,
}

/// A footnote, laid out at the text width.
#[derive(Clone, Debug, Default)]
pub struct Note {
    pub lines: Vec<Line>,
}

impl Note {
    pub fn height(&self) -> f32 {
        self.lines.iter().map(|l| l.height).sum()
    }
}

/// Space between the body and the footnote rule, and the rule's length.
const NOTE_GAP: f32 = 4.0;
const NOTE_RULE: f32 = 50.0;

pub struct Flow<'a> {
    notes: &'a [Note],
    setup: PageSetup,
    pages: Vec<Page>,
    page: Page,
    y: f32,
    page_notes: Vec<usize>,
    /// Index in `pages` of the first page of the current numbering sequence.
    seq_start: usize,
    number_size: f32,
    started: bool,
}

impl<'a> Flow<'a> {
    pub fn new(notes: &'a [Note], number_size: f32) -> Flow<'a> {
        let setup = PageSetup::PORTRAIT;
        Flow {
            notes,
            setup,
            pages: Vec::new(),
            page: blank(setup),
            y: setup.top,
            page_notes: Vec::new(),
            seq_start: 0,
            number_size,
            started: false,
        }
    }

    fn bottom(&self) -> f32 {
        self.setup.height - self.setup.bottom
    }

    fn notes_height(&self, extra: &[usize]) -> f32 {
        let mut h = 0.0;
        let mut any = false;
        for &n in self
            .page_notes
            .iter()
            .chain(extra.iter().filter(|n| !self.page_notes.contains(n)))
        {
            h += self.notes.get(n).map(Note::height).unwrap_or(0.0);
            any = true;
        }
        if any { h + NOTE_GAP } else { 0.0 }
    }

    fn at_top(&self) -> bool {
        (self.y - self.setup.top).abs() < 1e-3
    }

    fn fits(&self, height: f32, notes: &[usize]) -> bool {
        self.y + height <= self.bottom() - self.notes_height(notes) + 1e-3
    }

    /// Lays out all elements and returns the pages.
    pub fn run(mut self, elems: &[Elem]) -> Vec<Page> {
        for i in 0..elems.len() {
            match &elems[i] {
                Elem::NewPage { setup, restart } => self.new_page(Some(*setup), *restart),
                // A paragraph of text kept with what follows (the last one
                // before the signature) splits so that its last lines go
                // with it: the whole paragraph moving would leave its page
                // half blank.
                Elem::Para(p) if p.keep_next && p.lines.len() > LONG_PARA => {
                    let after = self.start_of(elems, i + 1);
                    self.place_para_keeping(p, after);
                }
                Elem::Para(p) => {
                    if p.keep_next {
                        self.keep_with_next(elems, i);
                    }
                    self.place_para(p);
                }
                Elem::Block(b) => {
                    if b.keep_next {
                        self.keep_with_next(elems, i);
                    }
                    self.place_block(b);
                }
                Elem::Table(t) => self.place_table(t, tail_after(elems, i)),
            }
        }
        self.finish_page();
        if self.started || !self.page.items.is_empty() {
            self.pages.push(self.page);
        }
        self.pages
    }

    /// The height element `j` needs at a page foot to start there (what
    /// `keep_with_next` counts for it), 0 when there is none.
    fn start_of(&self, elems: &[Elem], j: usize) -> f32 {
        match elems.get(j) {
            Some(Elem::Para(p)) => p.before + para_height(p, 2.min(p.lines.len())),
            Some(Elem::Block(b)) => b.before + b.height,
            Some(Elem::Table(t)) => {
                t.header_height
                    + t.rows
                        .iter()
                        .take(self.rows_to_start(t, tail_after(elems, j)))
                        .map(|r| r.height)
                        .sum::<f32>()
            }
            Some(Elem::NewPage { .. }) | None => 0.0,
        }
    }

    /// Starts a new page if element `i` and the start of what follows do not fit.
    fn keep_with_next(&mut self, elems: &[Elem], i: usize) {
        let mut need = 0.0;
        let mut notes = Vec::new();
        let mut j = i;
        while j < elems.len() {
            let (h, n, keep) = match &elems[j] {
                // A heading that runs into its text ("6.1. Kết quả đạt
                // được: …", several lines) is text: two of its lines go
                // with what comes before, no more.
                Elem::Para(p) if j > i && p.keep_next && p.lines.len() > 2 => {
                    // Three lines cannot split two and one (no widow).
                    let k = if p.lines.len() == 3 { 3 } else { 2 };
                    (p.before + para_height(p, k), para_notes(p, k), false)
                }
                Elem::Para(p) if j == i || p.keep_next => (
                    para_height(p, p.lines.len()) + p.after,
                    para_notes(p, p.lines.len()),
                    p.keep_next,
                ),
                Elem::Para(p) => (
                    para_height(p, 2.min(p.lines.len())),
                    para_notes(p, 2),
                    false,
                ),
                Elem::Block(b) => (
                    b.before + b.height + b.after,
                    b.notes.clone(),
                    b.keep_next && j == i,
                ),
                Elem::Table(t) => {
                    // As many rows as `place_table` wants at the page foot
                    // before it would move the table to the next page.
                    let first = t
                        .rows
                        .iter()
                        .take(self.rows_to_start(t, tail_after(elems, j)))
                        .map(|r| r.height)
                        .sum::<f32>();
                    (
                        t.header_height + first,
                        t.rows.first().map(|r| r.notes.clone()).unwrap_or_default(),
                        false,
                    )
                }
                Elem::NewPage { .. } => break,
            };
            need += h;
            notes.extend(n);
            if !keep {
                break;
            }
            j += 1;
        }
        // Never demand more than a page: a chain that long breaks anyway.
        if !self.at_top() && need <= self.setup.text_height() && !self.fits(need, &notes) {
            self.new_page(None, false);
        }
    }

    fn place_para(&mut self, p: &Para) {
        self.place_para_keeping(p, 0.0);
    }

    /// A paragraph whose last lines must stand on the same page as `after`
    /// mm of what follows: when all of it would fit but not that, its last
    /// two lines go to the next page (at least two staying here).
    fn place_para_keeping(&mut self, p: &Para, after: f32) {
        if !self.at_top() {
            self.y += p.before;
        }
        let n = p.lines.len();
        let mut i = 0;
        while i < n {
            let mut k = self.count_fit(&p.lines[i..]);
            if k == n - i && after > 0.0 && !self.at_top() {
                let rest: f32 = p.lines[i..].iter().map(|l| l.height).sum();
                if !self.fits(rest + p.after + after, &[])
                    && after <= self.setup.text_height() / 2.0
                {
                    // Two lines stay here: a paragraph moved whole could leave
                    // the heading before it alone.
                    if k >= 4 {
                        k -= 2;
                    }
                }
            }
            if k < n - i {
                // Widow: never leave a single line to start the next page.
                if n - i - k == 1 && k >= 2 {
                    k -= 1;
                }
                // Orphan: never leave a single first line at a page foot.
                if i == 0 && k < 2 && n >= 2 && !self.at_top() {
                    self.new_page(None, false);
                    continue;
                }
                if k == 0 {
                    if self.at_top() {
                        k = 1; // taller than a page: place it anyway
                    } else {
                        self.new_page(None, false);
                        continue;
                    }
                }
            }
            let top = self.y;
            for line in &p.lines[i..i + k] {
                self.place_line(line, p.x);
            }
            let (x, w) = (self.setup.left + p.x, self.setup.text_width() - p.x);
            self.mark(&p.place, x, top, w, self.y - top);
            i += k;
            if i < n {
                self.new_page(None, false);
            }
        }
        self.y += p.after;
    }

    fn count_fit(&self, lines: &[Line]) -> usize {
        let mut h = 0.0;
        let mut notes: Vec<usize> = Vec::new();
        for (k, l) in lines.iter().enumerate() {
            h += l.height;
            notes.extend(&l.notes);
            if !self.fits(h, &notes) {
                return k;
            }
        }
        lines.len()
    }

    fn place_line(&mut self, line: &Line, x: f32) {
        let (dx, dy) = (self.setup.left + x, self.y);
        self.page
            .items
            .extend(line.shifted(dx, dy).into_iter().map(Item::Text));
        self.y += line.height;
        for &n in &line.notes {
            if !self.page_notes.contains(&n) {
                self.page_notes.push(n);
            }
        }
    }

    fn place_block(&mut self, b: &Block) {
        let before = if self.at_top() { 0.0 } else { b.before };
        if !self.fits(before + b.height, &b.notes) && !self.at_top() {
            self.new_page(None, false);
        } else {
            self.y += before;
        }
        let (dx, dy) = (self.setup.left, self.y);
        for item in &b.items {
            self.page.items.push(shift(item, dx, dy));
        }
        self.mark(&b.place, dx, dy, self.setup.text_width(), b.height);
        self.y += b.height + b.after;
        for &n in &b.notes {
            if !self.page_notes.contains(&n) {
                self.page_notes.push(n);
            }
        }
    }

    /// A table's rows; `tail`: the height of a short text after it (a
    /// summary line) that goes with its last rows rather than alone onto a
    /// page of its own.
    fn place_table(&mut self, t: &TableOut, tail: f32) {
        let x = self.setup.left + t.x;
        // A table that fits a page is not split to leave a few rows at this
        // page's foot: it starts on the next.
        let whole = t.header_height + t.rows.iter().map(|r| r.height).sum::<f32>() + tail;
        if !self.at_top() && whole <= self.setup.text_height() && !self.fits(whole, &[]) {
            let mut room = self.bottom() - self.y - t.header_height;
            let here = t
                .rows
                .iter()
                .take_while(|r| {
                    room -= r.height;
                    room >= 0.0
                })
                .count();
            if here < self.rows_to_start(t, tail) {
                self.new_page(None, false);
            }
        }
        // The header never stands alone at a page foot: it goes with a first row.
        let first = t
            .rows
            .first()
            .map(|r| r.height.min(self.setup.text_height() / 3.0))
            .unwrap_or(0.0);
        let first_notes = t.rows.first().map(|r| r.notes.clone()).unwrap_or_default();
        if !self.at_top() && !self.fits(t.header_height + first, &first_notes) {
            self.new_page(None, false);
        }
        self.table_header(t, x);
        let mut i = 0;
        while i < t.rows.len() {
            let row = &t.rows[i];
            let mut need = row.height;
            let mut notes = row.notes.clone();
            // The last two rows go together, and with the text that follows:
            // a page never holds only a table's last row or its summary line.
            let second_last = i + 2 == t.rows.len();
            if (row.keep_next || second_last)
                && let Some(next) = t.rows.get(i + 1)
            {
                need += next.height;
                notes.extend(&next.notes);
            }
            if second_last || i + 1 == t.rows.len() {
                need += tail;
            }
            let fresh = self.y_is_after_header(t);
            if !self.fits(need, &notes) && !fresh {
                // A tall row that would leave much of this page blank breaks
                // across it, as Word lets rows do, each part keeping two
                // lines of every cell it cuts.
                // The second last row, which fits but not with the last,
                // breaks too, so that the last row does not move alone.
                let room = self.bottom() - self.notes_height(&row.notes) - self.y - 2.0 * PAD_Y;
                let tall = !self.fits(row.height, &row.notes);
                let cap = if tall {
                    room
                } else {
                    room.min(leaving_two(row))
                };
                let cuts = row.cells.iter().any(|c| {
                    let here = lines_here(&c.lines, cap);
                    here > 0 && here < c.lines.len()
                });
                if !row.keep_next && (tall || second_last) && room >= SPLIT_ROOM && cuts {
                    self.split_row(row.clone(), x, t, cap);
                    i += 1;
                    continue;
                }
                self.new_page(None, false);
                self.table_header(t, x);
            }
            if self.fits(row.height, &row.notes) {
                self.table_row(row, x, t);
            } else {
                self.split_row(row.clone(), x, t, f32::INFINITY);
            }
            i += 1;
        }
        self.y += TABLE_GAP;
    }

    /// How many rows a table must print at a page foot to start there: a
    /// table that fits a page, a few and a third of its rows (or it moves
    /// whole to the next page); a table longer than a page, two.
    fn rows_to_start(&self, t: &TableOut, tail: f32) -> usize {
        let whole = t.header_height + t.rows.iter().map(|r| r.height).sum::<f32>() + tail;
        let n = t.rows.len();
        if whole > self.setup.text_height() {
            2.min(n)
        } else {
            FEW_ROWS.max(n.div_ceil(3)).min(n)
        }
    }

    fn y_is_after_header(&self, t: &TableOut) -> bool {
        (self.y - self.setup.top - t.header_height).abs() < 1e-3
    }

    fn table_header(&mut self, t: &TableOut, x: f32) {
        let y = self.y;
        for item in &t.header {
            self.page.items.push(shift(item, x, y));
        }
        self.mark(&t.place, x, y, t.width, t.header_height);
        self.y += t.header_height;
    }

    fn table_row(&mut self, row: &Row, x: f32, t: &TableOut) {
        let y = self.y;
        for c in &row.cells {
            let mut ly = y + PAD_Y;
            for l in &c.lines {
                self.page.items.extend(
                    l.shifted(x + c.x + super::table::PAD_X, ly)
                        .into_iter()
                        .map(Item::Text),
                );
                ly += l.height;
            }
        }
        let y2 = y + row.height;
        self.mark(&row.place, x, y, t.width, row.height);
        for &vx in &row.verticals {
            self.page.items.push(shift(&line(vx, y, vx, y2), x, 0.0));
        }
        self.page
            .items
            .push(shift(&line(0.0, y2, t.width, y2), x, 0.0));
        self.y = y2;
        for &n in &row.notes {
            if !self.page_notes.contains(&n) {
                self.page_notes.push(n);
            }
        }
    }

    /// A row taller than the room left on a fresh page: print what fits,
    /// close it with a border, and continue it under the header on the next page.
    fn split_row(&mut self, mut row: Row, x: f32, t: &TableOut, mut cap: f32) {
        loop {
            let room =
                (self.bottom() - self.notes_height(&row.notes) - self.y - 2.0 * PAD_Y).min(cap);
            cap = f32::INFINITY;
            let mut head = row.clone();
            let mut rest_any = false;
            let fresh = self.y_is_after_header(t);
            // Two lines of a cell on each side of the break, unless the
            // row is taller than a whole page and only a bare cut fits.
            let kept = row.cells.iter().any(|c| lines_here(&c.lines, room) > 0);
            for (hc, rc) in head.cells.iter_mut().zip(row.cells.iter_mut()) {
                let mut k = if kept {
                    lines_here(&rc.lines, room)
                } else {
                    lines_fitting(&rc.lines, room)
                };
                if k == 0 && !rc.lines.is_empty() && fresh {
                    k = 1; // a single line taller than the page: place it anyway
                }
                hc.lines = rc.lines[..k].to_vec();
                rc.lines.drain(..k);
                rest_any |= !rc.lines.is_empty();
            }
            refit(&mut head);
            self.table_row(&head, x, t);
            if !rest_any {
                return;
            }
            refit(&mut row);
            self.new_page(None, false);
            self.table_header(t, x);
            if self.fits(row.height, &row.notes) {
                self.table_row(&row, x, t);
                return;
            }
        }
    }

    /// Notes where a place printed on the current page.
    fn mark(&mut self, place: &Option<Place>, x: f32, y: f32, width: f32, height: f32) {
        if let Some(place) = place {
            self.page.marks.push(Mark {
                x,
                y,
                width,
                height,
                place: place.clone(),
            });
        }
    }

    /// Closes the current page (with its footnotes) and opens the next.
    pub fn new_page(&mut self, setup: Option<PageSetup>, restart: bool) {
        if self.started || !self.page.items.is_empty() {
            self.finish_page();
            self.pages
                .push(std::mem::replace(&mut self.page, blank(self.setup)));
        }
        self.started = true;
        if let Some(s) = setup {
            self.setup = s;
        }
        self.page = blank(self.setup);
        self.y = self.setup.top;
        if restart {
            self.seq_start = self.pages.len();
        }
        let number = self.pages.len() - self.seq_start + 1;
        if number > 1 {
            self.page_number(number);
        }
    }

    fn page_number(&mut self, number: usize) {
        // Centred in the top margin (ND30: not on the first page).
        let text = number.to_string();
        let size = self.number_size;
        let width = pt_to_mm(size * 0.5) * text.len() as f32; // digits are 0.5 em in Times
        let baseline = self.setup.top / 2.0 + pt_to_mm(size) * 0.35;
        self.page.items.push(Item::Text(TextRun {
            x: (self.setup.width + self.setup.left - self.setup.right) / 2.0 - width / 2.0,
            baseline,
            face: super::page::Face::Regular,
            size,
            text,
            word_spacing: 0.0,
            width,
        }));
    }

    fn finish_page(&mut self) {
        if self.page_notes.is_empty() {
            return;
        }
        let notes = std::mem::take(&mut self.page_notes);
        let total: f32 = notes
            .iter()
            .filter_map(|&n| self.notes.get(n))
            .map(Note::height)
            .sum();
        let mut y = self.bottom() - total;
        let rule_y = y - NOTE_GAP / 2.0;
        self.page.items.push(Item::Rule(Rule {
            x1: self.setup.left,
            y1: rule_y,
            x2: self.setup.left + NOTE_RULE,
            y2: rule_y,
            thickness: 0.5,
        }));
        for n in notes {
            let Some(note) = self.notes.get(n) else {
                continue;
            };
            for line in &note.lines {
                self.page
                    .items
                    .extend(line.shifted(self.setup.left, y).into_iter().map(Item::Text));
                y += line.height;
            }
        }
    }
}

/// A row is broken across pages rather than moved whole when moving it
/// would leave at least this much (mm) blank at the page foot.
const SPLIT_ROOM: f32 = 25.0;

/// The space under a table, before what follows it (mm).
const TABLE_GAP: f32 = 2.0;

/// A paragraph of more lines than this is text, not a heading: kept with
/// what follows, it splits rather than moves whole.
const LONG_PARA: usize = 3;

/// Fewer rows than this at a page foot, with the rest of a table that fits
/// a page on the next, is a split a reader would send back.
const FEW_ROWS: usize = 4;

/// The height of a short paragraph (one or two lines) right after element
/// `i`, which should not stand alone on a page after a table.
fn tail_after(elems: &[Elem], i: usize) -> f32 {
    match elems.get(i + 1) {
        Some(Elem::Para(p)) if p.lines.len() <= 2 => {
            TABLE_GAP + p.before + para_height(p, p.lines.len())
        }
        _ => 0.0,
    }
}

fn blank(s: PageSetup) -> Page {
    Page {
        width: s.width,
        height: s.height,
        items: Vec::new(),
        marks: Vec::new(),
    }
}

fn para_height(p: &Para, lines: usize) -> f32 {
    p.before + p.lines.iter().take(lines).map(|l| l.height).sum::<f32>()
}

fn para_notes(p: &Para, lines: usize) -> Vec<usize> {
    p.lines
        .iter()
        .take(lines)
        .flat_map(|l| l.notes.iter().copied())
        .collect()
}

pub fn shift(item: &Item, dx: f32, dy: f32) -> Item {
    match item {
        Item::Text(t) => Item::Text(TextRun {
            x: t.x + dx,
            baseline: t.baseline + dy,
            ..t.clone()
        }),
        Item::Rule(r) => Item::Rule(Rule {
            x1: r.x1 + dx,
            y1: r.y1 + dy,
            x2: r.x2 + dx,
            y2: r.y2 + dy,
            thickness: r.thickness,
        }),
    }
}

/// Height and footnotes of a row after some of its lines moved away.
/// The height of a row's first lines that leaves two lines of its tallest
/// cell for after a break.
fn leaving_two(row: &Row) -> f32 {
    row.cells
        .iter()
        .max_by_key(|c| c.lines.len())
        .map(|c| lines_height(&c.lines[..c.lines.len().saturating_sub(2)]))
        .unwrap_or(0.0)
}

/// How many of a cell's lines fit in `room` (mm).
fn lines_fitting(lines: &[Line], room: f32) -> usize {
    let mut h = 0.0;
    lines
        .iter()
        .take_while(|l| {
            h += l.height;
            h <= room + 1e-3
        })
        .count()
}

/// How many of a cell's lines go before a break in its row: all when they
/// fit, else as many as fit leaving two for after it, and none rather than
/// a single line.
fn lines_here(lines: &[Line], room: f32) -> usize {
    let n = lines.len();
    let fit = lines_fitting(lines, room);
    if fit >= n {
        return n;
    }
    let here = fit.min(n.saturating_sub(2));
    if here < 2 { 0 } else { here }
}

fn refit(row: &mut Row) {
    row.height = row
        .cells
        .iter()
        .map(|c| lines_height(&c.lines))
        .fold(0.0, f32::max)
        + 2.0 * PAD_Y;
    row.notes = row
        .cells
        .iter()
        .flat_map(|c| c.lines.iter().flat_map(|l| l.notes.iter().copied()))
        .collect();
}
