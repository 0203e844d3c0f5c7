//! Binding a mapping to a source's header: every mapped field becomes an
//! expression over column positions (per repeated-column slot), so that the
//! row loop never looks a column up by name. Missing columns are collected
//! here, all of them, for one error.

use super::Cell;
use crate::mapping::{
    fold_path, letters, ColName, FieldMapping, Part, PersonField, PersonMapping, RecordMapping,
    SourceMapping, Value, FILE_COLUMN,
};
use std::collections::{HashMap, HashSet};

/// One kind's bound record mappings: read once per row, or once per slot.
pub(crate) struct Lists<'a, F> {
    pub(crate) row: Vec<BRec<'a, F>>,
    pub(crate) slot: Vec<BRec<'a, F>>,
}

impl<'a, F> Lists<'a, F> {
    /// Every bound field of every record, row and slot.
    pub(crate) fn bfields(&self) -> impl Iterator<Item = &BField<'a>> {
        self.row.iter().chain(&self.slot).flat_map(BRec::bfields)
    }
}

/// A mapped column the source does not have (or has more than once).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Missing {
    pub column: String,
    pub line: Option<usize>,
    /// Why, when it is not simply absent: a plain name the header repeats,
    /// a repeat that runs past the last block.
    pub note: Option<String>,
}

impl Missing {
    pub fn absent(column: String, line: Option<usize>) -> Missing {
        Missing {
            column,
            line,
            note: None,
        }
    }

    /// Absent, and written like a lookup's column (`{bookng.Surname}`)
    /// in a mapping that has lookups: the note names them, since a
    /// misspelt lookup name otherwise reads as a heading the header lacks.
    pub fn absent_in(column: String, line: Option<usize>, lookups: &[&str]) -> Missing {
        let note = lookup_hint(&column, lookups);
        Missing {
            note,
            ..Missing::absent(column, line)
        }
    }
}

/// See `Missing::absent_in`.
pub(crate) fn lookup_hint(column: &str, lookups: &[&str]) -> Option<String> {
    let (head, _) = column.split_once('.')?;
    if lookups.is_empty() || lookups.contains(&head.trim()) {
        return None;
    }
    let names: Vec<String> = lookups.iter().map(|l| format!("{l:?}")).collect();
    Some(format!(
        "no column {column:?} in the header, and no [[lookup]] named {:?} \
         (a lookup's column in a template is {{lookup.column}}; the lookups are {})",
        head.trim(),
        names.join(", ")
    ))
}

/// How a column reference fares against a header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Found {
    At(u32),
    Absent,
    /// A plain name the header holds more than once: never the first by chance.
    Ambiguous(Vec<u32>),
}

/// Header names → positions. One header row: exact first, then trimmed and
/// case-insensitive. Several rows: each column is a path of headings, top
/// to bottom (`Member 3 / DOB`), and a reference matches a column when it
/// is its whole path or the end of it (`DOB` alone is the bottom heading).
/// `$C` and `$3` are positions.
#[derive(Debug)]
pub(crate) struct HeaderIndex {
    exact: HashMap<String, Vec<u32>>,
    folded: HashMap<String, Vec<u32>>,
    width: u32,
}

impl HeaderIndex {
    pub fn new<S: AsRef<str>>(names: &[S]) -> HeaderIndex {
        let mut ix = HeaderIndex {
            exact: HashMap::new(),
            folded: HashMap::new(),
            width: names.len() as u32,
        };
        for (i, n) in names.iter().enumerate() {
            let n = n.as_ref();
            if n.trim().is_empty() {
                continue;
            }
            ix.exact.entry(n.to_string()).or_default().push(i as u32);
            ix.folded.entry(fold_path(n)).or_default().push(i as u32);
        }
        ix
    }

    /// Columns named by paths of headings (several header rows).
    pub fn from_paths(paths: &[Vec<String>]) -> HeaderIndex {
        let mut ix = HeaderIndex {
            exact: HashMap::new(),
            folded: HashMap::new(),
            width: paths.len() as u32,
        };
        for (i, path) in paths.iter().enumerate() {
            if path.is_empty() {
                continue;
            }
            let i = i as u32;
            ix.exact.entry(path.join(" / ")).or_default().push(i);
            for k in 0..path.len() {
                let key = path[k..]
                    .iter()
                    .map(|p| fold_path(p))
                    .collect::<Vec<_>>()
                    .join("/");
                let e = ix.folded.entry(key).or_default();
                if e.last() != Some(&i) {
                    e.push(i);
                }
            }
        }
        ix
    }

    pub fn find(&self, name: &str) -> Found {
        if let Some(pos) = name
            .strip_prefix('$')
            .and_then(crate::mapping::template::position)
        {
            return if pos < self.width {
                Found::At(pos)
            } else {
                Found::Absent
            };
        }
        let pick = |v: &Vec<u32>| match v.as_slice() {
            [one] => Found::At(*one),
            many => Found::Ambiguous(many.to_vec()),
        };
        if let Some(v) = self.exact.get(name) {
            return pick(v);
        }
        match self.folded.get(&fold_path(name)) {
            Some(v) => pick(v),
            None => Found::Absent,
        }
    }

    pub fn get(&self, name: &str) -> Option<u32> {
        match self.find(name) {
            Found::At(i) => Some(i),
            _ => None,
        }
    }
}

/// A header's rows combined into one path of headings per column. Upper
/// rows' merged cells are already filled across; `fill_left` (a format
/// that does not say what is merged: ods, csv) fills a blank upper heading
/// from the last heading to its left. A heading repeated straight below
/// itself (a region merged down) counts once.
pub(crate) fn header_paths(rows: &[&[String]], fill_left: bool) -> Vec<Vec<String>> {
    let width = rows.iter().map(|r| r.len()).max().unwrap_or(0);
    let mut paths: Vec<Vec<String>> = vec![Vec::new(); width];
    let n = rows.len();
    for (ri, cells) in rows.iter().enumerate() {
        let upper = ri + 1 < n;
        let mut last = String::new();
        for (c, path) in paths.iter_mut().enumerate() {
            let mut t = cells.get(c).map(|s| s.trim()).unwrap_or("").to_string();
            if upper && fill_left {
                if t.is_empty() {
                    t = last.clone();
                } else {
                    last = t.clone();
                }
            }
            if !t.is_empty() && path.last().is_none_or(|p| !p.eq_ignore_ascii_case(&t)) {
                path.push(t);
            }
        }
    }
    paths
}

/// Every column name the mapping needs (of a repeated mapping, the first
/// slot's), lower-cased: header detection looks for the first row holding
/// all of them.
pub(crate) fn required_names(m: &SourceMapping) -> Vec<(String, Option<usize>)> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (col, slot, line) in m.columns() {
        // The first slot finds the header; a later slot the header lacks
        // is then named as a repeat that runs past it.
        if !col.is_heading() || slot.is_some_and(|n| n > 1) {
            continue;
        }
        let name = col.for_slot(slot).into_owned();
        if seen.insert(name.to_lowercase()) {
            out.push((name, line));
        }
    }
    out
}

pub(crate) enum Expr<'a> {
    Const(&'a str),
    Col(u32),
    Tpl(Vec<BPart<'a>>),
}

pub(crate) enum BPart<'a> {
    Lit(&'a str),
    Col(u32),
    Slot(u16),
}

pub(crate) struct BField<'a> {
    pub(crate) f: &'a FieldMapping,
    pub(crate) expr: Expr<'a>,
    /// Index into the profile's field statistics.
    pub(crate) fid: usize,
    /// A key-like template: any blank part makes it empty.
    pub(crate) strict: bool,
}

pub(crate) struct BPerson<'a> {
    pub(crate) slot: Option<u16>,
    pub(crate) key: BField<'a>,
    pub(crate) fields: Vec<(PersonField, BField<'a>)>,
    pub(crate) ids: Vec<(&'a str, BField<'a>)>,
    /// Columns of this person's fields (duplicate comparison).
    pub(crate) cols: Vec<u32>,
    /// Columns of this slot alone (row hash of a slot; slot emptiness).
    pub(crate) slot_cols: Vec<u32>,
    pub(crate) when_any: Vec<u32>,
}

pub(crate) struct BRec<'a, F> {
    pub(crate) slot: Option<u16>,
    pub(crate) key: BField<'a>,
    pub(crate) fields: Vec<(F, BField<'a>)>,
    /// The columns the record reads for itself (not its person or family):
    /// an assessment or consent with all of them blank is not on that row.
    pub(crate) own: Vec<u32>,
    /// `when`: the column tested and the test.
    pub(crate) when: Option<(u32, &'a crate::mapping::WhenTest)>,
}

pub(crate) struct Binder<'h, 'a> {
    pub(crate) index: &'h HeaderIndex,
    pub(crate) missing: Vec<Missing>,
    pub(crate) missing_seen: HashSet<String>,
    pub(crate) fields: Vec<&'a FieldMapping>,
    /// The source's own columns; supplied and looked-up columns follow.
    pub(crate) width: u32,
    /// Whether a field reads `_sheet` or `_file` (positions `width`, `width + 1`).
    pub(crate) supplied: bool,
    /// The lookups' headers, by lookup name.
    pub(crate) lookups: &'h [super::lookup::Loaded],
    /// Looked-up columns read, each (lookup, its column): position
    /// `width + 2 + k`.
    pub(crate) looked_up: Vec<(usize, u32)>,
    /// `[person.repeat]`'s line, for a repeat that overruns the header.
    pub(crate) repeat_line: Option<usize>,
}

impl<'a> Binder<'_, 'a> {
    pub(crate) fn col(&mut self, c: &ColName, slot: Option<u16>, line: Option<usize>) -> u32 {
        if c.is_supplied() {
            self.supplied = true;
            return self.width + u32::from(c.raw.eq_ignore_ascii_case(FILE_COLUMN));
        }
        let name = c.for_slot(slot);
        if let Some(l) = &c.lookup {
            return self.lookup_col(l, &name, line);
        }
        let found = self.index.find(&name);
        let note = match found {
            Found::At(i) => return i,
            Found::Absent if c.slotted && slot.is_some_and(|n| n > 1) => {
                // The first block has it: the repeat runs past the last block.
                let first = c.for_slot(Some(1));
                (self.index.find(&first) != Found::Absent).then(|| {
                    format!(
                        "[person.repeat] runs past the header: slot {} has no column {name:?}",
                        slot.unwrap_or(0)
                    )
                })
            }
            Found::Absent => {
                let names: Vec<&str> = self.lookups.iter().map(|l| l.name.as_str()).collect();
                lookup_hint(&name, &names)
            }
            Found::Ambiguous(ref at) => {
                let at: Vec<String> = at.iter().map(|&i| letters(i)).collect();
                Some(format!(
                    "column {name:?} is ambiguous: the header holds it in columns {} \
                     (name one by its heading path, \"Upper / {name}\", or its position, \"${}\")",
                    at.join(", "),
                    at.first().cloned().unwrap_or_default()
                ))
            }
        };
        if self.missing_seen.insert(name.to_lowercase()) {
            let line = if note
                .as_deref()
                .is_some_and(|n| n.starts_with("[person.repeat]"))
            {
                self.repeat_line.or(line)
            } else {
                line
            };
            self.missing.push(Missing {
                column: name.into_owned(),
                line,
                note,
            });
        }
        0
    }

    fn lookup_col(&mut self, lookup: &str, name: &str, line: Option<usize>) -> u32 {
        let found = self
            .lookups
            .iter()
            .position(|l| l.name == lookup)
            .map(|li| (li, self.lookups[li].index.find(name)));
        let (li, i) = match found {
            Some((li, Found::At(i))) => (li, i),
            other => {
                let what = match other {
                    Some((li, Found::Ambiguous(_))) => format!(
                        "lookup {lookup:?}: {} holds column {name:?} more than once",
                        self.lookups[li].from
                    ),
                    Some((li, _)) => format!(
                        "lookup {lookup:?}: {} has no column {name:?}",
                        self.lookups[li].from
                    ),
                    None => format!("no lookup {lookup:?} was read"),
                };
                if self
                    .missing_seen
                    .insert(format!("{lookup}\u{1f}{name}").to_lowercase())
                {
                    self.missing.push(Missing {
                        column: name.to_string(),
                        line,
                        note: Some(what),
                    });
                }
                return 0;
            }
        };
        let k = match self.looked_up.iter().position(|&x| x == (li, i)) {
            Some(k) => k,
            None => {
                self.looked_up.push((li, i));
                self.looked_up.len() - 1
            }
        };
        self.width + 2 + k as u32
    }

    pub(crate) fn field(&mut self, f: &'a FieldMapping, slot: Option<u16>) -> BField<'a> {
        let expr = match &f.value {
            Value::Const(v) => Expr::Const(v),
            Value::Column(c) => Expr::Col(self.col(c, slot, f.line)),
            Value::Template(t) => Expr::Tpl(
                t.parts
                    .iter()
                    .map(|p| match p {
                        Part::Lit(s) => BPart::Lit(s),
                        Part::Col(c) => BPart::Col(self.col(c, slot, f.line)),
                        Part::Slot => BPart::Slot(slot.unwrap_or(1)),
                    })
                    .collect(),
            ),
        };
        self.fields.push(f);
        let n = f.name.as_str();
        let strict = n == "key"
            || n == "family"
            || n.ends_with(".key")
            || n.ends_with(".family")
            || n.ends_with(".person");
        BField {
            f,
            expr,
            fid: self.fields.len() - 1,
            strict,
        }
    }

    /// Bind a person mapping, for one slot of a repeated mapping (or the
    /// whole row, `slot` None).
    pub(crate) fn person(&mut self, p: &'a PersonMapping, slot: Option<u16>) -> BPerson<'a> {
        let key = self.field(&p.key, slot);
        let fields: Vec<_> = p
            .fields
            .iter()
            .map(|(id, f)| (*id, self.field(f, slot)))
            .collect();
        let ids: Vec<_> = p
            .identifiers
            .iter()
            .map(|(t, f)| (t.as_str(), self.field(f, slot)))
            .collect();
        let mut cols = Vec::new();
        expr_cols(&key.expr, &mut cols);
        for (_, f) in &fields {
            expr_cols(&f.expr, &mut cols);
        }
        for (_, f) in &ids {
            expr_cols(&f.expr, &mut cols);
        }
        cols.sort_unstable();
        cols.dedup();
        let mut slot_cols = Vec::new();
        let mut when_any = Vec::new();
        if let Some(r) = &p.repeat {
            let all = std::iter::once(&p.key)
                .chain(p.fields.iter().map(|(_, f)| f))
                .chain(p.identifiers.iter().map(|(_, f)| f));
            for f in all {
                for c in f.columns().into_iter().filter(|c| c.slotted) {
                    slot_cols.push(self.col(c, slot, f.line));
                }
            }
            for c in &r.when_any {
                when_any.push(self.col(c, slot, r.line));
            }
            slot_cols.sort_unstable();
            slot_cols.dedup();
        }
        BPerson {
            slot,
            key,
            fields,
            ids,
            cols,
            slot_cols,
            when_any,
        }
    }

    pub(crate) fn record<F: Copy>(
        &mut self,
        r: &'a RecordMapping<F>,
        slot: Option<u16>,
    ) -> BRec<'a, F> {
        BRec {
            slot,
            key: self.field(&r.key, slot),
            fields: r
                .fields
                .iter()
                .map(|(id, f)| (*id, self.field(f, slot)))
                .collect(),
            own: Vec::new(),
            when: r
                .when
                .as_ref()
                .map(|w| (self.col(&w.column, slot, w.line), &w.test)),
        }
    }
}

pub(crate) fn expr_cols(e: &Expr, out: &mut Vec<u32>) {
    match e {
        Expr::Col(i) => out.push(*i),
        Expr::Tpl(parts) => out.extend(parts.iter().filter_map(|p| match p {
            BPart::Col(i) => Some(*i),
            _ => None,
        })),
        Expr::Const(_) => {}
    }
}

impl<'a, F> BRec<'a, F> {
    pub(crate) fn bfields(&self) -> impl Iterator<Item = &BField<'a>> {
        std::iter::once(&self.key).chain(self.fields.iter().map(|(_, f)| f))
    }
}

/// Bind one kind's record mappings: per slot when they use `{n}` in a
/// repeated mapping, else once per row. `linking`: the fields that only say
/// whose record it is (an optional record's own cells leave them out).
pub(crate) fn bind_records<'a, F: Copy>(
    b: &mut Binder<'_, 'a>,
    list: &'a [RecordMapping<F>],
    repeated: bool,
    slots: &[Option<u16>],
    linking: fn(F) -> bool,
) -> Lists<'a, F> {
    let bind = |b: &mut Binder<'_, 'a>, r: &'a RecordMapping<F>, slot| {
        let mut rec = b.record(r, slot);
        // A key like "{Contact ID}-c" reads the person's column: that
        // column says whose consent it would be, not that there is one.
        let mut whose = Vec::new();
        expr_cols(&rec.key.expr, &mut rec.own);
        for (id, f) in &rec.fields {
            if linking(*id) {
                expr_cols(&f.expr, &mut whose);
            } else {
                expr_cols(&f.expr, &mut rec.own);
            }
        }
        rec.own.retain(|c| !whose.contains(c));
        if !r.when_any.is_empty() {
            rec.own = r.when_any.iter().map(|c| b.col(c, slot, r.line)).collect();
        }
        rec.own.sort_unstable();
        rec.own.dedup();
        rec
    };
    let (mut row, mut slot) = (Vec::new(), Vec::new());
    for r in list {
        if repeated && r.per_slot() {
            for &s in slots {
                slot.push(bind(b, r, s));
            }
        } else {
            row.push(bind(b, r, None));
        }
    }
    Lists { row, slot }
}

/// The record's `when` test fails on this row: it holds no such record
/// (not a reject).
pub(crate) fn when_fails<F>(r: &BRec<F>, cells: &[Cell], buf: &mut String) -> bool {
    let Some((col, test)) = r.when else {
        return false;
    };
    buf.clear();
    if let Some(c) = cells.get(col as usize) {
        c.write_text(buf);
    }
    !test.holds(buf)
}

/// An optional record absent from this row: its `when_any` columns, or
/// without them the columns of its own (its key's and its fields', less
/// those that say whose record it is), are all blank (a contact that led to
/// no assessment).
pub(crate) fn absent<F>(r: &BRec<F>, cells: &[Cell]) -> bool {
    !r.own.is_empty()
        && r.own
            .iter()
            .all(|&i| cells.get(i as usize).is_none_or(Cell::is_blank))
}
