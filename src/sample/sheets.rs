//! The two spreadsheet systems: the Supporting Families tracker (xlsx, one
//! row per family with six member blocks whose headings repeat under a
//! merged "Member N" heading, title rows above the two heading rows, a
//! totals row below) and the Parenting programmes register (ods: one
//! attendance sheet per year, and a bookings sheet each attendance row
//! takes its course from).

use super::episode::{self, district, Truth, Written};
use super::mess::{self, Holds};
use super::population::{Estate, Rec, Rel, Sys};
use crate::{Error, Result};
use rand::{Rng, SeedableRng};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};
use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

fn xlsx_err(e: XlsxError) -> Error {
    Error::Other(format!("supporting_families_tracker.xlsx: {e}"))
}

/// Headline outcome labels as the tracker spells them.
const OUTCOMES: &[&str] = &[
    "Education",
    "Early Years",
    "Health",
    "Substance Use",
    "Family Relationships",
    "Safe from Abuse",
    "Crime",
    "Domestic Abuse",
    "Housing",
    "Financial Stability",
];

/// The headings of each member block, the same in all six.
const MEMBER_HEADINGS: [&str; 6] = ["Forename", "Surname", "DOB", "Role", "Sex", "NHS No"];

/// Split a system's records into its groupings (records of one grouping are
/// contiguous, apart from re-registrations at the end).
fn groups(recs: &[Rec]) -> Vec<&[Rec]> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=recs.len() {
        if i == recs.len() || recs[i].group != recs[start].group || recs[i].dup {
            out.push(&recs[start..i]);
            start = i;
        }
    }
    out
}

pub fn supporting_families(out: &Path, e: &Estate, seed: u64) -> Result<Written> {
    let sys = Sys::SupportingFamilies;
    let mut rng = episode::rng_for(seed, sys);
    let workers = episode::workers(seed, sys, e.families.len());
    let holds = Holds {
        nhs: 0.7,
        upn: false,
    };
    let mut wb = Workbook::new();
    // A fixed creation time: rust_xlsxwriter otherwise stamps "now" into
    // docProps/core.xml and the file would differ on every run.
    let created = ExcelDateTime::from_ymd(2026, 1, 5)
        .and_then(|d| d.and_hms(9, 14, 0))
        .map_err(xlsx_err)?;
    let props = DocProperties::new()
        .set_title("Supporting Families Programme - Family Tracker")
        .set_author("PbR Team")
        .set_company("Sample County Council")
        .set_creation_datetime(&created);
    wb.set_properties(&props);
    let ws = wb.add_worksheet();
    ws.set_name("Family Tracker").map_err(xlsx_err)?;
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    ws.write_string_with_format(
        0,
        0,
        "Supporting Families Programme — Family Tracker",
        &bold,
    )
    .map_err(xlsx_err)?;
    ws.write_string(
        1,
        0,
        "Exported 05/01/2026 09:14 from the PbR claims tracker (do not sort)",
    )
    .map_err(xlsx_err)?;
    // Two heading rows: the family's columns merged down over both, each
    // member block's six columns under a "Member N" heading merged across
    // (the headings below repeat in every block), and the closure reason
    // added at the end, merged down too.
    let family_cols = [
        "Family Ref",
        "Lead Professional",
        "Lead Agency",
        "Date Attached",
        "Date Closed",
        "Status",
        "Headline Outcomes",
        "Address",
        "Postcode",
    ];
    for (c, h) in family_cols.iter().enumerate() {
        ws.merge_range(3, c as u16, 4, c as u16, h, &bold)
            .map_err(xlsx_err)?;
    }
    for n in 0..6u16 {
        let c = 9 + 6 * n;
        ws.merge_range(3, c, 3, c + 5, &format!("Member {}", n + 1), &bold)
            .map_err(xlsx_err)?;
        for (i, f) in MEMBER_HEADINGS.iter().enumerate() {
            ws.write_string_with_format(4, c + i as u16, *f, &bold)
                .map_err(xlsx_err)?;
        }
    }
    ws.merge_range(3, 9 + 36, 4, 9 + 36, "Closure Reason", &bold)
        .map_err(xlsx_err)?;
    let agencies = [
        "Early Help",
        "School",
        "Health",
        "Housing",
        "Police",
        "Voluntary Sector",
    ];
    let mut row: u32 = 5;
    let mut act = super::casework::stream(seed, sys);
    let mut w = Written::default();
    let mut n_families = 0usize;
    let mut blank = 0usize;
    let gs = groups(&e.recs[sys.index()]);
    for g in &gs {
        if rng.gen_bool(0.01) {
            row += 1; // a blank row left where someone deleted a family
            blank += 1;
        }
        n_families += 1;
        let fref = format!("SF-{:05}", n_families);
        let status = write_family(
            ws, &mut rng, e, g, row, &fref, &workers, &agencies, &holds, &date, &mut w,
        )?;
        closure_reason(ws, &mut act, row, status)?;
        row += 1;
    }
    // Planted: the first family typed in again at the bottom under the same
    // reference (the member keys repeat, so every slot is a duplicate).
    if let Some(g) = gs.first() {
        let mut scratch = Written::default();
        let status = write_family(
            ws,
            &mut rng,
            e,
            g,
            row,
            "SF-00001",
            &workers,
            &agencies,
            &holds,
            &date,
            &mut scratch,
        )?;
        closure_reason(ws, &mut act, row, status)?;
        w.planted.push(format!(
            "Family Tracker row {}: family SF-00001 entered a second time under the same Family Ref: its member keys (SF-00001#1 …) are duplicate_key rejects",
            row + 1
        ));
        row += 1;
        n_families += 1;
    }
    row += 1;
    ws.write_string_with_format(row, 0, format!("Total families: {n_families}"), &bold)
        .map_err(xlsx_err)?;
    ws.set_column_width(0, 12).map_err(xlsx_err)?;
    wb.save(out.join("supporting_families_tracker.xlsx"))
        .map_err(xlsx_err)?;
    w.counts.push((
        format!("Family Tracker: family rows (plus {blank} blank rows and a totals row)"),
        n_families,
    ));
    Ok(w)
}

/// The tracker's last column: why a closed family closed, after the six
/// member blocks (a column added to the tracker after them).
fn closure_reason(
    ws: &mut rust_xlsxwriter::Worksheet,
    act: &mut rand_chacha::ChaCha8Rng,
    row: u32,
    status: &str,
) -> Result<()> {
    if let Some(reason) = super::casework::sf_closure_reason(act, status) {
        ws.write_string(row, 9 + 6 * 6, reason).map_err(xlsx_err)?;
    }
    Ok(())
}

/// One family's row; returns its status (Open, Closed or Claimed).
#[allow(clippy::too_many_arguments)]
fn write_family(
    ws: &mut rust_xlsxwriter::Worksheet,
    rng: &mut rand_chacha::ChaCha8Rng,
    e: &Estate,
    g: &[Rec],
    row: u32,
    fref: &str,
    workers: &[String],
    agencies: &[&str],
    holds: &Holds,
    date: &Format,
    w: &mut Written,
) -> Result<&'static str> {
    let ep = episode::episode(rng, workers.len(), 5, 0.5);
    let a = e.address(g[0].addr);
    let address = match &a.line2 {
        Some(l2) => format!("{}, {l2}, {}", a.line1, a.town),
        None => format!("{}, {}", a.line1, a.town),
    };
    let status = match ep.end {
        None => "Open",
        Some(_) if rng.gen_bool(0.4) => "Claimed",
        Some(_) => "Closed",
    };
    let mut outcomes: Vec<&str> = OUTCOMES
        .iter()
        .copied()
        .filter(|_| rng.gen_bool(0.3))
        .collect();
    if outcomes.len() < 3 {
        outcomes = vec![OUTCOMES[0], OUTCOMES[4], OUTCOMES[9]];
    }
    ws.write_string(row, 0, fref).map_err(xlsx_err)?;
    ws.write_string(row, 1, &workers[ep.worker])
        .map_err(xlsx_err)?;
    ws.write_string(row, 2, agencies[rng.gen_range(0..agencies.len())])
        .map_err(xlsx_err)?;
    ws.write_number_with_format(row, 3, episode::excel_serial(ep.start), date)
        .map_err(xlsx_err)?;
    if let Some(end) = ep.end {
        ws.write_number_with_format(row, 4, episode::excel_serial(end), date)
            .map_err(xlsx_err)?;
    }
    ws.write_string(row, 5, status).map_err(xlsx_err)?;
    ws.write_string(row, 6, outcomes.join(";"))
        .map_err(xlsx_err)?;
    ws.write_string(row, 7, &address).map_err(xlsx_err)?;
    ws.write_string(row, 8, &a.postcode).map_err(xlsx_err)?;
    for (i, rec) in g.iter().take(6).enumerate() {
        let s = mess::show(rng, e, rec, holds);
        let p = e.person(rec.person);
        let c = 9 + 6 * i as u16;
        ws.write_string(row, c, s.forename_field())
            .map_err(xlsx_err)?;
        ws.write_string(row, c + 1, &s.surname).map_err(xlsx_err)?;
        if let Some(d) = s.dob {
            // Most DOBs were typed into date-formatted cells; some were pasted
            // in as text and stayed text.
            if rng.gen_bool(0.7) {
                ws.write_number_with_format(row, c + 2, episode::excel_serial(d), date)
                    .map_err(xlsx_err)?;
            } else {
                ws.write_string(row, c + 2, episode::uk(d))
                    .map_err(xlsx_err)?;
            }
        }
        let role = match rec.rel {
            Rel::Mother => "Mum",
            Rel::Father => "Dad",
            Rel::StepFather => "Step-Dad",
            Rel::Grandparent => "Gran",
            Rel::Child => "Child",
        };
        ws.write_string(row, c + 3, role).map_err(xlsx_err)?;
        ws.write_string(row, c + 4, if p.female { "F" } else { "M" })
            .map_err(xlsx_err)?;
        if let Some(n) = &s.nhs {
            // Text, so a spreadsheet never turns it into 9.99E+09.
            ws.write_string(row, c + 5, n).map_err(xlsx_err)?;
        }
        w.truth.push(Truth {
            key: format!("{fref}#{}", i + 1),
            person: rec.person,
            family: rec.family,
        });
    }
    Ok(status)
}

/// Streams an OpenDocument spreadsheet's content.xml.
struct Ods {
    buf: String,
}

impl Ods {
    fn esc(&mut self, s: &str) {
        for c in s.chars() {
            match c {
                '&' => self.buf.push_str("&amp;"),
                '<' => self.buf.push_str("&lt;"),
                '>' => self.buf.push_str("&gt;"),
                '"' => self.buf.push_str("&quot;"),
                _ => self.buf.push(c),
            }
        }
    }
    fn text(&mut self, s: &str) {
        if s.is_empty() {
            return self.empty();
        }
        self.buf
            .push_str("<table:table-cell office:value-type=\"string\"><text:p>");
        self.esc(s);
        self.buf.push_str("</text:p></table:table-cell>");
    }
    fn opt(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.text(s),
            None => self.empty(),
        }
    }
    fn empty(&mut self) {
        self.buf.push_str("<table:table-cell/>");
    }
    fn date(&mut self, d: chrono::NaiveDate) {
        let _ = write!(
            self.buf,
            "<table:table-cell office:value-type=\"date\" office:date-value=\"{}\"><text:p>{}</text:p></table:table-cell>",
            episode::iso(d),
            episode::uk(d)
        );
    }
    fn number(&mut self, n: i64) {
        let _ = write!(
            self.buf,
            "<table:table-cell office:value-type=\"float\" office:value=\"{n}\"><text:p>{n}</text:p></table:table-cell>"
        );
    }
}

const ODS_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>
"#;
const ODS_TAIL: &str = "</office:spreadsheet></office:body></office:document-content>\n";
const MANIFEST: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"#;

const PROGRAMMES: &[&str] = &[
    "Triple P (Group)",
    "Incredible Years",
    "Freedom Programme",
    "Solihull Approach",
    "Strengthening Families 10-14",
    "Who's in Charge?",
    "Mellow Parenting",
];

/// The parenting register is an ODS file because the team keeps it in
/// LibreOffice. No Rust crate writes ODS, so it is written by hand: a zip
/// whose first entry is an uncompressed `mimetype` (the ODF rule that lets
/// tools sniff the type), a manifest and content.xml, every entry stamped
/// with the same fixed time so the bytes never change between runs.
pub fn parenting(out: &Path, e: &Estate, seed: u64) -> Result<Written> {
    let sys = Sys::Parenting;
    let path = out.join("parenting_programmes.ods");
    let io = |err: std::io::Error| Error::io(&path, err);
    let zerr = |err: zip::result::ZipError| Error::Other(format!("{}: {err}", path.display()));
    let mut rng = episode::rng_for(seed, sys);
    let workers = episode::workers(seed, sys, e.families.len());
    let holds = Holds {
        nhs: 0.0,
        upn: false,
    };
    let file = std::fs::File::create(&path).map_err(io)?;
    let mut zip = zip::ZipWriter::new(std::io::BufWriter::new(file));
    let fixed = zip::DateTime::default();
    let stored = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .last_modified_time(fixed);
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(fixed);
    zip.start_file("mimetype", stored).map_err(zerr)?;
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .map_err(io)?;
    zip.start_file("META-INF/manifest.xml", deflated)
        .map_err(zerr)?;
    zip.write_all(MANIFEST.as_bytes()).map_err(io)?;
    zip.start_file("content.xml", deflated).map_err(zerr)?;
    zip.write_all(ODS_HEAD.as_bytes()).map_err(io)?;
    let mut ods = Ods {
        buf: String::with_capacity(1 << 16),
    };
    // The bookings sheet first: one course booking per family, which each
    // attendance row finds by its Family No.
    let mut bookings = Ods {
        buf: String::with_capacity(1 << 16),
    };
    header_row(&mut bookings, &BOOKING_HEADER);
    // One attendance sheet per year the course started, as the team keeps it.
    let mut years: std::collections::BTreeMap<i32, String> = Default::default();
    let mut w = Written::default();
    let mut attendee = 0usize;
    let gs = groups(&e.recs[sys.index()]);
    // The crèche's children list: drawn from a stream of its own, so the
    // rest of the workbook is what it would have been.
    let mut kids_rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed ^ 0xC4EC_4E11_5700_0001u64);
    for (gi, g) in gs.iter().enumerate() {
        let programme = PROGRAMMES[rng.gen_range(0..PROGRAMMES.len())];
        let ep = episode::episode(&mut rng, workers.len(), 4, 0.75);
        let end = ep
            .end
            .map(|_| ep.start + chrono::Duration::weeks(rng.gen_range(8..14)));
        let family_no = format!("PP/{:05}", gi + 1);
        let venue = format!("{} Family Hub", district(e.address(g[0].addr).town));
        booking(
            &mut bookings,
            &family_no,
            programme,
            &venue,
            ep.start,
            end,
            &workers[ep.worker],
        );
        ods.buf.clear();
        for rec in g.iter() {
            attendee += 1;
            let id = format!("A{attendee:06}");
            let booking = Booking {
                id: &id,
                family_no: &family_no,
                end,
            };
            row(&mut ods, &mut rng, e, rec, booking, &holds);
            w.truth.push(Truth {
                key: id,
                person: rec.person,
                family: rec.family,
            });
        }
        for rec in children_list(&mut kids_rng, e, g) {
            attendee += 1;
            let id = format!("A{attendee:06}");
            child_row(&mut ods, &mut kids_rng, e, &rec, &id, &family_no);
            w.truth.push(Truth {
                key: id,
                person: rec.person,
                family: rec.family,
            });
        }
        years
            .entry(chrono::Datelike::year(&ep.start))
            .or_default()
            .push_str(&ods.buf);
    }
    // Planted: an attendee row without an Attendee ID (a walk-in never registered).
    if let Some(rec) = e.recs[sys.index()].first() {
        let start = crate::sample::population::reference() - chrono::Duration::days(90);
        ods.buf.clear();
        let booking = Booking {
            id: "",
            family_no: "PP/00001",
            end: None,
        };
        row(&mut ods, &mut rng, e, rec, booking, &holds);
        years
            .entry(chrono::Datelike::year(&start))
            .or_default()
            .push_str(&ods.buf);
        attendee += 1;
        w.planted.push("Attendance: the last row of the latest year's sheet has no Attendee ID (a walk-in never registered): a missing_key reject".into());
    }
    table(&mut zip, "Bookings", &bookings.buf).map_err(io)?;
    for (year, rows) in &years {
        ods.buf.clear();
        header_row(&mut ods, &ATTENDANCE_HEADER);
        ods.buf.push_str(rows);
        table(&mut zip, &format!("Attendance {year}"), &ods.buf).map_err(io)?;
    }
    zip.write_all(ODS_TAIL.as_bytes()).map_err(io)?;
    zip.finish().map_err(zerr)?.flush().map_err(io)?;
    w.counts
        .push(("Attendance rows (all years)".into(), attendee));
    w.counts.push(("Bookings rows".into(), gs.len()));
    Ok(w)
}

const BOOKING_HEADER: [&str; 6] = [
    "Booking Ref",
    "Programme",
    "Venue",
    "Start Date",
    "End Date",
    "Facilitator",
];

const ATTENDANCE_HEADER: [&str; 10] = [
    "Attendee ID",
    "Family No",
    "Participant",
    "Name",
    "Date of Birth",
    "Gender",
    "Postcode",
    "Phone",
    "Sessions Attended",
    "Completed",
];

fn header_row(ods: &mut Ods, header: &[&str]) {
    ods.buf.push_str("<table:table-row>");
    for h in header {
        ods.text(h);
    }
    ods.buf.push_str("</table:table-row>\n");
}

/// One sheet of the workbook: its rows between the table's tags.
fn table(zip: &mut impl Write, name: &str, rows: &str) -> std::io::Result<()> {
    let mut open = Ods {
        buf: String::from("<table:table table:name=\""),
    };
    open.esc(name);
    open.buf.push_str("\">\n");
    zip.write_all(open.buf.as_bytes())?;
    zip.write_all(rows.as_bytes())?;
    zip.write_all(b"</table:table>\n")
}

fn booking(
    ods: &mut Ods,
    family_no: &str,
    programme: &str,
    venue: &str,
    start: chrono::NaiveDate,
    end: Option<chrono::NaiveDate>,
    facilitator: &str,
) {
    ods.buf.push_str("<table:table-row>");
    ods.text(family_no);
    ods.text(programme);
    ods.text(venue);
    ods.date(start);
    match end {
        Some(d) => ods.date(d),
        None => ods.empty(),
    }
    ods.text(facilitator);
    ods.buf.push_str("</table:table-row>\n");
}

#[allow(clippy::too_many_arguments)]
/// The share of bookings whose crèche list names the family's children.
const CHILDREN_LISTED: f64 = 0.35;

/// The children a booking's crèche list names: for `CHILDREN_LISTED` of
/// bookings with an adult, the family's children under 18 the booking does
/// not already hold, as records of them in the booking's grouping.
fn children_list(rng: &mut rand_chacha::ChaCha8Rng, e: &Estate, g: &[Rec]) -> Vec<Rec> {
    let Some(adult) = g.iter().find(|r| !r.rel.is_child() && !r.dup) else {
        return Vec::new();
    };
    if !rng.gen_bool(CHILDREN_LISTED) {
        return Vec::new();
    }
    e.families[adult.family as usize]
        .members
        .iter()
        .filter(|&&(p, rel)| {
            rel.is_child() && e.person(p).age() < 18 && !g.iter().any(|r| r.person == p)
        })
        .map(|&(p, _)| Rec {
            person: p,
            rel: Rel::Child,
            dup: false,
            ..*adult
        })
        .collect()
}

/// A child on a booking's crèche list: a name (as the parent gave it) and
/// sex, no date of birth, postcode or phone; nor attendance of their own.
fn child_row(
    ods: &mut Ods,
    rng: &mut rand_chacha::ChaCha8Rng,
    e: &Estate,
    rec: &Rec,
    id: &str,
    family_no: &str,
) {
    let holds = Holds {
        nhs: 0.0,
        upn: false,
    };
    let s = mess::show(rng, e, rec, &holds);
    ods.buf.push_str("<table:table-row>");
    ods.text(id);
    ods.text(family_no);
    ods.text("Child");
    ods.text(&format!("{} {}", s.given, s.surname));
    ods.empty();
    ods.text(if e.person(rec.person).female {
        "F"
    } else {
        "M"
    });
    for _ in 0..4 {
        ods.empty();
    }
    ods.buf.push_str("</table:table-row>\n");
}

/// A booking row's own fields: its id, the family number it gives and the
/// course's end, if it has ended.
struct Booking<'a> {
    id: &'a str,
    family_no: &'a str,
    end: Option<chrono::NaiveDate>,
}

fn row(
    ods: &mut Ods,
    rng: &mut rand_chacha::ChaCha8Rng,
    e: &Estate,
    rec: &Rec,
    booking: Booking<'_>,
    holds: &Holds,
) {
    let Booking { id, family_no, end } = booking;
    let s = mess::show(rng, e, rec, holds);
    let p = e.person(rec.person);
    ods.buf.push_str("<table:table-row>");
    ods.text(id);
    ods.text(family_no);
    ods.text(match rec.rel {
        Rel::Child => "Young person",
        Rel::Grandparent => "Carer",
        _ => "Parent",
    });
    let name = if s.title_in_name {
        format!("{} {} {}", s.title.unwrap_or(""), s.given, s.surname)
    } else {
        format!("{} {}", s.given, s.surname)
    };
    ods.text(&name);
    match s.dob {
        Some(d) if rng.gen_bool(0.85) => ods.date(d),
        Some(d) => ods.text(&episode::uk(d)),
        None => ods.empty(),
    }
    ods.text(if p.female { "F" } else { "M" });
    ods.opt(s.postcode.as_deref());
    ods.opt(p.phone.as_deref());
    let sessions = rng.gen_range(0..=12);
    ods.number(sessions);
    ods.text(match end {
        Some(_) if sessions >= 8 => "Yes",
        Some(_) => "No",
        None => "",
    });
    ods.buf.push_str("</table:table-row>\n");
}
