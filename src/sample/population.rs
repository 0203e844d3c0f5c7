//! The true population behind the estate: persons, their families and
//! addresses, and which of them each legacy system holds (`Rec`s). Everything
//! the writers put in a file starts here, and `truth.csv` is written from the
//! same `Rec`s, so the truth is right by construction. Ages are relative to
//! the fixed reference date (never today) so the same seed always gives the
//! same estate.

use super::names::{self, Heritage};
use chrono::{Datelike, Duration, NaiveDate};
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use std::collections::HashSet;

/// The day every age is measured against (also `reference_date` in
/// project.toml).
pub fn reference() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).expect("valid date")
}

/// The eight legacy systems, in the order the project file lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Sys {
    ChildrensCentres,
    YouthOffending,
    FamilySupport,
    SupportingFamilies,
    Parenting,
    FrontDoor,
    TargetedYouth,
    EducationWelfare,
}

impl Sys {
    pub const ALL: [Sys; 8] = [
        Sys::ChildrensCentres,
        Sys::YouthOffending,
        Sys::FamilySupport,
        Sys::SupportingFamilies,
        Sys::Parenting,
        Sys::FrontDoor,
        Sys::TargetedYouth,
        Sys::EducationWelfare,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The source name used in mapping files, the crosswalk and truth.csv.
    pub fn source_name(self) -> &'static str {
        match self {
            Sys::ChildrensCentres => "childrens_centres",
            Sys::YouthOffending => "youth_offending",
            Sys::FamilySupport => "family_support",
            Sys::SupportingFamilies => "supporting_families",
            Sys::Parenting => "parenting",
            Sys::FrontDoor => "front_door",
            Sys::TargetedYouth => "targeted_youth",
            Sys::EducationWelfare => "education_welfare",
        }
    }
}

/// A person's relationship within one family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rel {
    Mother,
    Father,
    /// The shared adult in a step-family (his partner's children are not his).
    StepFather,
    Grandparent,
    Child,
}

impl Rel {
    pub fn is_child(self) -> bool {
        self == Rel::Child
    }
}

pub struct Person {
    pub given: &'static str,
    pub middle: Option<&'static str>,
    pub surname: &'static str,
    /// The surname she was known by before marriage: older records keep it.
    pub birth_surname: Option<&'static str>,
    pub dob: NaiveDate,
    pub female: bool,
    pub ethnicity: &'static str,
    pub nhs: Option<String>,
    pub upn: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

impl Person {
    pub fn age_at(&self, day: NaiveDate) -> i32 {
        let mut age = day.year() - self.dob.year();
        if (day.month(), day.day()) < (self.dob.month(), self.dob.day()) {
            age -= 1;
        }
        age
    }

    pub fn age(&self) -> i32 {
        self.age_at(reference())
    }
}

pub struct Address {
    pub line1: String,
    pub line2: Option<String>,
    pub town: &'static str,
    pub postcode: String,
}

pub struct Family {
    pub members: Vec<(u32, Rel)>,
    pub home: u32,
    /// Where the family lived before a move: older records still say so.
    pub old_home: Option<u32>,
    /// A separated parent at his own address (still in this family).
    pub away: Option<(u32, u32)>,
}

/// One record of a person in one system: which true person and family, the
/// source grouping it sits in, the address the system holds for it.
#[derive(Clone, Copy, Debug)]
pub struct Rec {
    pub person: u32,
    pub family: u32,
    /// System-local grouping (household, case, family row); unique per system.
    pub group: u32,
    pub addr: u32,
    pub rel: Rel,
    /// A second record of the same person in the same system.
    pub dup: bool,
}

pub struct Estate {
    pub persons: Vec<Person>,
    pub addresses: Vec<Address>,
    pub families: Vec<Family>,
    pub recs: [Vec<Rec>; 8],
}

impl Estate {
    pub fn person(&self, i: u32) -> &Person {
        &self.persons[i as usize]
    }
    pub fn address(&self, i: u32) -> &Address {
        &self.addresses[i as usize]
    }
}

/// Allocates unique NHS numbers from the 999 test range with valid check
/// digits: a stride through the million candidates visits each once, so no
/// two people share a number (a shared number would be a false strong match).
struct NhsPool {
    i: u64,
}

impl NhsPool {
    const STRIDE: u64 = 387_403; // coprime with 10^6
    fn next(&mut self) -> Option<String> {
        while self.i < 1_000_000 {
            let n = (self.i * Self::STRIDE + 123_457) % 1_000_000;
            self.i += 1;
            let mut d = [9u8; 9];
            let mut m = n;
            for k in (3..9).rev() {
                d[k] = (m % 10) as u8;
                m /= 10;
            }
            if let Some(c) = crate::standardise::nhs::check_digit(&d) {
                let mut s = String::with_capacity(10);
                for x in d {
                    s.push((b'0' + x) as char);
                }
                s.push((b'0' + c) as char);
                return Some(s);
            }
        }
        None // the test range is exhausted (~900k people): the rest hold none
    }
}

struct Builder {
    rng: ChaCha8Rng,
    persons: Vec<Person>,
    addresses: Vec<Address>,
    families: Vec<Family>,
    nhs: NhsPool,
    upns: HashSet<String>,
    /// Separated fathers not yet in a second family: (person, his address).
    away_fathers: Vec<(u32, u32)>,
    /// Adult persons by sex, for planting unrelated namesakes.
    adults: [Vec<u32>; 2],
}

fn days(n: i64) -> Duration {
    Duration::days(n)
}

impl Builder {
    fn address(&mut self) -> u32 {
        let rng = &mut self.rng;
        let towns: Vec<(usize, u32)> = names::TOWNS
            .iter()
            .enumerate()
            .map(|(i, t)| (i, t.weight))
            .collect();
        let town = &names::TOWNS[names::pick_weighted(rng, &towns)];
        let outward = names::pick(rng, town.outward);
        let street = names::pick(rng, names::STREETS);
        let number = rng.gen_range(1..=180);
        let (line1, line2) = if rng.gen_bool(0.12) {
            (
                format!("Flat {}", rng.gen_range(1..=12)),
                Some(format!("{number} {street}")),
            )
        } else {
            (format!("{number} {street}"), None)
        };
        let l = names::INWARD_LETTERS;
        let postcode = format!(
            "{outward} {}{}{}",
            rng.gen_range(1..=9),
            l[rng.gen_range(0..l.len())] as char,
            l[rng.gen_range(0..l.len())] as char
        );
        self.addresses.push(Address {
            line1,
            line2,
            town: town.name,
            postcode,
        });
        (self.addresses.len() - 1) as u32
    }

    fn upn_for(&mut self, dob: NaiveDate) -> Option<String> {
        // School age: from reception (4 by 31 August 2025) to 18.
        let age_sept = 2025 - dob.year() - i32::from((dob.month(), dob.day()) > (8, 31));
        if !(4..=18).contains(&age_sept) {
            return None;
        }
        let la = names::pick_weighted(&mut self.rng, names::LA_CODES);
        let allocated = (dob.year() + 5).min(2025) % 100;
        loop {
            let est = if self.rng.gen_bool(0.5) {
                self.rng.gen_range(2000..3000)
            } else {
                self.rng.gen_range(4000..4200)
            };
            let rest = format!("{la}{est}{allocated:02}{:03}", self.rng.gen_range(0..1000));
            let letter = crate::standardise::upn::check_letter(&rest)?;
            let upn = format!("{letter}{rest}");
            if self.upns.insert(upn.clone()) {
                return Some(upn);
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn person(
        &mut self,
        h: Heritage,
        female: bool,
        dob: NaiveDate,
        surname: &'static str,
        ethnicity: &'static str,
        avoid: &[&'static str],
    ) -> u32 {
        let young = dob.year() >= 2006;
        let adult = !young || (reference() - dob).num_days() > 18 * 365;
        let mut given = names::pick_zipf(&mut self.rng, h.forenames(female, young));
        for _ in 0..6 {
            if !avoid.contains(&given) {
                break;
            }
            given = *names::pick(&mut self.rng, h.forenames(female, young));
        }
        let mut surname = surname;
        // Unrelated people who share a common name: copy an earlier adult's
        // name onto a new, unrelated adult.
        let pool = &self.adults[usize::from(female)];
        if adult && !pool.is_empty() && self.rng.gen_bool(0.015) {
            let other = &self.persons[pool[self.rng.gen_range(0..pool.len())] as usize];
            given = other.given;
            surname = other.surname;
        }
        let middle = if self.rng.gen_bool(0.35) {
            Some(*names::pick(
                &mut self.rng,
                if female {
                    names::MIDDLE_NAMES_F
                } else {
                    names::MIDDLE_NAMES_M
                },
            ))
        } else {
            None
        };
        let nhs = self.nhs.next();
        let upn = if adult { None } else { self.upn_for(dob) };
        let age = (reference() - dob).num_days() / 365;
        let phone =
            (age >= 13).then(|| format!("07{:09}", self.rng.gen_range(0..1_000_000_000u64)));
        let email = (age >= 16 && self.rng.gen_bool(0.5)).then(|| {
            let domain = names::pick(
                &mut self.rng,
                &["example.com", "example.org", "example.net"],
            );
            let n = self.rng.gen_range(1..99);
            format!(
                "{}.{}{n}@{domain}",
                ascii_lower(given),
                ascii_lower(surname)
            )
        });
        self.persons.push(Person {
            given,
            middle,
            surname,
            birth_surname: None,
            dob,
            female,
            ethnicity,
            nhs,
            upn,
            phone,
            email,
        });
        let id = (self.persons.len() - 1) as u32;
        if adult {
            self.adults[usize::from(female)].push(id);
        }
        id
    }

    /// Children of one mother: ages spread over 0–17, siblings sometimes close
    /// together, now and then twins.
    #[allow(clippy::too_many_arguments)]
    fn children(
        &mut self,
        h: Heritage,
        n: usize,
        surname: &'static str,
        ethnicity: &'static str,
        eldest: NaiveDate,
        out: &mut Vec<(u32, Rel)>,
    ) {
        let mut dob = eldest;
        let mut used: Vec<&'static str> = Vec::new();
        let latest = reference() - days(14);
        for i in 0..n {
            if i > 0 {
                if self.rng.gen_bool(0.03) {
                    // Twins: same date of birth, different forename.
                } else if self.rng.gen_bool(0.2) {
                    dob += days(self.rng.gen_range(300..450)); // born close together
                } else {
                    dob += days(self.rng.gen_range(450..2200));
                }
            }
            if dob > latest {
                break;
            }
            let female = self.rng.gen_bool(0.49);
            let p = self.person(h, female, dob, surname, ethnicity, &used);
            used.push(self.persons[p as usize].given);
            out.push((p, Rel::Child));
        }
    }

    fn n_children(&mut self) -> usize {
        names::pick_weighted(&mut self.rng, &[(1, 38), (2, 32), (3, 18), (4, 8), (5, 4)])
    }

    fn family(&mut self) {
        let r = reference();
        let mut members = Vec::new();
        let step = !self.away_fathers.is_empty() && self.rng.gen_bool(0.06);
        if step {
            // A separated father's new partnership: her children, sometimes a
            // joint baby; a separate family sharing him with his first one.
            let k = self.rng.gen_range(0..self.away_fathers.len());
            let (father, home) = self.away_fathers.swap_remove(k);
            let h = names::pick_heritage(&mut self.rng);
            let surname = names::pick_zipf(&mut self.rng, h.surnames());
            let eldest = r - days(self.rng.gen_range(200..(14 * 365)));
            let mother_dob = eldest - days(self.rng.gen_range(18 * 365..36 * 365));
            let mother = self.person(h, true, mother_dob, surname, h.ethnicity(), &[]);
            members.push((mother, Rel::Mother));
            members.push((father, Rel::StepFather));
            let n = self.rng.gen_range(1..=3);
            self.children(h, n, surname, h.ethnicity(), eldest, &mut members);
            if self.rng.gen_bool(0.3) {
                let fp = &self.persons[father as usize];
                let (fs, fe) = (fp.surname, fp.ethnicity);
                let dob = r - days(self.rng.gen_range(20..700));
                let eth = mixed(h.ethnicity(), fe);
                let female = self.rng.gen_bool(0.5);
                let baby = self.person(h, female, dob, fs, eth, &[]);
                members.push((baby, Rel::Child));
            }
            self.families.push(Family {
                members,
                home,
                old_home: None,
                away: None,
            });
            return;
        }

        let h = names::pick_heritage(&mut self.rng);
        let two = self.rng.gen_bool(0.62);
        let eldest = r - days(self.rng.gen_range(30..(17 * 365 + 300)));
        let mother_dob = eldest - days(self.rng.gen_range(17 * 365..38 * 365));
        let own_surname = names::pick_zipf(&mut self.rng, h.surnames());
        let mut away = None;
        let (mother, father, child_surname, child_eth) = if two {
            // Now and then a partner of another heritage: mixed children.
            let fh = if self.rng.gen_bool(0.1) {
                names::pick_heritage(&mut self.rng)
            } else {
                h
            };
            let fsurname = names::pick_zipf(&mut self.rng, fh.surnames());
            let fdob = mother_dob - days(self.rng.gen_range(-3 * 365..8 * 365));
            let married = self.rng.gen_bool(0.55);
            let msurname = if married { fsurname } else { own_surname };
            let mother = self.person(h, true, mother_dob, msurname, h.ethnicity(), &[]);
            if married && msurname != own_surname {
                self.persons[mother as usize].birth_surname = Some(own_surname);
            }
            let father = self.person(fh, false, fdob, fsurname, fh.ethnicity(), &[]);
            let cs = if self.rng.gen_bool(0.85) {
                fsurname
            } else {
                own_surname
            };
            (
                Some(mother),
                Some(father),
                cs,
                mixed(h.ethnicity(), fh.ethnicity()),
            )
        } else if self.rng.gen_bool(0.9) {
            let mother = self.person(h, true, mother_dob, own_surname, h.ethnicity(), &[]);
            let cs = if self.rng.gen_bool(0.7) {
                own_surname
            } else {
                names::pick_zipf(&mut self.rng, h.surnames())
            };
            (Some(mother), None, cs, h.ethnicity())
        } else {
            let fdob = mother_dob - days(self.rng.gen_range(0..5 * 365));
            let father = self.person(h, false, fdob, own_surname, h.ethnicity(), &[]);
            (None, Some(father), own_surname, h.ethnicity())
        };
        if let Some(m) = mother {
            members.push((m, Rel::Mother));
        }
        if let Some(f) = father {
            members.push((f, Rel::Father));
        }
        let n = self.n_children();
        self.children(h, n, child_surname, child_eth, eldest, &mut members);
        if self.rng.gen_bool(0.04) {
            // A grandparent who cares for the children; the family lives at her house.
            let gdob = mother_dob - days(self.rng.gen_range(18 * 365..30 * 365));
            let gs = self.persons[members[0].0 as usize]
                .birth_surname
                .unwrap_or(self.persons[members[0].0 as usize].surname);
            let female = self.rng.gen_bool(0.8);
            let g = self.person(h, female, gdob, gs, h.ethnicity(), &[]);
            members.push((g, Rel::Grandparent));
        }
        let shared = !self.families.is_empty() && self.rng.gen_bool(0.02);
        let home = if shared {
            // A house share: an earlier, unrelated family's address.
            self.families[self.rng.gen_range(0..self.families.len())].home
        } else {
            self.address()
        };
        let old_home = self.rng.gen_bool(0.08).then(|| self.address());
        if let (Some(_), Some(f)) = (mother, father) {
            if self.rng.gen_bool(0.12) {
                let a = self.address();
                away = Some((f, a));
                self.away_fathers.push((f, a));
            }
        }
        self.families.push(Family {
            members,
            home,
            old_home,
            away,
        });
    }
}

fn ascii_lower(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The DfE code for a child of parents recorded with codes `a` and `b`.
fn mixed(a: &'static str, b: &'static str) -> &'static str {
    if a == b {
        return a;
    }
    let white = |c: &str| c.starts_with('W');
    let (w, other) = if white(a) { (a, b) } else { (b, a) };
    if !white(w) {
        return "MOTH";
    }
    match other {
        "BCRB" => "MWBC",
        "BAFR" => "MWBA",
        o if o.starts_with('A') => "MWAS",
        o if white(o) => a,
        _ => "MOTH",
    }
}

/// How likely a family is to be known to each system, given who is in it.
fn system_weights(e: &Builder, f: &Family) -> [u32; 8] {
    let ages: Vec<i32> = f
        .members
        .iter()
        .filter(|(_, r)| r.is_child())
        .map(|(p, _)| e.persons[*p as usize].age())
        .collect();
    let any = |lo: i32, hi: i32| ages.iter().any(|a| (lo..=hi).contains(a));
    let school = f.members.iter().any(|(p, r)| {
        let p = &e.persons[*p as usize];
        r.is_child() && p.upn.is_some() && (5..=16).contains(&p.age())
    });
    [
        if any(0, 4) {
            30
        } else if any(0, 10) {
            6
        } else {
            0
        },
        if any(10, 17) { 14 } else { 0 },
        16,
        18,
        12,
        30,
        if any(11, 19) { 12 } else { 0 },
        if school { 22 } else { 0 },
    ]
}

/// Build the population and decide who each system holds.
pub fn build(families: usize, rng: ChaCha8Rng) -> Estate {
    let mut b = Builder {
        rng,
        persons: Vec::with_capacity(families * 4),
        addresses: Vec::with_capacity(families * 13 / 10),
        families: Vec::with_capacity(families),
        nhs: NhsPool { i: 0 },
        upns: HashSet::new(),
        away_fathers: Vec::new(),
        adults: [Vec::new(), Vec::new()],
    };
    for _ in 0..families {
        b.family();
    }
    let mut recs: [Vec<Rec>; 8] = Default::default();
    let mut dups: [Vec<Rec>; 8] = Default::default();
    let mut group = 0u32;
    for fi in 0..b.families.len() {
        let weights = system_weights(&b, &b.families[fi]);
        let k = names::pick_weighted(&mut b.rng, &[(1usize, 45), (2, 30), (3, 17), (4, 8)]);
        let mut chosen: Vec<Sys> = Vec::new();
        let mut w = weights;
        for _ in 0..k {
            let total: u32 = w.iter().sum();
            if total == 0 {
                break;
            }
            let mut n = b.rng.gen_range(0..total);
            for (i, wi) in w.iter_mut().enumerate() {
                if n < *wi {
                    chosen.push(Sys::ALL[i]);
                    *wi = 0;
                    break;
                }
                n -= *wi;
            }
        }
        chosen.sort();
        for sys in chosen {
            select(
                &mut b,
                fi as u32,
                sys,
                &mut group,
                &mut recs[sys.index()],
                &mut dups[sys.index()],
            );
        }
    }
    for (r, d) in recs.iter_mut().zip(dups) {
        r.extend(d); // re-registrations come later in a system's history
    }
    Estate {
        persons: b.persons,
        addresses: b.addresses,
        families: b.families,
        recs,
    }
}

/// Which members of family `fi` system `sys` holds, in which groupings, at
/// which addresses.
fn select(
    b: &mut Builder,
    fi: u32,
    sys: Sys,
    group: &mut u32,
    out: &mut Vec<Rec>,
    dups: &mut Vec<Rec>,
) {
    let f = &b.families[fi as usize];
    let members = f.members.clone();
    let (home, old_home, away) = (f.home, f.old_home, f.away);
    let rng = &mut b.rng;
    let Some(mut held) = held_members(rng, &b.persons, sys, &members) else {
        return;
    };
    if sys == Sys::SupportingFamilies {
        held.truncate(6); // the tracker has six member slots
    }
    let moved_old = old_home.is_some() && rng.gen_bool(0.5);
    let base_addr = if moved_old {
        old_home.unwrap_or(home)
    } else {
        home
    };
    let start = out.len();
    let mut g = Grouping {
        fi,
        base_addr,
        away,
        group,
        out,
    };
    g.records(rng, sys, held);
    plant_duplicates(rng, sys, &out[start..], dups);
}

/// The chance that system `sys` holds a family member of relationship `rel`
/// and age `age` (`upn`: the child has a pupil number).
fn keep_chance(sys: Sys, rel: Rel, age: i32, upn: bool) -> f64 {
    let a = age;
    match (sys, rel) {
        (Sys::ChildrensCentres, Rel::Child) if a < 5 => 0.97,
        (Sys::ChildrensCentres, Rel::Child) if a < 9 => 0.5,
        (Sys::ChildrensCentres, Rel::Child) => 0.0,
        (Sys::ChildrensCentres, Rel::Mother) => 0.95,
        (Sys::ChildrensCentres, _) => 0.5,
        (Sys::YouthOffending, Rel::Child) if (10..=17).contains(&a) => 0.6,
        (Sys::YouthOffending, Rel::Child) => 0.0,
        (Sys::YouthOffending, Rel::Mother) => 0.85,
        (Sys::YouthOffending, _) => 0.35,
        (Sys::FamilySupport, _) => 0.9,
        (Sys::SupportingFamilies, _) => 1.0,
        (Sys::Parenting, Rel::Child) if (10..=14).contains(&a) => 0.15,
        (Sys::Parenting, Rel::Child) => 0.0,
        (Sys::Parenting, Rel::Mother) => 0.9,
        (Sys::Parenting, _) => 0.5,
        (Sys::FrontDoor, Rel::Child) => 0.8,
        (Sys::FrontDoor, _) => 0.0, // contacts are about children
        (Sys::TargetedYouth, Rel::Child) if (11..=19).contains(&a) => 0.9,
        (Sys::TargetedYouth, Rel::Child) => 0.0,
        (Sys::TargetedYouth, Rel::Mother) => 0.5,
        (Sys::TargetedYouth, _) => 0.25,
        (Sys::EducationWelfare, Rel::Child) if upn && (5..=16).contains(&a) => 0.75,
        (Sys::EducationWelfare, Rel::Child) => 0.0,
        (Sys::EducationWelfare, Rel::Mother) => 0.8,
        (Sys::EducationWelfare, _) => 0.3,
    }
}

/// The members of a family that system `sys` holds, or `None` when it holds
/// nobody. A system that works with children always holds at least one.
fn held_members(
    rng: &mut ChaCha8Rng,
    persons: &[Person],
    sys: Sys,
    members: &[(u32, Rel)],
) -> Option<Vec<(u32, Rel)>> {
    let age = |p: u32| persons[p as usize].age();
    let has_upn = |p: u32| persons[p as usize].upn.is_some();
    let mut held: Vec<(u32, Rel)> = members
        .iter()
        .copied()
        .filter(|&(p, r)| rng.gen_bool(keep_chance(sys, r, age(p), has_upn(p))))
        .collect();
    if !held.iter().any(|(_, r)| r.is_child()) && sys != Sys::Parenting {
        let eligible: Vec<(u32, Rel)> = members
            .iter()
            .copied()
            .filter(|&(p, r)| r.is_child() && child_eligible(sys, age(p), has_upn(p)))
            .collect();
        if eligible.is_empty() {
            return None;
        }
        held.insert(0, eligible[rng.gen_range(0..eligible.len())]);
    }
    (!held.is_empty()).then_some(held)
}

/// Puts one family's held members into a system's groupings.
struct Grouping<'a> {
    fi: u32,
    /// Where the system thinks the family lives.
    base_addr: u32,
    /// A separated father and his own address.
    away: Option<(u32, u32)>,
    /// The last grouping number used, shared by every system.
    group: &'a mut u32,
    out: &'a mut Vec<Rec>,
}

impl Grouping<'_> {
    fn push(&mut self, person: u32, rel: Rel, grp: u32, addr: u32) {
        self.out.push(Rec {
            person,
            family: self.fi,
            group: grp,
            addr,
            rel,
            dup: false,
        });
    }

    /// A separated father is mostly recorded at his own address.
    fn addr_of(&self, rng: &mut ChaCha8Rng, p: u32) -> u32 {
        match self.away {
            Some((f, a)) if f == p && rng.gen_bool(0.75) => a,
            _ => self.base_addr,
        }
    }

    fn next_group(&mut self) -> u32 {
        *self.group += 1;
        *self.group
    }

    /// The records of `held`, grouped as system `sys` groups people.
    fn records(&mut self, rng: &mut ChaCha8Rng, sys: Sys, mut held: Vec<(u32, Rel)>) {
        let base_addr = self.base_addr;
        let children: Vec<u32> = held
            .iter()
            .filter(|(_, r)| r.is_child())
            .map(|(p, _)| *p)
            .collect();
        let adults: Vec<(u32, Rel)> = held
            .iter()
            .copied()
            .filter(|(_, r)| !r.is_child())
            .collect();
        match sys {
            // Youth offending: one case per young person; parents on each case.
            Sys::YouthOffending => {
                for &c in &children {
                    let grp = self.next_group();
                    self.push(c, Rel::Child, grp, base_addr);
                    for &(a, rel) in &adults {
                        let addr = self.addr_of(rng, a);
                        self.push(a, rel, grp, addr);
                    }
                }
            }
            // Household-based systems: a separated father at his own address is
            // a household of his own, with a child who stays with him.
            Sys::ChildrensCentres | Sys::TargetedYouth => {
                let main = self.next_group();
                for &c in &children {
                    self.push(c, Rel::Child, main, base_addr);
                }
                for &(a, rel) in &adults {
                    let addr = self.addr_of(rng, a);
                    if addr != base_addr && !children.is_empty() && sys == Sys::ChildrensCentres {
                        let grp = self.next_group();
                        self.push(a, rel, grp, addr);
                        let c = children[rng.gen_range(0..children.len())];
                        self.push(c, Rel::Child, grp, addr);
                    } else {
                        self.push(a, rel, main, addr);
                    }
                }
            }
            _ => {
                let grp = self.next_group();
                if sys == Sys::EducationWelfare {
                    // Contacts hang off a pupil, so pupils come first.
                    held.sort_by_key(|(_, r)| !r.is_child());
                }
                for &(p, rel) in &held {
                    let addr = if rel.is_child() {
                        base_addr
                    } else {
                        self.addr_of(rng, p)
                    };
                    self.push(p, rel, grp, addr);
                }
            }
        }
    }
}

/// Second records of people a system already holds: a re-registration
/// under a new key, or (at the front door) a child referred again later.
fn plant_duplicates(rng: &mut ChaCha8Rng, sys: Sys, recs: &[Rec], dups: &mut Vec<Rec>) {
    let chance = match sys {
        Sys::SupportingFamilies => return,
        Sys::FrontDoor => 0.2,
        _ => 0.015,
    };
    for rec in recs {
        if rng.gen_bool(chance) {
            let mut d = *rec;
            d.dup = true;
            dups.push(d);
        }
    }
}

fn child_eligible(sys: Sys, age: i32, upn: bool) -> bool {
    match sys {
        Sys::ChildrensCentres => age < 9,
        Sys::YouthOffending => (10..=17).contains(&age),
        Sys::TargetedYouth => (11..=19).contains(&age),
        Sys::EducationWelfare => upn && (5..=16).contains(&age),
        Sys::Parenting => (10..=14).contains(&age),
        _ => true,
    }
}
