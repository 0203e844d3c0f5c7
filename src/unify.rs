//! Unify: the domain step between standardising and loading. Standardise
//! every staged person, link them into unified persons, form families, and
//! attach every other record kind (involvements, referrals, assessments,
//! consents) to the person and family it belongs to; then replay the
//! reviewers' family overrides. What comes out is the `Unified` result that
//! load writes and report describes. No clap types, no printing: commands and
//! the pipeline call it.

use crate::link;
use crate::model::{Person, SourceExtract, SourceInfo, Unified};
use rayon::prelude::*;
use std::collections::HashMap;

/// Standardise every staged person, in parallel, keeping source and row order.
pub fn standardise_all(
    extracts: &mut [SourceExtract],
    reference: chrono::NaiveDate,
) -> Vec<Person> {
    let staged: Vec<_> = extracts
        .iter_mut()
        .flat_map(|x| std::mem::take(&mut x.persons))
        .collect();
    staged
        .into_par_iter()
        .map(|s| crate::standardise::person(s, reference))
        .collect()
}

/// One kind of staged record from every source, moved out of the extracts.
fn take_all<T>(
    extracts: &mut [SourceExtract],
    field: impl Fn(&mut SourceExtract) -> &mut Vec<T>,
) -> Vec<T> {
    extracts
        .iter_mut()
        .flat_map(|x| std::mem::take(field(x)))
        .collect()
}

/// Link persons and families, and attach every other record kind to them.
pub fn unify(
    sources: Vec<SourceInfo>,
    records: Vec<Person>,
    extracts: &mut [SourceExtract],
    settings: &link::settings::Settings,
    options: &link::LinkOptions,
) -> (Unified, link::PersonClusters) {
    let clusters = link::link_persons(&records, settings, options);
    let members = link::unify::members(&clusters.labels, clusters.count);
    let persons = link::unify::unify_persons(&records, &sources, &members);
    let fams = link::family::form(
        &records,
        &clusters.labels,
        &persons,
        &sources,
        &settings.family,
    );
    let involvements = take_all(extracts, |x| &mut x.involvements);
    let referrals = take_all(extracts, |x| &mut x.referrals);
    let assessments = take_all(extracts, |x| &mut x.assessments);
    let consents = take_all(extracts, |x| &mut x.consents);

    // Look-ups from a source's own keys to records and groupings.
    let mut by_person_key: HashMap<(u16, &str), u32> = HashMap::new();
    let mut by_family_key: HashMap<(u16, &str), u32> = HashMap::new();
    for (r, rec) in records.iter().enumerate() {
        by_person_key
            .entry((rec.source(), rec.key()))
            .or_insert(r as u32);
        if let (Some(fk), Some(f)) = (rec.staged.family_key.as_deref(), fams.record_family[r]) {
            by_family_key.entry((rec.source(), fk)).or_insert(f);
        }
    }
    let resolve = |source: u16, person_key: Option<&str>, family_key: Option<&str>| {
        let record = person_key.and_then(|k| by_person_key.get(&(source, k)).copied());
        let person = record.map(|r| clusters.labels[r as usize]);
        let family = family_key
            .and_then(|k| by_family_key.get(&(source, k)).copied())
            .or_else(|| record.and_then(|r| fams.record_family[r as usize]));
        (person, family)
    };
    let (involvement_person, involvement_family): (Vec<_>, Vec<_>) = involvements
        .iter()
        .map(|i| resolve(i.source, i.person_key.as_deref(), i.family_key.as_deref()))
        .unzip();
    let (referral_person, referral_family): (Vec<_>, Vec<_>) = referrals
        .iter()
        .map(|i| resolve(i.source, i.person_key.as_deref(), i.family_key.as_deref()))
        .unzip();
    let (assessment_person, assessment_family): (Vec<_>, Vec<_>) = assessments
        .iter()
        .map(|i| resolve(i.source, i.person_key.as_deref(), i.family_key.as_deref()))
        .unzip();
    let (consent_person, consent_family): (Vec<_>, Vec<_>) = consents
        .iter()
        .map(|i| resolve(i.source, i.person_key.as_deref(), i.family_key.as_deref()))
        .unzip();
    // `given_by` is a person key of the same source or a role: only a key
    // that finds a record names a person.
    let consent_given_by: Vec<_> = consents
        .iter()
        .map(|c| resolve(c.source, c.given_by.as_deref(), None).0)
        .collect();
    let mut fams = fams;
    fams.formation.free_text_parents = link::family::free_text_parents(
        &records,
        &clusters.labels,
        &fams.record_family,
        &persons,
        &fams.families,
    );
    let mut families = fams.families;
    link::family::assign_involvements(
        &mut families,
        &involvements,
        &involvement_family,
        &settings.family,
    );
    let unified = Unified {
        sources,
        record_person: clusters.labels.clone(),
        record_family: fams.record_family,
        persons,
        families,
        family_links: fams.links,
        family_formation: fams.formation,
        involvements,
        involvement_family,
        involvement_person,
        referrals,
        referral_family,
        referral_person,
        assessments,
        assessment_family,
        assessment_person,
        consents,
        consent_family,
        consent_person,
        consent_given_by,
        records,
        decisions: Vec::new(),
    };
    (unified, clusters)
}

/// `unify`, then the reviewers' family overrides: the one place they are
/// applied. What could not be applied goes to the log as counts.
pub fn unify_reviewed(
    sources: Vec<SourceInfo>,
    records: Vec<Person>,
    extracts: &mut [SourceExtract],
    settings: &link::settings::Settings,
    options: &link::LinkOptions,
    replay: &mut crate::review::Replay,
) -> (Unified, link::PersonClusters) {
    let (mut unified, clusters) = unify(sources, records, extracts, settings, options);
    replay.apply_families(&mut unified, &settings.family);
    replay.warn();
    (unified, clusters)
}
