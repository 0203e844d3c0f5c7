//! Unify: the domain step between standardising and loading. Standardise
//! every staged person, link them into unified persons, form families, and
//! attach every other record kind (involvements, referrals, assessments,
//! consents) to the person and family it belongs to; then replay the
//! reviewers' family overrides. What comes out is the `Unified` result that
//! load writes and report describes. No clap types, no printing: commands and
//! the pipeline call it.

use crate::link;
use crate::model::{
    Assessment, Attached, Attachment, Consent, Involvement, Person, Record, Referral,
    SourceExtract, SourceInfo, Unified,
};
use rayon::prelude::*;

/// Staged persons standardised at a time: enough for rayon to share out,
/// a few percent of a million-record estate.
const STANDARDISE_CHUNK: usize = 1 << 15;

/// Standardise every staged person, in parallel, keeping source and row order.
///
/// Memory, not time, shapes this: a `Person` holds its `StagedPerson`, so
/// converting a whole source at once would keep the staged buffer and the
/// standardised one alive together, the largest two allocations of a run.
/// The records are converted from the last source's end backwards, a chunk
/// at a time, each record moved out of the staged buffer and written
/// straight into its place in one vector sized once, and each source's
/// staged buffer is shrunk when it is less than half full (the allocator
/// copies a buffer it shrinks by more than half, so less often would free
/// nothing), then released. (Collecting each chunk, reversing it, appending
/// it and reversing the whole at the end moved every record three more
/// times: at a million records, gigabytes of copying.)
pub fn standardise_all(
    extracts: &mut [SourceExtract],
    reference: chrono::NaiveDate,
) -> Vec<Person> {
    let total: usize = extracts.iter().map(|x| x.persons.len()).sum();
    let mut records: Vec<Person> = Vec::with_capacity(total);
    let slots = &mut records.spare_capacity_mut()[..total];
    // Every slot from `end` on has been written.
    let mut end = total;
    for x in extracts.iter_mut().rev() {
        let mut staged = std::mem::take(&mut x.persons);
        while !staged.is_empty() {
            let at = staged.len().saturating_sub(STANDARDISE_CHUNK);
            let n = staged.len() - at;
            staged
                .par_drain(at..)
                .zip(slots[end - n..end].par_iter_mut())
                .for_each(|(s, slot)| {
                    slot.write(crate::standardise::person(s, reference));
                });
            end -= n;
            crate::memory::release_spare(&mut staged);
        }
    }
    assert_eq!(end, 0, "every staged person standardised");
    // SAFETY: the first `total` slots were each written exactly once above
    // (the chunks of every source, last to first, cover `0..total` without
    // overlapping), so they hold initialised `Person`s.
    unsafe { records.set_len(total) };
    crate::memory::release();
    records
}

/// One kind of staged record from every source, moved out of the extracts
/// (source, then row order).
fn take_all<R: Record>(extracts: &mut [SourceExtract]) -> Vec<R> {
    extracts
        .iter_mut()
        .flat_map(|x| std::mem::take(R::in_extract(x)))
        .collect()
}

/// Look-ups from a source's own person and family keys to the record and
/// the unified family they name.
#[derive(Default)]
struct KeyIndex<'r> {
    by_person_key: crate::FastMap<(u16, &'r str), u32>,
    by_family_key: crate::FastMap<(u16, &'r str), u32>,
}

impl<'r> KeyIndex<'r> {
    fn new(records: &'r [Person], record_family: &[Option<u32>]) -> Self {
        let mut by_person_key = crate::FastMap::default();
        let mut by_family_key = crate::FastMap::default();
        for (r, rec) in records.iter().enumerate() {
            by_person_key
                .entry((rec.source(), rec.key()))
                .or_insert(r as u32);
            if let (Some(fk), Some(f)) = (rec.staged.family_key.as_deref(), record_family[r]) {
                by_family_key.entry((rec.source(), fk)).or_insert(f);
            }
        }
        KeyIndex {
            by_person_key,
            by_family_key,
        }
    }

    /// The unified person and family a record's keys name: its family key's
    /// grouping, or else its person's family.
    fn resolve(
        &self,
        labels: &[u32],
        record_family: &[Option<u32>],
        source: u16,
        person_key: Option<&str>,
        family_key: Option<&str>,
    ) -> (Option<u32>, Option<u32>) {
        let record = person_key.and_then(|k| self.by_person_key.get(&(source, k)).copied());
        let person = record.map(|r| labels[r as usize]);
        let family = family_key
            .and_then(|k| self.by_family_key.get(&(source, k)).copied())
            .or_else(|| record.and_then(|r| record_family[r as usize]));
        (person, family)
    }

    /// Every record of one kind from the extracts, with its person and family.
    fn attach<R: Attached>(
        &self,
        extracts: &mut [SourceExtract],
        labels: &[u32],
        record_family: &[Option<u32>],
    ) -> Attachment<R> {
        let records: Vec<R> = take_all(extracts);
        let (person, family) = records
            .iter()
            .map(|r| {
                self.resolve(
                    labels,
                    record_family,
                    r.source(),
                    r.person_key(),
                    r.family_key(),
                )
            })
            .unzip();
        Attachment {
            records,
            person,
            family,
        }
    }
}

/// Link persons and families, and attach every other record kind to them.
pub fn unify(
    sources: Vec<SourceInfo>,
    records: Vec<Person>,
    extracts: &mut [SourceExtract],
    settings: &link::settings::Settings,
    options: &link::LinkOptions,
) -> crate::error::Result<(Unified, link::PersonClusters)> {
    let clusters = link::link_persons(&records, settings, options)?;
    // The candidate pairs and their scores are freed: their pages for families.
    crate::memory::release();
    let unified = unify_clusters(
        sources,
        records,
        extracts,
        settings,
        clusters.labels.clone(),
        clusters.count,
    );
    Ok((unified, clusters))
}

/// `unify` from person clusters already formed (`labels`: the cluster of
/// each record, `count` clusters): a stored link's, for `load`.
pub fn unify_clusters(
    sources: Vec<SourceInfo>,
    records: Vec<Person>,
    extracts: &mut [SourceExtract],
    settings: &link::settings::Settings,
    labels: Vec<u32>,
    count: usize,
) -> Unified {
    let members = link::unify::members(&labels, count);
    let persons = link::unify::unify_persons(&records, &sources, &members);
    let dates = link::family_place::record_dates(&records, extracts);
    let fams = link::family::form_dated(
        &records,
        &labels,
        &persons,
        &sources,
        &settings.family,
        &dates,
    );
    drop(dates);
    // An estate of person records alone has nothing to attach: no index of
    // every record's key (at 1M records, 60 MB and a quarter of a second).
    let attached = extracts.iter().any(|x| {
        !(x.involvements.is_empty()
            && x.referrals.is_empty()
            && x.assessments.is_empty()
            && x.consents.is_empty())
    });
    let index = if attached {
        KeyIndex::new(&records, &fams.record_family)
    } else {
        KeyIndex::default()
    };
    let record_family = &fams.record_family;
    let involvements: Attachment<Involvement> = index.attach(extracts, &labels, record_family);
    let referrals: Attachment<Referral> = index.attach(extracts, &labels, record_family);
    let assessments: Attachment<Assessment> = index.attach(extracts, &labels, record_family);
    let consents: Attachment<Consent> = index.attach(extracts, &labels, record_family);
    // `given_by` is a person key of the same source or a role: only a key
    // that finds a record names a person.
    let consent_given_by: Vec<_> = consents
        .records
        .iter()
        .map(|c| {
            index
                .resolve(
                    &labels,
                    record_family,
                    c.source,
                    c.given_by.as_deref(),
                    None,
                )
                .0
        })
        .collect();
    drop(index);
    let mut fams = fams;
    fams.formation.free_text_parents = link::family::free_text_parents(
        &records,
        &labels,
        &fams.record_family,
        &persons,
        &fams.families,
    );
    let mut families = fams.families;
    link::family::assign_involvements(
        &mut families,
        &involvements.records,
        &involvements.family,
        &settings.family,
    );
    let mut unified = Unified {
        sources,
        record_person: labels,
        record_family: fams.record_family,
        persons,
        families,
        family_links: fams.links,
        family_formation: fams.formation,
        consent_given_by,
        records,
        ..Unified::default()
    };
    Involvement::put(&mut unified, involvements);
    Referral::put(&mut unified, referrals);
    Assessment::put(&mut unified, assessments);
    Consent::put(&mut unified, consents);
    flag_implausible(&mut unified, settings);
    unified
}

/// Flag the families no real family could be, for a person to split.
fn flag_implausible(unified: &mut Unified, settings: &link::settings::Settings) {
    unified.family_formation.implausible =
        link::family_checks::implausible(&unified.families, &unified.persons, &settings.family);
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
) -> crate::error::Result<(Unified, link::PersonClusters)> {
    let (mut unified, clusters) = unify(sources, records, extracts, settings, options)?;
    review_families(&mut unified, settings, replay);
    Ok((unified, clusters))
}

/// `unify_clusters`, then the reviewers' family overrides, as
/// `unify_reviewed` applies them: what `load` does with a stored link.
pub fn unify_clusters_reviewed(
    sources: Vec<SourceInfo>,
    records: Vec<Person>,
    extracts: &mut [SourceExtract],
    settings: &link::settings::Settings,
    (labels, count): (Vec<u32>, usize),
    replay: &mut crate::review::Replay,
) -> Unified {
    let mut unified = unify_clusters(sources, records, extracts, settings, labels, count);
    review_families(&mut unified, settings, replay);
    unified
}

fn review_families(
    unified: &mut Unified,
    settings: &link::settings::Settings,
    replay: &mut crate::review::Replay,
) {
    replay.apply_families(unified, &settings.family);
    // Again after the overrides: a manager's split makes a family plausible.
    flag_implausible(unified, settings);
    replay.warn();
}
