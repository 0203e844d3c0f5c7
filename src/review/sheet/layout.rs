//! The review sheet's layout: its columns in order (what to decide first,
//! frozen; the two records side by side with role and age beside the
//! names; the evidence; the reviewer's cells), every column's heading and
//! width, the xlsx and CSV writers, and the Instructions sheet.

use super::{FamilyRow, ReviewField, SheetRow, Verdict};
use crate::error::{Error, Result};
use rust_xlsxwriter::{DataValidation, Format, FormatAlign, Workbook, Worksheet};
use std::borrow::Borrow;
use std::path::{Path, PathBuf};

/// One column of the sheet.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Col {
    Number,
    Left,
    Right,
    Probability,
    Decision,
    Consequence,
    Why,
    /// A record field, left (`true`) or right.
    Field(usize, bool),
    Role(bool),
    Age(bool),
    For,
    Against,
    LinkedNow,
    Weight,
    Comment,
    Reviewer,
}

/// The columns in order: what to decide first (frozen), then the two
/// records side by side with role and age beside the names, then the
/// evidence and the reviewer's own cells.
pub(super) fn columns(fields: &[ReviewField]) -> Vec<Col> {
    let mut cols = vec![
        Col::Number,
        Col::Left,
        Col::Right,
        Col::Probability,
        Col::Decision,
        Col::Consequence,
        Col::Why,
    ];
    let is_name = |f: &ReviewField| {
        matches!(
            f,
            ReviewField::Given
                | ReviewField::Middle
                | ReviewField::Family
                | ReviewField::OtherNames
        )
    };
    // Role and age go after the last name field (or the first columns).
    let after = fields.iter().rposition(is_name);
    let extra = |cols: &mut Vec<Col>| {
        if !fields.contains(&ReviewField::Role) {
            cols.extend([Col::Role(true), Col::Role(false)]);
        }
        cols.extend([Col::Age(true), Col::Age(false)]);
    };
    if after.is_none() {
        extra(&mut cols);
    }
    for i in 0..fields.len() {
        cols.extend([Col::Field(i, true), Col::Field(i, false)]);
        if Some(i) == after {
            extra(&mut cols);
        }
    }
    cols.extend([
        Col::For,
        Col::Against,
        Col::LinkedNow,
        Col::Weight,
        Col::Comment,
        Col::Reviewer,
    ]);
    cols
}

/// Columns frozen at the left: #, left, right, Probability, Decision.
const FROZEN: u16 = 5;

fn side(left: bool) -> &'static str {
    if left {
        "L"
    } else {
        "R"
    }
}

fn heading(col: Col, fields: &[ReviewField]) -> String {
    match col {
        Col::Number => "#".into(),
        Col::Left => "left".into(),
        Col::Right => "right".into(),
        Col::Probability => "Probability".into(),
        Col::Decision => "Decision".into(),
        Col::Consequence => "If Same".into(),
        Col::Why => "Why in review".into(),
        Col::Field(i, l) => format!("{} {}", side(l), fields[i].heading()),
        Col::Role(l) => format!("{} role", side(l)),
        Col::Age(l) => format!("{} age at referral", side(l)),
        Col::For => "For".into(),
        Col::Against => "Against".into(),
        Col::LinkedNow => "Linked now".into(),
        Col::Weight => "Match weight".into(),
        Col::Comment => "Comment".into(),
        Col::Reviewer => "Reviewer".into(),
    }
}

/// Every column's width, in characters.
fn width(col: Col, fields: &[ReviewField]) -> f64 {
    match col {
        Col::Number => 6.0,
        Col::Left | Col::Right => 22.0,
        Col::Probability | Col::Decision | Col::Weight => 12.0,
        Col::Consequence => 34.0,
        Col::Why => 30.0,
        Col::Role(_) => 9.0,
        Col::Age(_) => 10.0,
        Col::Field(i, _) => match fields[i] {
            ReviewField::Address | ReviewField::Email | ReviewField::OtherNames => 24.0,
            ReviewField::Source | ReviewField::Key | ReviewField::FamilyKey => 18.0,
            ReviewField::Sex | ReviewField::Role => 9.0,
            ReviewField::NhsStatus | ReviewField::UpnStatus | ReviewField::Postcode => 11.0,
            _ => 14.0,
        },
        Col::For | Col::Against => 45.0,
        Col::LinkedNow => 10.0,
        Col::Comment => 30.0,
        Col::Reviewer => 14.0,
    }
}

/// The sheet's header, in column order.
pub fn header(fields: &[ReviewField]) -> Vec<String> {
    columns(fields)
        .into_iter()
        .map(|c| heading(c, fields))
        .collect()
}

fn cell(col: Col, n: usize, r: &SheetRow) -> String {
    match col {
        Col::Number => n.to_string(),
        Col::Left => r.left.clone(),
        Col::Right => r.right.clone(),
        Col::Probability => format!("{:.4}", r.match_probability),
        Col::Decision => r.decision.clone(),
        Col::Consequence => r.consequence.clone(),
        Col::Why => r.why.clone(),
        Col::Field(i, true) => r.left_values.get(i).cloned().unwrap_or_default(),
        Col::Field(i, false) => r.right_values.get(i).cloned().unwrap_or_default(),
        Col::Role(l) => if l { &r.left_role } else { &r.right_role }.clone(),
        Col::Age(l) => if l { &r.left_age } else { &r.right_age }.clone(),
        Col::For => r.reasons_for.clone(),
        Col::Against => r.reasons_against.clone(),
        Col::LinkedNow => if r.linked_now { "yes" } else { "no" }.to_string(),
        Col::Weight => format!("{:.2}", r.match_weight),
        Col::Comment => r.comment.clone(),
        Col::Reviewer => r.reviewer.clone(),
    }
}

fn xlsx_err(path: &Path) -> impl Fn(rust_xlsxwriter::XlsxError) -> Error + '_ {
    move |e| Error::Other(format!("{}: {e}", path.display()))
}

/// The rows below the header a worksheet can hold (Excel's and
/// LibreOffice's limit is 1,048,576 rows in all).
pub const SHEET_ROWS: usize = 1_048_575;

/// What `write_rows` wrote.
#[derive(Clone, Debug)]
pub struct Written {
    pub xlsx: PathBuf,
    pub csv: PathBuf,
    /// Pairs written (every one in the CSV; the first `SHEET_ROWS` of them
    /// in the workbook).
    pub rows: usize,
}

/// Write `review.xlsx` and `review.csv` into `out`: the pairs to decide,
/// and in the workbook the members of implausible families to split. A
/// band larger than a worksheet holds puts its first `SHEET_ROWS` pairs
/// (the most consequential) in the workbook and every pair in the CSV; the
/// Instructions sheet says so.
pub fn write(
    out: &Path,
    fields: &[ReviewField],
    rows: &[SheetRow],
    families: &[FamilyRow],
) -> Result<(PathBuf, PathBuf)> {
    write_capped(out, fields, rows.iter().map(Ok), families, SHEET_ROWS).map(|w| (w.xlsx, w.csv))
}

/// `write`, from rows as they come (read from the stored view, say): each
/// row goes to the CSV and, while the worksheet has room, to the workbook
/// as it comes, and is then dropped, so memory does not grow with the
/// number of rows. The first row that is an error stops the writing; then
/// neither file is replaced.
pub fn write_rows<R: Borrow<SheetRow>>(
    out: &Path,
    fields: &[ReviewField],
    rows: impl IntoIterator<Item = Result<R>>,
    families: &[FamilyRow],
) -> Result<Written> {
    write_capped(out, fields, rows, families, SHEET_ROWS)
}

/// `write_rows`, with at most `cap` rows on each worksheet.
pub(super) fn write_capped<R: Borrow<SheetRow>>(
    out: &Path,
    fields: &[ReviewField],
    rows: impl IntoIterator<Item = Result<R>>,
    families: &[FamilyRow],
    cap: usize,
) -> Result<Written> {
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
    let cols = columns(fields);
    let header = header(fields);
    let csv_path = out.join("review.csv");
    // Into a temporary file renamed into place at the end: rows that fail
    // half way (a torn view) leave the last sheet as it was.
    let mut temp = tempfile::Builder::new();
    // Readable as `File::create` would make it (and makes the workbook),
    // the umask allowing, not only by its owner as a temporary file is.
    #[cfg(unix)]
    temp.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let tmp = temp.tempfile_in(out).map_err(|e| Error::io(out, e))?;
    let mut w = csv::Writer::from_writer(tmp);
    let csv_err = |e: csv::Error| Error::Other(format!("{}: {e}", csv_path.display()));
    w.write_record(&header).map_err(csv_err)?;

    let xlsx_path = out.join("review.xlsx");
    let err = xlsx_err(&xlsx_path);
    let mut book = Workbook::new();
    // Rows go to a temporary file as they are written, not held as cells:
    // a band of a million pairs is a worksheet of 30 million cells.
    book.set_tempdir(out).map_err(&err)?;
    let sheet = book.add_worksheet_with_constant_memory();
    sheet.set_name("Review").map_err(&err)?;
    let look = review_head(sheet, &cols, &header).map_err(&err)?;
    let mut size = Size::default();
    for (i, r) in rows.into_iter().enumerate() {
        let r = r?;
        let r = r.borrow();
        w.write_record(cols.iter().map(|&c| cell(c, i + 1, r)))
            .map_err(csv_err)?;
        if i < cap {
            review_row(sheet, &cols, &look, i, r).map_err(&err)?;
        }
        size.add(r);
    }
    let shown = size.pairs.min(cap);
    review_tail(sheet, fields, &cols, shown).map_err(&err)?;
    let tmp = w
        .into_inner()
        .map_err(|e| Error::io(&csv_path, e.into_error()))?;
    let sheet = book.add_worksheet();
    sheet.set_name("Families").map_err(&err)?;
    families_sheet(sheet, &families[..families.len().min(cap)]).map_err(&err)?;
    let help = book.add_worksheet();
    help.set_name("Instructions").map_err(&err)?;
    instructions(help, &size, families, cap).map_err(&err)?;
    book.save(&xlsx_path).map_err(&err)?;
    drop(err);
    tmp.persist(&csv_path)
        .map_err(|e| Error::io(&csv_path, e.error))?;
    Ok(Written {
        xlsx: xlsx_path,
        csv: csv_path,
        rows: size.pairs,
    })
}

/// The Review sheet's formats for its rows.
struct Look {
    decide_cell: Format,
    key: Format,
    urgent: Format,
    prob: Format,
    weight: Format,
}

/// The Review sheet's header; then the formats its rows are written in.
fn review_head(
    sheet: &mut Worksheet,
    cols: &[Col],
    header: &[String],
) -> std::result::Result<Look, rust_xlsxwriter::XlsxError> {
    let head = Format::new()
        .set_bold()
        .set_background_color("#DDEBF7")
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let decide = Format::new()
        .set_bold()
        .set_background_color("#FFF2CC")
        .set_align(FormatAlign::Top);
    let at = |c: Col| cols.iter().position(|&x| x == c).unwrap_or(0) as u16;
    let reviewer_cols = [at(Col::Decision), at(Col::Comment), at(Col::Reviewer)];
    for (c, h) in header.iter().enumerate() {
        let f = if reviewer_cols.contains(&(c as u16)) {
            &decide
        } else {
            &head
        };
        sheet.write_string_with_format(0, c as u16, h, f)?;
    }
    // Before the next row: a written row can no longer change.
    sheet.set_row_height(0, 30)?;
    Ok(Look {
        decide_cell: Format::new().set_background_color("#FFF2CC"),
        key: Format::new().set_font_color("#595959"),
        urgent: Format::new().set_bold().set_font_color("#C00000"),
        prob: Format::new().set_num_format("0.0000"),
        weight: Format::new().set_num_format("0.00"),
    })
}

/// The Review sheet's `i`th row (0-based, below the header).
fn review_row(
    sheet: &mut Worksheet,
    cols: &[Col],
    look: &Look,
    i: usize,
    r: &SheetRow,
) -> std::result::Result<(), rust_xlsxwriter::XlsxError> {
    let row = i as u32 + 1;
    for (c, &col) in cols.iter().enumerate() {
        let c = c as u16;
        match col {
            Col::Number => {
                sheet.write_number(row, c, (i + 1) as f64)?;
            }
            Col::Probability => {
                sheet.write_number_with_format(row, c, r.match_probability, &look.prob)?;
            }
            Col::Weight => {
                sheet.write_number_with_format(row, c, r.match_weight, &look.weight)?;
            }
            Col::Decision => {
                sheet.write_string_with_format(row, c, &r.decision, &look.decide_cell)?;
            }
            _ => {
                let v = cell(col, i + 1, r);
                if v.is_empty() {
                    continue;
                }
                match col {
                    Col::Left | Col::Right => {
                        sheet.write_string_with_format(row, c, &v, &look.key)?
                    }
                    Col::Consequence if r.rank == 0 => {
                        sheet.write_string_with_format(row, c, &v, &look.urgent)?
                    }
                    _ => sheet.write_string(row, c, &v)?,
                };
            }
        }
    }
    Ok(())
}

/// The Review sheet after its `last` rows: the Decision drop-down,
/// filters, frozen panes, printing and every column's width.
fn review_tail(
    sheet: &mut Worksheet,
    fields: &[ReviewField],
    cols: &[Col],
    last: usize,
) -> std::result::Result<(), rust_xlsxwriter::XlsxError> {
    let last = last as u32;
    let decision_col = cols.iter().position(|&x| x == Col::Decision).unwrap_or(0) as u16;
    if last > 0 {
        let choices = [Verdict::Same, Verdict::Different, Verdict::Unsure].map(Verdict::label);
        let dv = DataValidation::new()
            .allow_list_strings(&choices)?
            .set_error_title("Decision")?
            .set_error_message("Choose Same, Different or Unsure.")?;
        sheet.add_data_validation(1, decision_col, last, decision_col, &dv)?;
    }
    let ncols = cols.len() as u16;
    sheet.autofilter(0, 0, last, ncols - 1)?;
    sheet.set_freeze_panes(1, FROZEN)?;
    // Printed, every page carries the header, the keys and the Decision.
    // At 100% the repeated columns leave about 29 characters of an A4
    // landscape page, less than the text columns' widths, so LibreOffice
    // cut them at the page edge and printed one column per strip (389
    // pages for 512 pairs); at 70% each strip holds the widest column whole.
    sheet.set_landscape().set_paper_size(9).set_print_scale(70);
    sheet.set_repeat_rows(0, 0)?;
    sheet.set_repeat_columns(0, FROZEN - 1)?;
    for (c, &col) in cols.iter().enumerate() {
        sheet.set_column_width(c as u16, width(col, fields))?;
    }
    Ok(())
}

/// A Families sheet column: heading, width and the row's value.
type FamilyColumn = (&'static str, f64, fn(&FamilyRow) -> &str);

/// The Families sheet: one row per member of each implausible family,
/// adults first, with the checks the family fails; frozen and filtered.
fn families_sheet(
    sheet: &mut Worksheet,
    rows: &[FamilyRow],
) -> std::result::Result<(), rust_xlsxwriter::XlsxError> {
    let head = Format::new()
        .set_bold()
        .set_background_color("#DDEBF7")
        .set_align(FormatAlign::Top);
    let columns: [FamilyColumn; 6] = [
        ("family", 20.0, |r| &r.family),
        ("why to split", 66.0, |r| &r.why),
        ("role", 10.0, |r| &r.role),
        ("name", 26.0, |r| &r.name),
        ("born", 12.0, |r| &r.born),
        ("records (source:key)", 60.0, |r| &r.records),
    ];
    for (c, (h, w, _)) in columns.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *h, &head)?;
        sheet.set_column_width(c as u16, *w)?;
    }
    for (i, r) in rows.iter().enumerate() {
        for (c, (_, _, value)) in columns.iter().enumerate() {
            let v = value(r);
            if !v.is_empty() {
                sheet.write_string(i as u32 + 1, c as u16, v)?;
            }
        }
    }
    sheet.autofilter(0, 0, rows.len() as u32, columns.len() as u16 - 1)?;
    sheet.set_freeze_panes(1, 1)?;
    // Six columns: one landscape page wide, so a family's rows print whole.
    sheet
        .set_landscape()
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0)?;
    Ok(())
}

/// What the Instructions sheet says of the rows, tallied as they are
/// written.
#[derive(Default)]
struct Size {
    pairs: usize,
    /// Links a guard refused.
    refused: usize,
    /// The sum of the match probabilities of the other pairs, from +0.0:
    /// `Iterator::sum`'s -0.0 printed "about -0" for an empty sheet.
    expected: f64,
}

impl Size {
    fn add(&mut self, r: &SheetRow) {
        self.pairs += 1;
        if r.refused_by.is_empty() {
            self.expected += r.match_probability;
        } else {
            self.refused += 1;
        }
    }
}

/// The sheet's size and the model's estimate of the same persons in it:
/// the sum of the match probabilities of the pairs the model was unsure of
/// (a refused link's probability is what a guard overrode, so left out).
fn size_line(size: &Size, families: &[FamilyRow], cap: usize) -> String {
    let split: std::collections::BTreeSet<&str> =
        families.iter().map(|f| f.family.as_str()).collect();
    let mut line = format!(
        "This sheet: {} pairs to decide ({} of them links a guard refused); of the others the model expects about {:.0} to be the same person. The Families sheet lists {} families to check for a split.",
        size.pairs,
        size.refused,
        size.expected,
        split.len()
    );
    if size.pairs > cap {
        line.push_str(&format!(
            " A worksheet holds {cap} rows: the Review sheet has the first {cap} pairs, the most consequential; review.csv has all {}. Decide and import these, then export again for the rest.",
            size.pairs
        ));
    }
    if families.len() > cap {
        line.push_str(&format!(
            " The Families sheet has the first {cap} of its {} member rows.",
            families.len()
        ));
    }
    line
}

/// The Instructions sheet: what to do, what each decision means, and how
/// to import the filled sheet.
fn instructions(
    sheet: &mut Worksheet,
    size: &Size,
    families: &[FamilyRow],
    cap: usize,
) -> std::result::Result<(), rust_xlsxwriter::XlsxError> {
    let title = Format::new().set_bold().set_font_size(14);
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let size = size_line(size, families, cap);
    let lines: [(&str, &str); 19] = [
        ("title", "How to work this review sheet"),
        ("", &size),
        ("", "Each row of the Review sheet is a pair of records that the model could not decide: are they the same person? Decide each row in the yellow Decision column; the rest of the row is the evidence."),
        ("", "Rows come most consequential first (column If Same: a Same that joins two families with open cases or two lead workers changes the most), then most uncertain first. Sort or filter freely: rows are matched by their left and right columns, never by position."),
        ("h", "Decision values"),
        ("", "Same: the two records are one person. Every later run links them (must-link)."),
        ("", "Different: two people. Every later run keeps them apart (cannot-link), even when other evidence would join them."),
        ("", "Unsure: recorded, not enforced; the pair comes back on the next sheet with your comment."),
        ("", "Leave Decision empty to skip a row. Comment is free text for the next reviewer; Reviewer is your name (or pass --reviewer at import)."),
        ("h", "The columns"),
        ("", "left / right: the two records as source:key. Probability: the model's match probability. L … / R …: each record's values side by side, with its role in its family and its age at referral (or at the start of its first involvement)."),
        ("", "For / Against: the comparisons that weigh most each way, with their match weights. Linked now: whether this run already put the two in one person through other records."),
        ("h", "Import the decisions"),
        ("", "Save the workbook (xlsx, xls or ods; keep the Review sheet's header row), then run: onefamily review import review.xlsx --reviewer \"Your Name\" --project mappings/project.toml"),
        ("", "The whole sheet is checked first: a bad Decision or record names its row, and nothing is recorded until every row is good. Decisions go into the project's decisions file (kept under version control) and every later run replays them."),
        ("h", "Families to split"),
        ("", "The Families sheet lists every family no real family could be (too many adults or children, children born too far apart, a parent too young, two people of one name and role), one row per member. To split one, add a family_split row to the decisions file naming a record of each part (see mappings/README.md)."),
        ("h", "Privacy"),
        ("", "This sheet holds names and dates of birth: keep it where the case records are kept, and delete it once imported."),
    ];
    sheet.set_column_width(0, 110)?;
    // 110 characters are wider than a portrait A4 page: printed at 100%
    // the text was cut at the page's edge, and fit-to-width does not help
    // (LibreOffice counts one column as one page wide already).
    sheet.set_print_scale(70);
    for (i, (kind, text)) in lines.iter().enumerate() {
        let row = i as u32;
        // Spreadsheet programs do not grow a row for wrapped text written
        // by a library: without a height, long lines print over each other.
        let lines = text.chars().count().div_ceil(100).max(1);
        sheet.set_row_height(row, 15.0 * lines as f64 + 3.0)?;
        match *kind {
            "title" => sheet.write_string_with_format(row, 0, *text, &title)?,
            "h" => sheet.write_string_with_format(row, 0, *text, &bold)?,
            _ => sheet.write_string_with_format(row, 0, *text, &wrap)?,
        };
    }
    Ok(())
}
