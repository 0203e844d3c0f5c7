//! Resolving a mapping's record sections: the person (with repeated
//! slots), involvements, referrals, assessments and consents, each into its
//! checked `RecordMapping`, and the closed code lists their fields map to.

use super::*;

pub(super) fn resolve_person(cx: &mut Cx, p: S<RawPerson>) -> Option<PersonMapping> {
    let span = p.span();
    let p = p.into_inner();
    let key = match p.key {
        Some(k) => field(cx, "key", FieldKind::Text, true, k),
        None => {
            cx.err(span.clone(), "[person] needs `key`");
            None
        }
    };
    let mut fields = Vec::new();
    let mut add = |cx: &mut Cx, id: PersonField, name: &str, raw: Option<S<RawField>>| {
        if let Some(r) = raw {
            let template_default = id == PersonField::Family;
            if let Some(f) = field(cx, name, id.kind(), template_default, r) {
                fields.push((id, f));
            }
        }
    };
    add(cx, PersonField::Family, "family", p.family);
    add(cx, PersonField::Role, "role", p.role);
    add(cx, PersonField::Title, "title", p.title);
    add(cx, PersonField::GivenNames, "given_names", p.given_names);
    add(cx, PersonField::FamilyName, "family_name", p.family_name);
    add(cx, PersonField::Name, "name", p.name);
    add(cx, PersonField::OtherNames, "other_names", p.other_names);
    add(cx, PersonField::KnownAs, "known_as", p.known_as);
    add(cx, PersonField::Dob, "dob", p.dob);
    add(cx, PersonField::Sex, "sex", p.sex);
    add(cx, PersonField::Ethnicity, "ethnicity", p.ethnicity);
    add(cx, PersonField::NhsNumber, "nhs_number", p.nhs_number);
    add(cx, PersonField::Upn, "upn", p.upn);
    add(cx, PersonField::Nino, "nino", p.nino);
    add(cx, PersonField::Uprn, "uprn", p.uprn);
    if let Some(lines) = p.address {
        for l in lines.into_inner() {
            add(cx, PersonField::Address, "address", Some(l));
        }
    }
    add(cx, PersonField::Town, "town", p.town);
    add(cx, PersonField::Postcode, "postcode", p.postcode);
    add(cx, PersonField::Phone, "phone", p.phone);
    add(cx, PersonField::Email, "email", p.email);
    add(cx, PersonField::ParentText, "parent_text", p.parent_text);
    let mut identifiers = Vec::new();
    for (ty, raw) in p.identifiers {
        let label = format!("identifiers.{ty}");
        if ty.trim().is_empty() {
            cx.err(raw.span(), "an identifier type is empty");
            continue;
        }
        if let Some(f) = field(cx, &label, FieldKind::Text, false, raw) {
            identifiers.push((ty, f));
        }
    }
    let repeat = p.repeat.and_then(|r| {
        let line = cx.line(r.span());
        let r = r.into_inner();
        // `blocks` says the same as `slots`, in a tracker's words.
        let n = match (&r.slots, &r.blocks) {
            (Some(n), None) | (None, Some(n)) => n,
            (Some(_), Some(b)) => {
                cx.err(b.span(), "give `slots` or `blocks`, not both");
                return None;
            }
            (None, None) => {
                cx.err(span.clone(), "[person.repeat] needs `slots` (or `blocks`)");
                return None;
            }
        };
        let slots = match u16::try_from(*n.get_ref()) {
            Ok(n) if (1..=1000).contains(&n) => n,
            _ => {
                cx.err(n.span(), "slots must be between 1 and 1000");
                return None;
            }
        };
        let mut when_any = Vec::new();
        for c in r.when_any {
            let col = ColName::new(c.get_ref());
            if !col.slotted {
                cx.err(
                    c.span(),
                    format!("when_any column {:?} has no {{n}}", c.get_ref()),
                );
            }
            when_any.push(col);
        }
        Some(Repeat {
            slots,
            when_any,
            line,
        })
    });
    let key = key?;
    if let Some(r) = &repeat {
        if !key.uses_slot() {
            let line = key.line;
            cx.errors.push(Error::config(
                cx.file,
                line,
                "with [person.repeat], the person key must use {n} (e.g. \"{Family Ref}#{n}\") or a {n} column so each slot has its own key",
            ));
        }
        let _ = r;
    }
    Some(PersonMapping {
        key,
        fields,
        identifiers,
        repeat,
    })
}

pub(super) fn resolve_involvement(
    cx: &mut Cx,
    r: S<RawInvolvement>,
) -> Option<RecordMapping<InvolvementField>> {
    let span = r.span();
    let line = cx.line(span.clone());
    let r = r.into_inner();
    let key = match r.key {
        Some(k) => field(cx, "involvement.key", FieldKind::Text, true, k),
        None => {
            cx.err(span, "[[involvement]] needs `key`");
            None
        }
    };
    let mut fields = Vec::new();
    let list = [
        (InvolvementField::Person, "person", r.person),
        (InvolvementField::Family, "family", r.family),
        (InvolvementField::Start, "start", r.start),
        (InvolvementField::End, "end", r.end),
        (InvolvementField::Status, "status", r.status),
        (InvolvementField::Worker, "worker", r.worker),
        (InvolvementField::Team, "team", r.team),
        (InvolvementField::Reason, "reason", r.reason),
        (InvolvementField::EndReason, "end_reason", r.end_reason),
        (InvolvementField::Outcomes, "outcomes", r.outcomes),
        (InvolvementField::Service, "service", r.service),
    ];
    for (id, name, raw) in list {
        if let Some(raw) = raw {
            let template = matches!(id, InvolvementField::Person | InvolvementField::Family);
            if let Some(f) = field(cx, &format!("involvement.{name}"), id.kind(), template, raw) {
                fields.push((id, f));
            }
        }
    }
    Some(RecordMapping {
        key: key?,
        fields,
        when_any: Vec::new(),
        when: resolve_when(cx, r.when),
        line,
    })
}

pub(super) fn resolve_referral(
    cx: &mut Cx,
    r: S<RawReferral>,
) -> Option<RecordMapping<ReferralField>> {
    let span = r.span();
    let line = cx.line(span.clone());
    let r = r.into_inner();
    let key = match r.key {
        Some(k) => field(cx, "referral.key", FieldKind::Text, true, k),
        None => {
            cx.err(span, "[[referral]] needs `key`");
            None
        }
    };
    let mut fields = Vec::new();
    let list = [
        (ReferralField::Person, "person", r.person),
        (ReferralField::Family, "family", r.family),
        (ReferralField::Date, "date", r.date),
        (
            ReferralField::ReferralSource,
            "referral_source",
            r.referral_source,
        ),
        (ReferralField::Reason, "reason", r.reason),
        (ReferralField::Outcome, "outcome", r.outcome),
    ];
    for (id, name, raw) in list {
        if let Some(raw) = raw {
            let template = matches!(id, ReferralField::Person | ReferralField::Family);
            if let Some(f) = field(cx, &format!("referral.{name}"), id.kind(), template, raw) {
                fields.push((id, f));
            }
        }
    }
    Some(RecordMapping {
        key: key?,
        fields,
        when_any: Vec::new(),
        when: resolve_when(cx, r.when),
        line,
    })
}

/// The key of an `[[assessment]]` or `[[consent]]` (`what`: the section).
pub(super) fn record_key(
    cx: &mut Cx,
    what: &str,
    span: Range<usize>,
    key: Option<S<RawField>>,
) -> Option<FieldMapping> {
    match key {
        Some(k) => field(cx, &format!("{what}.key"), FieldKind::Text, true, k),
        None => {
            cx.err(span, format!("[[{what}]] needs `key`"));
            None
        }
    }
}

pub(super) fn resolve_assessment(
    cx: &mut Cx,
    r: S<RawAssessment>,
) -> Option<RecordMapping<AssessmentField>> {
    let span = r.span();
    let line = cx.line(span.clone());
    let r = r.into_inner();
    let key = record_key(cx, "assessment", span, r.key);
    for (name, v) in [("summary", r.summary), ("notes", r.notes)] {
        if let Some(v) = v {
            cx.err(
                v.span(),
                format!(
                    "`assessment.{name}` is not carried: an assessment's free text may hold \
                     personal data the unified record does not need; remove it"
                ),
            );
        }
    }
    let mut raws = vec![
        (AssessmentField::Person, "person", r.person),
        (AssessmentField::Family, "family", r.family),
        (AssessmentField::Type, "type", r.assessment_type),
        (AssessmentField::Started, "started", r.started),
        (AssessmentField::Completed, "completed", r.completed),
        (AssessmentField::Status, "status", r.status),
        (AssessmentField::Author, "author", r.author),
        (
            AssessmentField::Organisation,
            "organisation",
            r.organisation,
        ),
    ];
    if let Some(needs) = r.needs {
        let span = needs.span();
        match needs.into_inner() {
            RawFields::One(f) => {
                raws.push((AssessmentField::Needs, "needs", Some(S::new(span, f))))
            }
            RawFields::Many(list) if list.is_empty() => {
                cx.err(span, "`assessment.needs` is an empty list");
            }
            RawFields::Many(list) => raws.extend(
                list.into_iter()
                    .map(|f| (AssessmentField::Needs, "needs", Some(f))),
            ),
        }
    }
    let fields = record_fields(cx, "assessment", raws, AssessmentField::kind, |id| {
        matches!(id, AssessmentField::Person | AssessmentField::Family)
    });
    let when_any = when_any(cx, "assessment", r.when_any);
    Some(RecordMapping {
        key: key?,
        fields,
        when_any,
        when: resolve_when(cx, r.when),
        line,
    })
}

pub(super) fn resolve_consent(
    cx: &mut Cx,
    r: S<RawConsent>,
) -> Option<RecordMapping<ConsentField>> {
    let span = r.span();
    let line = cx.line(span.clone());
    let r = r.into_inner();
    let key = record_key(cx, "consent", span.clone(), r.key);
    if r.person.is_none() && r.family.is_none() {
        cx.err(
            span,
            "[[consent]] needs `person` or `family`: a consent is given for someone",
        );
    }
    let list = [
        (ConsentField::Person, "person", r.person),
        (ConsentField::Family, "family", r.family),
        (ConsentField::GivenBy, "given_by", r.given_by),
        (ConsentField::Scope, "scope", r.scope),
        (ConsentField::Given, "given", r.given),
        (ConsentField::Withdrawn, "withdrawn", r.withdrawn),
    ];
    let fields = record_fields(cx, "consent", list.into(), ConsentField::kind, |id| {
        matches!(
            id,
            ConsentField::Person | ConsentField::Family | ConsentField::GivenBy
        )
    });
    let when_any = when_any(cx, "consent", r.when_any);
    Some(RecordMapping {
        key: key?,
        fields,
        when_any,
        when: resolve_when(cx, r.when),
        line,
    })
}

/// The named fields of an `[[assessment]]` or `[[consent]]`, resolved;
/// those `template` picks are read as templates by default (keys).
pub(super) fn record_fields<F: Copy>(
    cx: &mut Cx,
    what: &str,
    raws: Vec<(F, &str, Option<S<RawField>>)>,
    kind: impl Fn(F) -> FieldKind,
    template: impl Fn(F) -> bool,
) -> Vec<(F, FieldMapping)> {
    raws.into_iter()
        .filter_map(|(id, name, raw)| {
            let f = field(cx, &format!("{what}.{name}"), kind(id), template(id), raw?)?;
            Some((id, f))
        })
        .collect()
}

/// `when_any` of an `[[assessment]]` or `[[consent]]`: plain column names.
pub(super) fn when_any(cx: &mut Cx, what: &str, cols: Vec<S<String>>) -> Vec<ColName> {
    let mut out = Vec::new();
    for c in cols {
        if c.get_ref().trim().is_empty() {
            cx.err(c.span(), format!("`{what}.when_any` names an empty column"));
            continue;
        }
        out.push(ColName::new(c.get_ref()));
    }
    out
}

/// Assessment factors (the CIN census list many councils borrow for Early
/// Help needs): 1–6 with A child, B parent or carer, C other household
/// member; the rest as the census numbers them.
pub const ASSESSMENT_FACTORS: &[&str] = &[
    "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C", "6A",
    "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A", "15A",
    "16A", "17A", "18B", "18C", "19B", "19C", "20", "21", "22A", "23A", "24A",
];

/// What a consent covers.
pub const CONSENT_SCOPES: &[&str] = &["assessment", "information_sharing", "both"];

/// CIN census referral source codes.
pub(super) const CIN_REFERRAL_SOURCES: &[&str] = &[
    "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C",
    "5D", "6", "7", "8", "9", "10",
];
pub(super) const END_REASONS: &[&str] = &[
    "outcomes_met",
    "stepped_up",
    "stepped_down",
    "consent_withdrawn",
    "not_engaging",
    "moved_away",
    "transferred",
    "aged_out",
    "died",
    "other",
];

/// The canonical values a field's codes may map to, when the list is closed.
pub(super) fn canonical_values(name: &str) -> Option<&'static [&'static str]> {
    match name {
        "sex" => Some(&["F", "M", "U"]),
        "role" => Some(&["child", "parent", "carer", "other_adult", "unknown"]),
        "involvement.status" => Some(&["open", "closed"]),
        "involvement.end_reason" => Some(END_REASONS),
        "referral.referral_source" => Some(CIN_REFERRAL_SOURCES),
        "assessment.needs" => Some(ASSESSMENT_FACTORS),
        "consent.scope" => Some(CONSENT_SCOPES),
        _ => None,
    }
}
