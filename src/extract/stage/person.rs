//! A person record from a row: its key, fields and identifiers read
//! through the bound mapping, the rules that reject it (no key, a cell that
//! cannot be read, nothing that identifies anyone), and the duplicate-key
//! rule (a key seen before rejects the row, unless the same person is
//! repeated on a row that also stages another record).

use super::values::{coded, date_value, push_reject, role, single_col, text};
use super::{Cell, Stager};
use crate::mapping::{FieldKind, PersonField};
use crate::model::{Position, Reject, RejectReason, StagedPerson};
use std::hash::{BuildHasher, Hash, Hasher};

pub(super) enum PersonOutcome {
    Staged {
        key: String,
        family: Option<String>,
    },
    /// The same person again (same key, same cells): not staged twice.
    Repeat {
        key: String,
        family: Option<String>,
        reject: Reject,
    },
    Rejected,
}

impl Stager<'_> {
    /// Read a person's fields and identifiers into `sp`; Err: the column
    /// of the first cell that cannot be read.
    fn read_person(
        &mut self,
        pi: usize,
        cells: &[Cell],
        pos: &Position,
        sp: &mut StagedPerson,
    ) -> Result<(), u32> {
        let p = &self.persons[pi];
        for (id, bf) in &p.fields {
            let r = match id.kind() {
                FieldKind::Date => date_value(
                    bf,
                    cells,
                    &mut self.buf,
                    self.profile.as_mut(),
                    pos,
                    self.reference,
                )
                .map(|d| {
                    sp.dob = d;
                }),
                FieldKind::Coded => {
                    coded(bf, cells, &mut self.buf, self.profile.as_mut()).map(|c| match id {
                        PersonField::Sex => sp.sex = c,
                        _ => {
                            if c.is_some() {
                                sp.extra_mut().ethnicity = c;
                            }
                        }
                    })
                }
                FieldKind::Role => {
                    role(bf, cells, &mut self.buf, self.profile.as_mut()).map(|r| sp.role = r)
                }
                _ => text(bf, cells, &mut self.buf).map(|t| {
                    // `String`s where the load reads `String`s (family key,
                    // town, postcode, address), boxed text for the rest.
                    match id {
                        PersonField::Family => sp.family_key = t,
                        PersonField::Town => sp.town = t,
                        PersonField::Postcode => sp.postcode = t,
                        PersonField::Address => sp.address_lines.extend(t),
                        PersonField::GivenNames => sp.given_names = t.map(String::into_boxed_str),
                        PersonField::FamilyName => sp.family_name = t.map(String::into_boxed_str),
                        PersonField::NhsNumber => sp.nhs_number = t.map(String::into_boxed_str),
                        PersonField::Upn => sp.upn = t.map(String::into_boxed_str),
                        // What most records do not hold: boxed together,
                        // and only when a value is there.
                        _ => {
                            let Some(t) = t else { return };
                            let x = sp.extra_mut();
                            let slot = match id {
                                PersonField::Uprn => {
                                    x.uprn = Some(t);
                                    return;
                                }
                                PersonField::Title => &mut x.title,
                                PersonField::Name => {
                                    x.name_order = bf.f.order;
                                    x.single_name = bf.f.single;
                                    &mut x.full_name
                                }
                                PersonField::OtherNames => &mut x.other_names,
                                PersonField::KnownAs => &mut x.known_as,
                                PersonField::Nino => &mut x.nino,
                                PersonField::Phone => &mut x.phone,
                                PersonField::Email => &mut x.email,
                                PersonField::ParentText => &mut x.parent_text,
                                PersonField::Family
                                | PersonField::Town
                                | PersonField::Postcode
                                | PersonField::Address
                                | PersonField::GivenNames
                                | PersonField::FamilyName
                                | PersonField::NhsNumber
                                | PersonField::Upn
                                | PersonField::Role
                                | PersonField::Dob
                                | PersonField::Sex
                                | PersonField::Ethnicity => return,
                            };
                            *slot = Some(t.into_boxed_str());
                        }
                    }
                }),
            };
            r?;
        }
        for (ty, bf) in &p.ids {
            if let Some(v) = text(bf, cells, &mut self.buf)? {
                sp.extra_mut().identifiers.push((ty.to_string(), v));
            }
        }
        Ok(())
    }

    pub(super) fn person(
        &mut self,
        pi: usize,
        row: u64,
        cells: &[Cell],
        row_hash: &str,
    ) -> PersonOutcome {
        let slot = self.persons[pi].slot;
        let pos = self.position(row, slot);
        let key = match text(&self.persons[pi].key, cells, &mut self.buf) {
            Ok(Some(k)) => k,
            Ok(None) => {
                let col = single_col(&self.persons[pi].key);
                self.reject(None, pos, RejectReason::MissingKey, col);
                return PersonOutcome::Rejected;
            }
            Err(col) => {
                self.reject(None, pos, RejectReason::UnreadableCell, Some(col));
                return PersonOutcome::Rejected;
            }
        };
        let mut sp = StagedPerson {
            source: self.src,
            key: key.clone(),
            position: pos.clone(),
            row_hash: row_hash.to_string(),
            ..StagedPerson::default()
        };
        if let Err(col) = self.read_person(pi, cells, &pos, &mut sp) {
            push_reject(
                &mut self.out,
                self.src,
                &self.names,
                Some(key),
                &pos,
                RejectReason::UnreadableCell,
                Some(col),
            );
            return PersonOutcome::Rejected;
        }
        let p = &self.persons[pi];
        let identifying = sp.given_names.is_some()
            || sp.family_name.is_some()
            || sp.extra().full_name.is_some()
            || sp.extra().other_names.is_some()
            || sp.extra().known_as.is_some()
            || sp.dob.as_ref().is_some_and(|d| !d.raw.is_empty())
            || sp.nhs_number.is_some()
            || sp.upn.is_some()
            || sp.extra().nino.is_some();
        // A property reference (UPRN) or a local case or system number alone
        // names nobody: such a row cannot become a person anyone can find.
        if !identifying {
            push_reject(
                &mut self.out,
                self.src,
                &self.names,
                Some(key),
                &pos,
                RejectReason::NoIdentifyingData,
                None,
            );
            return PersonOutcome::Rejected;
        }
        let content = {
            // A fixed seed: the same rows decide the same way on every run.
            let mut h = foldhash::fast::FixedState::with_seed(0).build_hasher();
            for &i in &p.cols {
                self.buf.clear();
                cells[i as usize].write_text(&mut self.buf);
                self.buf.hash(&mut h);
            }
            h.finish()
        };
        let family = sp.family_key.clone();
        let Some(first) = self.seen_person.first_or_note(&key, content) else {
            self.out.persons.push(sp);
            self.hand_over();
            return PersonOutcome::Staged { key, family };
        };
        let reject = Reject {
            source: self.src,
            key: Some(key.clone()),
            position: pos,
            reason: RejectReason::DuplicateKey,
            column: single_col(&p.key).map(|i| self.names[i as usize].clone()),
        };
        if first == content && !self.repeated {
            return PersonOutcome::Repeat {
                key,
                family,
                reject,
            };
        }
        self.out.rejects.push(reject);
        PersonOutcome::Rejected
    }
}
