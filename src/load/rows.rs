//! Turns a `Unified` into the full set of rows every loaded table should hold,
//! each keyed by a natural id derived from unified IDs and source keys. Pure
//! code: the same `Unified` and IDs give the same rows, in the same order.

use super::diff::Row;
use super::parts::{by_id, in_chunks, Tables};
use super::schema::*;
use super::stable::IdEvent;
use crate::model::{
    Assessment, Attached, Coded, Consent, DateValue, Involvement, Referral, Role, Unified,
};
use crate::{Error, Result};
use sha2::{Digest, Sha256};

/// The IDs to load for each unified person and family (parallel to
/// `Unified::persons` / `families`) and the ID events of this run.
#[derive(Debug, Default)]
pub(crate) struct StableIds {
    pub persons: Vec<String>,
    pub families: Vec<String>,
    pub events: Vec<IdEvent>,
}

/// A natural id for a row that has no unified ID of its own: a short prefix
/// naming the table and 20 hex digits (80 bits) of a hash of the parts that
/// identify it. Hashed rather than joined because source keys may contain any
/// separator.
pub(crate) fn nid(prefix: &str, parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p.as_bytes());
    }
    let mut out = String::with_capacity(prefix.len() + 20);
    out.push_str(prefix);
    out.push_str(&hex::encode(&h.finalize()[..10]));
    out
}

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

fn opt(v: &Option<String>) -> Option<String> {
    opt_str(v.as_deref())
}

fn opt_str(v: Option<&str>) -> Option<String> {
    v.map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

fn date(v: &Option<DateValue>) -> Option<String> {
    v.as_ref().and_then(|d| d.date).map(|d| d.to_string())
}

fn code(v: &Option<Coded>) -> Option<String> {
    v.as_ref().and_then(|c| c.code.clone())
}

fn raw(v: &Option<Coded>) -> Option<String> {
    v.as_ref().map(|c| c.raw.clone())
}

fn flag(b: bool) -> Option<String> {
    s(if b { "1" } else { "0" })
}

/// Workers are identified by name and service: the legacy systems hold no
/// worker key, and the same name in two services may be two people.
fn worker_id(name: &str, service: &str) -> String {
    let name = name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    nid("W", &[&name, &service.trim().to_lowercase()])
}

fn plan_id(family_id: &str) -> String {
    nid("PL", &[family_id])
}

fn status_str(s: crate::model::IdStatus) -> &'static str {
    match s {
        crate::model::IdStatus::Valid => "valid",
        crate::model::IdStatus::Placeholder => "placeholder",
        crate::model::IdStatus::Invalid => "invalid",
    }
}

/// Check the cross-references of a `Unified` so that building rows cannot
/// index out of bounds: a broken input is an error, never a panic.
pub(crate) fn check(u: &Unified) -> Result<()> {
    let bad = |what: &str| Err(Error::Load(format!("inconsistent link output: {what}")));
    if u.record_person.len() != u.records.len() || u.record_family.len() != u.records.len() {
        return bad("record_person / record_family length differs from records");
    }
    let np = u.persons.len() as u32;
    let nf = u.families.len() as u32;
    let nsrc = u.sources.len();
    if u.record_person.iter().any(|&p| p >= np)
        || u.record_family.iter().flatten().any(|&f| f >= nf)
    {
        return bad("a record points past the persons or families");
    }
    if u.records.iter().any(|r| r.source() as usize >= nsrc)
        || u.involvements.iter().any(|r| r.source as usize >= nsrc)
        || u.referrals.iter().any(|r| r.source as usize >= nsrc)
        || u.assessments.iter().any(|r| r.source as usize >= nsrc)
        || u.consents.iter().any(|r| r.source as usize >= nsrc)
    {
        return bad("a record names a source index past the source list");
    }
    if u.families.iter().any(|f| {
        f.members.iter().any(|(p, _)| *p >= np)
            || f.involvements
                .iter()
                .any(|&i| i as usize >= u.involvements.len())
    }) {
        return bad("a family member or involvement index is out of range");
    }
    if u.family_links
        .iter()
        .any(|l| l.family_a >= nf || l.family_b >= nf || l.via_person >= np)
    {
        return bad("a family link index is out of range");
    }
    let in_range = |v: &[Option<u32>], n: u32| v.iter().flatten().all(|&i| i < n);
    if !in_range(&u.involvement_family, nf)
        || !in_range(&u.referral_family, nf)
        || !in_range(&u.involvement_person, np)
        || !in_range(&u.referral_person, np)
        || !in_range(&u.assessment_family, nf)
        || !in_range(&u.assessment_person, np)
        || !in_range(&u.consent_family, nf)
        || !in_range(&u.consent_person, np)
        || !in_range(&u.consent_given_by, np)
    {
        return bad(
            "an involvement, referral, assessment or consent points past the persons or families",
        );
    }
    Ok(())
}

/// Which passes over the input feed each table (by `Pass`), in the order
/// a single pass over everything would push them. `build_each` hands a
/// table on as soon as its passes are done; a test checks this against
/// the builders themselves.
const FEEDS: [&[Pass]; TABLES.len()] = {
    use Pass::*;
    let mut f: [&[Pass]; TABLES.len()] = [&[]; TABLES.len()];
    f[SOURCE_SYSTEM] = &[Head];
    f[WORKER] = &[Head];
    f[ADDRESS] = &[Records];
    f[PERSON] = &[Persons];
    f[FAMILY] = &[Families];
    f[FAMILY_MEMBERSHIP] = &[Families];
    f[RELATIONSHIP] = &[Families];
    f[FAMILY_LINK] = &[Links];
    f[LINKED_IDENTIFIER] = &[Records];
    f[PERSON_ADDRESS] = &[Records];
    f[INVOLVEMENT] = &[Kinds];
    f[REFERRAL] = &[Kinds];
    f[ASSESSMENT] = &[Kinds];
    f[ASSESSMENT_NEED] = &[Kinds];
    f[CONSENT] = &[Kinds];
    f[PLAN] = &[Families];
    f[PLAN_ITEM] = &[Families];
    f[LINEAGE] = &[Records, Kinds];
    f[ID_HISTORY] = &[Tail];
    f[REVIEW_DECISION] = &[Tail];
    f
};

/// The passes over the input, in the order a single pass would make them
/// (the order rows of one table are joined in, so `finish` keeps the same
/// first row per id).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pass {
    /// Source systems and workers.
    Head,
    Persons,
    Families,
    Links,
    /// Person records: identifiers, addresses, lineage.
    Records,
    /// Every other record kind and its lineage.
    Kinds,
    /// ID history and reviewers' decisions.
    Tail,
}

const PASSES: usize = 7;

/// Every table's desired rows, sorted by id, handed to `emit` one table at
/// a time in `TABLES` order as soon as the passes that feed it are done, so
/// the writer can write the first tables while the rest are built. Stops
/// early (without error) when `emit` returns false.
pub(crate) fn build_each(
    u: &Unified,
    ids: &StableIds,
    mut emit: impl FnMut(usize, Vec<Row>) -> bool,
) -> Result<()> {
    check(u)?;
    if ids.persons.len() != u.persons.len() || ids.families.len() != u.families.len() {
        return Err(Error::Load(
            "stable IDs do not cover every person and family".into(),
        ));
    }
    let cx = Cx { u, ids };
    // Rows are produced in parts, each part over a range of one kind of
    // input, built on all cores; each table's parts are joined in the order
    // a single pass would produce them, so `finish` keeps the same first
    // row per id whatever the thread count or the order the passes run in.
    let mut done: [Option<Vec<Tables>>; PASSES] = Default::default();
    for (table, feeds) in FEEDS.iter().enumerate() {
        let mut rows = Vec::new();
        for &p in *feeds {
            let parts = match &mut done[p as usize] {
                Some(parts) => parts,
                slot @ None => {
                    // Checked once, where the pass runs.
                    let parts = run(p, &cx);
                    if let Some(t) = parts.iter().find_map(Tables::oversized) {
                        return Err(Error::Load(format!(
                            "a row of table {} holds more than 4 GiB of text, more than a target takes in one row",
                            TABLES[t].name
                        )));
                    }
                    slot.insert(parts)
                }
            };
            for part in parts.iter_mut() {
                rows.append(part.table_mut(table));
            }
        }
        // Hashing every row is most of the CPU time left here: on all
        // cores. The order stays `by_id`'s.
        use rayon::prelude::*;
        let mut rows: Vec<Row> = by_id(rows);
        rows.par_iter_mut().for_each(Row::seal);
        if !emit(table, rows) {
            return Ok(());
        }
    }
    // Every row a pass produced went to a table fed by it: a builder that
    // adds to a table `FEEDS` does not list for it would leave rows here.
    let left = done.iter().flatten().flatten().any(|t| !t.is_empty());
    if left {
        return Err(Error::Load(
            "internal: rows built for a table after it was handed on".into(),
        ));
    }
    Ok(())
}

/// One pass over the input, in parts.
fn run(p: Pass, cx: &Cx) -> Vec<Tables> {
    let (u, ids) = (cx.u, cx.ids);
    match p {
        Pass::Head => {
            let mut t = Tables::new();
            for si in &u.sources {
                t.add(
                    SOURCE_SYSTEM,
                    si.name.clone(),
                    vec![s(&si.name), s(&si.service), s(&si.kind)],
                );
            }
            workers(&mut t, u);
            vec![t]
        }
        Pass::Persons => in_chunks(u.persons.len(), |t, r| persons(t, u, ids, r)),
        Pass::Families => in_chunks(u.families.len(), |t, r| families(t, cx, r)),
        Pass::Links => {
            let mut t = Tables::new();
            family_links(&mut t, cx);
            vec![t]
        }
        Pass::Records => in_chunks(u.records.len(), |t, r| {
            r.for_each(|i| person_record(t, cx, i))
        }),
        Pass::Kinds => {
            let mut parts = Vec::new();
            crate::for_each_attached_kind!(R => {
                let n = R::in_unified(u).records.len();
                parts.extend(in_chunks(n, |t, r| kind_rows::<R>(t, cx, r)));
            });
            parts
        }
        Pass::Tail => {
            let mut t = Tables::new();
            for e in &ids.events {
                t.add(
                    ID_HISTORY,
                    nid("H", &[e.entity, &e.old, &e.new, e.event]),
                    vec![s(e.entity), s(&e.old), s(&e.new), s(e.event)],
                );
            }
            decisions(&mut t, u);
            vec![t]
        }
    }
}

/// What every row builder reads: the unified result and its stable IDs.
struct Cx<'a> {
    u: &'a Unified,
    ids: &'a StableIds,
}

impl Cx<'_> {
    fn src(&self, i: u16) -> &str {
        self.u.sources[i as usize].name.as_str()
    }
    fn pid(&self, i: u32) -> &str {
        self.ids.persons[i as usize].as_str()
    }
    fn fid(&self, i: u32) -> &str {
        self.ids.families[i as usize].as_str()
    }
}

/// Workers: from involvements first (they carry the team), then lead
/// workers named only by the lead-worker rules, then assessment authors.
fn workers(t: &mut Tables, u: &Unified) {
    for inv in &u.involvements {
        if let Some(name) = opt(&inv.worker) {
            t.add(
                WORKER,
                worker_id(&name, &inv.service),
                vec![Some(name), opt(&inv.team), s(&inv.service)],
            );
        }
    }
    for f in &u.families {
        if let Some((name, service)) = &f.lead_worker {
            t.add(
                WORKER,
                worker_id(name, service),
                vec![s(name.trim()), None, s(service)],
            );
        }
    }

    // Assessment authors last: a worker already known by name and service
    // keeps the team its involvements gave it.
    for a in &u.assessments {
        if let Some(name) = opt(&a.author) {
            let service = &u.sources[a.source as usize].service;
            t.add(
                WORKER,
                worker_id(&name, service),
                vec![Some(name), None, s(service)],
            );
        }
    }
}

fn persons(t: &mut Tables, u: &Unified, ids: &StableIds, range: std::ops::Range<usize>) {
    for (i, p) in u
        .persons
        .iter()
        .enumerate()
        .skip(range.start)
        .take(range.len())
    {
        t.add(
            PERSON,
            ids.persons[i].clone(),
            vec![
                p.given_name.clone(),
                p.middle_names.clone(),
                p.family_name.clone(),
                p.dob.map(|d| d.to_string()),
                p.sex.map(|x| format!("{x:?}")),
                p.ethnicity.clone(),
                p.nhs_number.clone(),
                p.upn.clone(),
                p.postcode.clone(),
                s(p.role.as_str()),
            ],
        );
    }
}

/// Families, their members and relationships, their plan and its items.
fn families(t: &mut Tables, cx: &Cx, range: std::ops::Range<usize>) {
    let (u, ids) = (cx.u, cx.ids);
    let src = |i: u16| cx.src(i);
    let pid = |i: u32| cx.pid(i);
    for (i, f) in u
        .families
        .iter()
        .enumerate()
        .skip(range.start)
        .take(range.len())
    {
        let family = ids.families[i].as_str();
        let lead = f.lead_worker.as_ref().map(|(n, sv)| worker_id(n, sv));
        t.add(
            FAMILY,
            family.to_string(),
            vec![lead.clone(), flag(f.lead_conflict)],
        );

        for &(p, role) in &f.members {
            t.add(
                FAMILY_MEMBERSHIP,
                nid("FM", &[family, pid(p)]),
                vec![s(family), s(pid(p)), s(role.as_str())],
            );
        }
        relationships(t, family, &f.members, &pid);

        // One plan per family with open work; its items are the open
        // involvements of every service.
        let open: Vec<usize> = f
            .involvements
            .iter()
            .map(|&x| x as usize)
            .filter(|&x| u.involvements[x].is_open())
            .collect();
        if !open.is_empty() {
            let plan = plan_id(family);
            let start = open
                .iter()
                .filter_map(|&x| date(&u.involvements[x].start))
                .min();
            t.add(PLAN, plan.clone(), vec![s(family), lead, s("open"), start]);
            for x in open {
                let inv = &u.involvements[x];
                let inv_id = nid("I", &[src(inv.source), &inv.key]);
                let worker = opt(&inv.worker).map(|w| worker_id(&w, &inv.service));
                t.add(
                    PLAN_ITEM,
                    nid("PI", &[&plan, &inv_id]),
                    vec![
                        s(&plan),
                        Some(inv_id),
                        s(&inv.service),
                        worker,
                        date(&inv.start),
                        s("open"),
                    ],
                );
            }
        }
    }
}

/// The links between families.
fn family_links(t: &mut Tables, cx: &Cx) {
    for l in &cx.u.family_links {
        let (a, b, via) = (cx.fid(l.family_a), cx.fid(l.family_b), cx.pid(l.via_person));
        t.add(
            FAMILY_LINK,
            nid("FL", &[a, b, via]),
            vec![s(a), s(b), s(via)],
        );
    }
}

/// One source person record: its linked identifiers, its address and its
/// lineage.
fn person_record(t: &mut Tables, cx: &Cx, r: usize) {
    let (u, rec) = (cx.u, &cx.u.records[r]);
    let pid = |i: u32| cx.pid(i);
    let fid = |i: u32| cx.fid(i);
    let st = &rec.staged;
    let source = cx.src(st.source);
    let person = pid(u.record_person[r]);
    let family = u.record_family[r].map(fid);

    // Linked identifiers: the checked national ones with their status,
    // then everything else the source holds, including its family key.
    let mut idents: Vec<(&str, String, Option<&str>)> = Vec::new();
    for (kind, ident) in [
        ("nhs_number", &rec.nhs_number),
        ("upn", &rec.upn),
        ("nino", &rec.extra().nino),
    ] {
        if let Some(ident) = ident {
            idents.push((kind, ident.value.clone(), Some(status_str(ident.status))));
        }
    }
    if let Some(uprn) = opt(&st.extra().uprn) {
        idents.push(("uprn", uprn, None));
    }
    if let Some(fk) = opt(&st.family_key) {
        idents.push(("family_key", fk, None));
    }
    for (kind, value) in &st.extra().identifiers {
        idents.push((kind.as_str(), value.trim().to_string(), None));
    }
    for (kind, value, status) in idents {
        if value.is_empty() {
            continue;
        }
        t.add(
            LINKED_IDENTIFIER,
            nid("LI", &[source, &st.key, kind, &value]),
            vec![
                s(person),
                s(kind),
                Some(value),
                status.map(str::to_string),
                s(source),
                s(&st.key),
                None,
                None,
            ],
        );
    }

    // Address: one row per distinct address (by UPRN when held, else by
    // its normalised text); the link from this record to it carries the
    // source. Legacy records hold no address dates.
    let lines: Vec<&str> = st
        .address_lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    let lines = (!lines.is_empty()).then(|| lines.join(", "));
    let town = opt(&st.town);
    let postcode = rec
        .postcode
        .as_ref()
        .map(|p| p.value.clone())
        .or_else(|| opt(&st.postcode));
    let uprn = opt(&st.extra().uprn);
    if lines.is_some() || town.is_some() || postcode.is_some() || uprn.is_some() {
        let address = match &uprn {
            Some(uprn) => nid("A", &["uprn", uprn]),
            None => {
                let norm = |v: &Option<String>| {
                    v.as_deref()
                        .unwrap_or("")
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .to_lowercase()
                };
                nid(
                    "A",
                    &["text", &norm(&lines), &norm(&town), &norm(&postcode)],
                )
            }
        };
        t.add(ADDRESS, address.clone(), vec![lines, town, postcode, uprn]);
        t.add(
            PERSON_ADDRESS,
            nid("PA", &[source, &st.key]),
            vec![s(person), Some(address), s(source), s(&st.key), None, None],
        );
    }

    t.add(
        LINEAGE,
        nid("L", &["person", source, &st.key]),
        lineage_values(
            "person",
            source,
            &st.key,
            &st.position,
            &st.row_hash,
            Some(person.to_string()),
            family.map(str::to_string),
            (Some(st.key.as_str()), st.family_key.as_deref()),
        ),
    );
}

/// The rows of one attached record kind beside its lineage row.
trait KindRows: Attached {
    /// Add the record's own rows (its table and any child tables).
    fn add_rows(&self, t: &mut Tables, cx: &Cx, at: RowAt);
}

/// Where record `i` of its kind sits: its source's name and the unified
/// family and person it was attached to.
struct RowAt<'a> {
    i: usize,
    source: &'a str,
    family: Option<String>,
    person: Option<String>,
}

/// Every record of one kind: its rows, then its lineage.
fn kind_rows<R: KindRows>(t: &mut Tables, cx: &Cx, range: std::ops::Range<usize>) {
    let a = R::in_unified(cx.u);
    for (i, r) in a
        .records
        .iter()
        .enumerate()
        .skip(range.start)
        .take(range.len())
    {
        let source = cx.src(r.source());
        let family = a
            .family
            .get(i)
            .copied()
            .flatten()
            .map(|f| cx.fid(f).to_string());
        let person = a
            .person
            .get(i)
            .copied()
            .flatten()
            .map(|p| cx.pid(p).to_string());
        let at = RowAt {
            i,
            source,
            family: family.clone(),
            person: person.clone(),
        };
        r.add_rows(t, cx, at);
        t.add(
            LINEAGE,
            nid("L", &[R::KIND, source, r.key()]),
            lineage_values(
                R::KIND,
                source,
                r.key(),
                r.position(),
                r.row_hash(),
                person,
                family,
                (r.person_key(), r.family_key()),
            ),
        );
    }
}

impl KindRows for Involvement {
    fn add_rows(&self, t: &mut Tables, _: &Cx, at: RowAt) {
        let inv = self;
        let source = at.source;
        let id = nid("I", &[source, &inv.key]);
        let worker = opt(&inv.worker).map(|w| worker_id(&w, &inv.service));
        t.add(
            INVOLVEMENT,
            id,
            vec![
                at.family,
                at.person,
                s(&inv.service),
                date(&inv.start),
                date(&inv.end),
                code(&inv.status),
                raw(&inv.status),
                flag(inv.is_open()),
                worker,
                opt(&inv.team),
                code(&inv.reason),
                raw(&inv.reason),
                code(&inv.end_reason),
                raw(&inv.end_reason),
                (!inv.outcomes.is_empty()).then(|| inv.outcomes.join(";")),
                s(source),
                s(&inv.key),
                s(&inv.row_hash),
            ],
        );
    }
}

impl KindRows for Referral {
    fn add_rows(&self, t: &mut Tables, _: &Cx, at: RowAt) {
        let rf = self;
        let source = at.source;
        t.add(
            REFERRAL,
            nid("RF", &[source, &rf.key]),
            vec![
                at.family,
                at.person,
                date(&rf.date),
                code(&rf.referral_source),
                raw(&rf.referral_source),
                code(&rf.reason),
                raw(&rf.reason),
                code(&rf.outcome),
                raw(&rf.outcome),
                s(source),
                s(&rf.key),
                s(&rf.row_hash),
            ],
        );
    }
}

impl KindRows for Assessment {
    fn add_rows(&self, t: &mut Tables, cx: &Cx, at: RowAt) {
        let service = &cx.u.sources[self.source as usize].service;
        assessment_rows(t, self, at.source, service, at.family, at.person);
    }
}

impl KindRows for Consent {
    fn add_rows(&self, t: &mut Tables, cx: &Cx, at: RowAt) {
        let c = self;
        let source = at.source;
        let given_by =
            cx.u.consent_given_by
                .get(at.i)
                .copied()
                .flatten()
                .map(|p| cx.pid(p).to_string());
        t.add(
            CONSENT,
            nid("CN", &[source, &c.key]),
            vec![
                at.family,
                at.person,
                given_by,
                opt(&c.given_by),
                code(&c.scope),
                raw(&c.scope),
                date(&c.given),
                date(&c.withdrawn),
                s(source),
                s(&c.key),
                s(&c.row_hash),
            ],
        );
    }
}

/// Reviewers' decisions, keyed like the decisions file (kind and records).
fn decisions(t: &mut Tables, u: &Unified) {
    for d in &u.decisions {
        let split = |spec: &str| match crate::review::split_record(spec) {
            Some((s, k)) => (s.to_string(), k.to_string()),
            None => (String::new(), String::new()),
        };
        let ((a_source, a_key), (b_source, b_key)) = (split(&d.left), split(&d.right));
        let decision = match &d.action {
            crate::review::Action::Person(v) => v.as_str().to_string(),
            crate::review::Action::LeadWorker(w) => format!("lead_worker:{w}"),
            other => other.kind().to_string(),
        };
        t.add(
            REVIEW_DECISION,
            nid("RD", &[d.action.kind(), &d.left, &d.right]),
            vec![
                Some(a_source),
                Some(a_key),
                Some(b_source),
                Some(b_key),
                Some(decision),
                opt(&Some(d.reviewer.clone())),
                opt(&Some(d.decided_at.clone())),
                opt(&Some(d.comment.clone())),
            ],
        );
    }
}

/// An assessment's row and one `assessment_need` row per distinct need
/// (by code, or by raw value when it maps to no factor).
fn assessment_rows(
    t: &mut Tables,
    a: &crate::model::Assessment,
    source: &str,
    service: &str,
    family: Option<String>,
    person: Option<String>,
) {
    let id = nid("AS", &[source, &a.key]);
    let needs_raw: Vec<&str> = a.needs.iter().map(|n| n.raw.as_str()).collect();
    t.add(
        ASSESSMENT,
        id.clone(),
        vec![
            family,
            person,
            code(&a.assessment_type),
            raw(&a.assessment_type),
            date(&a.started),
            date(&a.completed),
            code(&a.status),
            raw(&a.status),
            opt(&a.author).map(|w| worker_id(&w, service)),
            opt(&a.organisation),
            (!needs_raw.is_empty()).then(|| needs_raw.join(";")),
            s(source),
            s(&a.key),
            s(&a.row_hash),
        ],
    );
    for n in &a.needs {
        let which = n.code.as_deref().unwrap_or(&n.raw);
        t.add(
            ASSESSMENT_NEED,
            nid("AN", &[source, &a.key, which]),
            vec![s(&id), n.code.clone(), s(&n.raw), s(source), s(&a.key)],
        );
    }
}

#[allow(clippy::too_many_arguments)] // one lineage row's columns, named
fn lineage_values(
    kind: &str,
    source: &str,
    key: &str,
    pos: &crate::model::Position,
    row_hash: &str,
    person: Option<String>,
    family: Option<String>,
    grouping: (Option<&str>, Option<&str>),
) -> Vec<Option<String>> {
    vec![
        s(kind),
        s(source),
        s(key),
        (!pos.sheet.is_empty()).then(|| pos.sheet.clone()),
        Some(pos.row.to_string()),
        pos.slot.map(|x| x.to_string()),
        s(row_hash),
        person,
        family,
        opt_str(grouping.0),
        opt_str(grouping.1),
    ]
}

/// Relationships inferred from roles within one family, both directions:
/// a parent or carer to each child (and the child back), children to each
/// other as siblings, and the parents and carers to each other as partners.
/// Other adults and unknown roles get none: nothing says how they relate.
fn relationships<'a>(
    t: &mut Tables,
    family: &str,
    members: &[(u32, Role)],
    pid: &impl Fn(u32) -> &'a str,
) {
    let parents: Vec<(&str, Role)> = members
        .iter()
        .filter(|(_, r)| matches!(r, Role::Parent | Role::Carer))
        .map(|&(p, r)| (pid(p), r))
        .collect();
    let children: Vec<&str> = members
        .iter()
        .filter(|(_, r)| *r == Role::Child)
        .map(|&(p, _)| pid(p))
        .collect();
    let mut add = |a: &str, b: &str, kind: &str| {
        if a != b {
            t.add(
                RELATIONSHIP,
                nid("R", &[family, a, b]),
                vec![s(family), s(a), s(b), s(kind), s("inferred:family_roles")],
            );
        }
    };
    for &(p, role) in &parents {
        for &c in &children {
            add(p, c, role.as_str());
            add(c, p, "child");
        }
    }
    for &a in &children {
        for &b in &children {
            add(a, b, "sibling");
        }
    }
    for &(a, _) in &parents {
        for &(b, _) in &parents {
            add(a, b, "partner");
        }
    }
}

#[cfg(test)]
#[path = "rows_tests.rs"]
mod tests;
