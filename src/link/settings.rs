//! Linkage settings (`link.toml`): blocking rules, comparisons and their
//! levels, training and thresholds. Parsed as plain serde data that refuses
//! unknown keys, then resolved into checked types, so a typo in a level name
//! is an error with its file and line rather than a silently weaker model.

use crate::error::{Error, Result};
use serde::Deserialize;
use std::path::Path;

/// The settings shipped with onefamily, used when a project names none.
pub const DEFAULT: &str = include_str!("default_link.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSettings {
    link_type: Option<String>,
    blocking_rules: Vec<Vec<String>>,
    max_block_size: Option<usize>,
    name_swap: Option<bool>,
    comparison: Vec<RawComparison>,
    training: Option<RawTraining>,
    thresholds: Option<RawThresholds>,
    guards: Option<RawGuards>,
    family: Option<RawFamily>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFamily {
    shared_child: Option<bool>,
    same_adults: Option<bool>,
    adult_only_groupings_join: Option<bool>,
    shared_adult_and_address: Option<bool>,
    named_parents: Option<bool>,
    shared_address: Option<bool>,
    shared_address_days: Option<u32>,
    siblings_together: Option<bool>,
    lead_worker: Option<String>,
    service_priority: Option<Vec<String>>,
    max_adults: Option<u32>,
    max_children: Option<u32>,
    max_children_age_span: Option<u32>,
    min_parent_age: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGuards {
    override_match_weight: Option<f64>,
    max_cluster_size: Option<usize>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawComparison {
    name: String,
    field: String,
    levels: Vec<String>,
    tf: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTraining {
    seed: Option<u64>,
    em_blocking_rules: Option<Vec<Vec<String>>>,
    u_sample_pairs: Option<u64>,
    em_max_pairs: Option<u64>,
    em_iterations: Option<u32>,
    em_convergence: Option<f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawThresholds {
    link: Option<f64>,
    review: Option<f64>,
}

/// A canonical person field a comparison or blocking key reads.
#[cfg_attr(feature = "ballista", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LinkField {
    Given,
    Middle,
    Family,
    Dob,
    Sex,
    Postcode,
    NhsNumber,
    Upn,
    Town,
    Address,
    Email,
    Phone,
    /// Another identifier the mapping names (`identifiers = { yot = … }`).
    Identifier(String),
}

impl LinkField {
    fn parse(s: &str) -> Option<LinkField> {
        Some(match s {
            "given" => LinkField::Given,
            "middle" => LinkField::Middle,
            "family" => LinkField::Family,
            "dob" => LinkField::Dob,
            "sex" => LinkField::Sex,
            "postcode" => LinkField::Postcode,
            "nhs_number" => LinkField::NhsNumber,
            "upn" => LinkField::Upn,
            "town" => LinkField::Town,
            "address" => LinkField::Address,
            "email" => LinkField::Email,
            "phone" => LinkField::Phone,
            _ => LinkField::Identifier(s.strip_prefix("identifier:")?.to_string()),
        })
    }

    /// Name fields share one vocabulary, so forename and surname can be
    /// compared across (name swaps).
    pub fn is_name(&self) -> bool {
        matches!(
            self,
            LinkField::Given | LinkField::Middle | LinkField::Family
        )
    }
}

/// One comparison level, strongest first in a comparison's list.
#[cfg_attr(feature = "ballista", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LevelKind {
    Exact,
    Alias,
    JaroWinkler(f32),
    Phonetic,
    Initial,
    SurnamePart,
    /// A surname agrees with the other record's previous surname (née).
    PreviousName,
    DobTransposed,
    DobOnePart,
    DobYear,
    PostcodeSector,
    PostcodeDistrict,
    PostcodeArea,
}

impl LevelKind {
    fn parse(s: &str) -> Option<LevelKind> {
        Some(match s {
            "exact" => LevelKind::Exact,
            "alias" => LevelKind::Alias,
            "phonetic" => LevelKind::Phonetic,
            "initial" => LevelKind::Initial,
            "surname_part" => LevelKind::SurnamePart,
            "previous_name" => LevelKind::PreviousName,
            "dob_transposed" => LevelKind::DobTransposed,
            "dob_one_part" => LevelKind::DobOnePart,
            "dob_year" => LevelKind::DobYear,
            "postcode_sector" => LevelKind::PostcodeSector,
            "postcode_district" => LevelKind::PostcodeDistrict,
            "postcode_area" => LevelKind::PostcodeArea,
            _ => {
                let t: f32 = s.strip_prefix("jw:")?.parse().ok()?;
                if !(0.0..=1.0).contains(&t) {
                    return None;
                }
                LevelKind::JaroWinkler(t)
            }
        })
    }

    pub fn label(&self) -> String {
        match self {
            LevelKind::Exact => "exact".into(),
            LevelKind::Alias => "alias".into(),
            LevelKind::JaroWinkler(t) => format!("jaro_winkler >= {t}"),
            LevelKind::Phonetic => "phonetic".into(),
            LevelKind::Initial => "initial".into(),
            LevelKind::SurnamePart => "surname part".into(),
            LevelKind::PreviousName => "previous surname".into(),
            LevelKind::DobTransposed => "day/month transposed".into(),
            LevelKind::DobOnePart => "one of day, month, year differs".into(),
            LevelKind::DobYear => "same year".into(),
            LevelKind::PostcodeSector => "same sector".into(),
            LevelKind::PostcodeDistrict => "same district".into(),
            LevelKind::PostcodeArea => "same area".into(),
        }
    }

    /// Whether this level kind makes sense on a field.
    fn fits(&self, field: &LinkField) -> bool {
        match self {
            LevelKind::Exact => true,
            LevelKind::Alias | LevelKind::Initial => {
                matches!(field, LinkField::Given | LinkField::Middle)
            }
            LevelKind::SurnamePart | LevelKind::PreviousName => *field == LinkField::Family,
            LevelKind::JaroWinkler(_) | LevelKind::Phonetic => {
                !matches!(field, LinkField::Dob | LinkField::Sex)
            }
            LevelKind::DobTransposed | LevelKind::DobOnePart | LevelKind::DobYear => {
                *field == LinkField::Dob
            }
            LevelKind::PostcodeSector | LevelKind::PostcodeDistrict | LevelKind::PostcodeArea => {
                *field == LinkField::Postcode
            }
        }
    }
}

#[cfg_attr(feature = "ballista", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug)]
pub struct Comparison {
    pub name: String,
    pub field: LinkField,
    pub levels: Vec<LevelKind>,
    pub tf: bool,
}

impl Comparison {
    /// Level numbers: 0 null, 1..=levels.len() the named levels, then else.
    pub fn else_level(&self) -> u8 {
        self.levels.len() as u8 + 1
    }

    pub fn level_label(&self, level: u8) -> String {
        match level {
            0 => "null".into(),
            l if l == self.else_level() => "else".into(),
            l => self.levels[l as usize - 1].label(),
        }
    }
}

/// A blocking key kind.
#[cfg_attr(feature = "ballista", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum BlockKey {
    Field(LinkField),
    GivenMetaphone,
    FamilyMetaphone,
    GivenInitial,
    FamilyInitial,
    Given2,
    Family2,
    NameSet,
    DobYear,
    DobMonthDay,
    PostcodeSector,
    PostcodeDistrict,
}

impl BlockKey {
    /// The fields a key reads: an EM session blocked on it cannot train the
    /// comparisons of those fields.
    pub fn fields(&self) -> Vec<LinkField> {
        match self {
            BlockKey::Field(f) => vec![f.clone()],
            BlockKey::GivenMetaphone | BlockKey::GivenInitial | BlockKey::Given2 => {
                vec![LinkField::Given]
            }
            BlockKey::FamilyMetaphone | BlockKey::FamilyInitial | BlockKey::Family2 => {
                vec![LinkField::Family]
            }
            BlockKey::NameSet => vec![LinkField::Given, LinkField::Family],
            BlockKey::DobYear | BlockKey::DobMonthDay => vec![LinkField::Dob],
            BlockKey::PostcodeSector | BlockKey::PostcodeDistrict => vec![LinkField::Postcode],
        }
    }

    fn parse(s: &str) -> Option<BlockKey> {
        Some(match s {
            "given_metaphone" => BlockKey::GivenMetaphone,
            "family_metaphone" => BlockKey::FamilyMetaphone,
            "given_initial" => BlockKey::GivenInitial,
            "family_initial" => BlockKey::FamilyInitial,
            "given2" => BlockKey::Given2,
            "family2" => BlockKey::Family2,
            "name_set" => BlockKey::NameSet,
            "dob_year" => BlockKey::DobYear,
            "dob_month_day" => BlockKey::DobMonthDay,
            "postcode_sector" => BlockKey::PostcodeSector,
            "postcode_district" => BlockKey::PostcodeDistrict,
            other => BlockKey::Field(LinkField::parse(other)?),
        })
    }
}

/// A blocking rule: its keys and the name reports give it.
#[cfg_attr(feature = "ballista", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug)]
pub struct BlockingRule {
    pub name: String,
    pub keys: Vec<BlockKey>,
}

#[cfg_attr(feature = "ballista", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug)]
pub struct Training {
    pub seed: u64,
    /// One EM session per rule: pairs that agree on the rule's keys train the
    /// m probabilities of the comparisons that do not read those fields (as
    /// Splink trains). Agreement on a household's surname and postcode then
    /// cannot pass for agreement on a person.
    pub em_blocking_rules: Vec<BlockingRule>,
    pub u_sample_pairs: u64,
    pub em_max_pairs: u64,
    pub em_iterations: u32,
    /// EM stops when no m (or fitted u) probability moves by more than this
    /// in an iteration (Splink's `em_convergence`, and its default).
    pub em_convergence: f64,
}

/// Which pairs can match, in Splink's words: `dedupe_only` and
/// `link_and_dedupe` compare records within a source and across sources
/// (onefamily reads every source into one table, so the two agree);
/// `link_only` compares records of different sources only. Whatever the
/// type, no pair inside a source declared duplicate-free is compared.
#[cfg_attr(feature = "ballista", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkType {
    DedupeOnly,
    LinkOnly,
    LinkAndDedupe,
}

/// Checked linkage settings.
#[cfg_attr(feature = "ballista", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug)]
pub struct Settings {
    pub link_type: LinkType,
    pub blocking_rules: Vec<BlockingRule>,
    pub max_block_size: usize,
    pub name_swap: bool,
    pub comparisons: Vec<Comparison>,
    pub training: Training,
    pub link_threshold: f64,
    pub review_threshold: f64,
    /// Match weight at or above which a pair's own evidence outweighs the
    /// contrary-evidence guard (twins, siblings, dates of birth apart).
    pub guard_override_weight: f64,
    /// The most source records one person may gather.
    pub max_cluster_size: usize,
    /// How source groupings become families, and how a lead worker is chosen.
    pub family: FamilyRules,
}

/// The rules that merge source groupings into families (`[family]`).
#[cfg_attr(feature = "ballista", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FamilyRules {
    /// Groupings that hold the same child are one family.
    pub shared_child: bool,
    /// Groupings with children and exactly the same adults are one family.
    pub same_adults: bool,
    /// A grouping with adults and no children joins the family its adults
    /// parent (an adult's own case is evidence of membership, not a family).
    pub adult_only_groupings_join: bool,
    /// Groupings with children that share an adult and an address are one
    /// family. Off by default: a separated father's new partnership often
    /// lives at his new address, where his first family's records find him.
    pub shared_adult_and_address: bool,
    /// Parents named in a child's free text ("Mother: Sarah SMITH") who are
    /// one adult person of that name with the child's postcode: the child's
    /// grouping joins the family that adult parents, and the adult's own
    /// groupings of adults only join the child's family.
    pub named_parents: bool,
    /// A person no source groups (no family key on any record) joins the
    /// one family with a member of the same surname at the same address
    /// (postcode and first line) over overlapping dates, widened by
    /// `shared_address_days` (`family_place`).
    pub shared_address: bool,
    pub shared_address_days: u32,
    /// Children no source groups whom one source records on the same date
    /// at the same address (siblings referred together) are one family: the
    /// family one of them is already in, or a new one of their own.
    pub siblings_together: bool,
    pub lead_worker: LeadWorkerRule,
    /// Services in order of priority, for `lead_worker = "service_priority"`.
    pub service_priority: Vec<String>,
    /// Bounds beyond which a family is flagged as implausible (see
    /// `family_checks`): more adults or children than this, children born
    /// more than this many years apart, a parent fewer than this many years
    /// older than a child.
    pub max_adults: u32,
    pub max_children: u32,
    pub max_children_age_span: u32,
    pub min_parent_age: u32,
}

/// How a family's lead worker is chosen among its open involvements.
#[cfg_attr(feature = "ballista", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeadWorkerRule {
    /// The worker of the most recently started open involvement.
    MostRecentOpen,
    /// The worker of the open involvement of the highest-priority service
    /// (then the most recent); services not listed come last.
    ServicePriority,
}

impl LeadWorkerRule {
    const ALL: [LeadWorkerRule; 2] = [
        LeadWorkerRule::MostRecentOpen,
        LeadWorkerRule::ServicePriority,
    ];

    /// The rule's name in `link.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            LeadWorkerRule::MostRecentOpen => "most_recent_open",
            LeadWorkerRule::ServicePriority => "service_priority",
        }
    }
}

impl Default for FamilyRules {
    fn default() -> Self {
        FamilyRules {
            shared_child: true,
            same_adults: true,
            adult_only_groupings_join: true,
            shared_adult_and_address: false,
            named_parents: true,
            shared_address: true,
            shared_address_days: 365,
            siblings_together: true,
            lead_worker: LeadWorkerRule::MostRecentOpen,
            service_priority: Vec::new(),
            max_adults: 6,
            max_children: 10,
            max_children_age_span: 25,
            min_parent_age: 13,
        }
    }
}

/// Check a list of blocking rules, pushing a problem for every unknown key
/// or empty rule. `setting` names the list in messages.
fn parse_rules(
    rules: &[Vec<String>],
    setting: &str,
    path: &Path,
    find_line: &dyn Fn(&str) -> Option<usize>,
    problems: &mut Vec<Error>,
) -> Vec<BlockingRule> {
    rules
        .iter()
        .map(|rule| {
            let mut keys = Vec::new();
            for k in rule {
                match BlockKey::parse(k) {
                    Some(key) => keys.push(key),
                    None => problems.push(Error::config(
                        path,
                        find_line(&format!("\"{k}\"")).or_else(|| find_line(setting)),
                        format!("unknown blocking key {k:?} in {setting}"),
                    )),
                }
            }
            if rule.is_empty() {
                problems.push(Error::config(
                    path,
                    find_line(setting),
                    format!("an empty rule in {setting} would compare every pair"),
                ));
            }
            BlockingRule {
                name: rule.join(" & "),
                keys,
            }
        })
        .collect()
}

/// Line (1-based) of a byte offset in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

impl Settings {
    /// The built-in settings.
    pub fn default_settings() -> Settings {
        Settings::parse(DEFAULT, Path::new("<built-in link.toml>"))
            .expect("the built-in link settings are valid")
    }

    /// Read and check a settings file.
    pub fn load(path: &Path) -> Result<Settings> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::config(path, None, format!("cannot read: {e}")))?;
        Settings::parse(&text, path)
    }

    /// Parse and check settings text; every problem is reported together.
    pub fn parse(text: &str, path: &Path) -> Result<Settings> {
        let raw: RawSettings = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(text, s.start));
            Error::config(path, line, e.message().to_string())
        })?;
        let mut problems = Vec::new();
        let find_line = |needle: &str| text.find(needle).map(|o| line_of(text, o));
        let link_type = parse_link_type(raw.link_type.as_deref(), path, &find_line, &mut problems);
        let blocking_rules = parse_rules(
            &raw.blocking_rules,
            "blocking_rules",
            path,
            &find_line,
            &mut problems,
        );
        let comparisons = parse_comparisons(&raw.comparison, path, &find_line, &mut problems);
        let training = parse_training(raw.training, path, &find_line, &mut problems);
        let (link_threshold, review_threshold) =
            parse_thresholds(raw.thresholds, path, &find_line, &mut problems);
        let family = parse_family(
            raw.family.unwrap_or_default(),
            path,
            &find_line,
            &mut problems,
        );
        if !problems.is_empty() {
            return Err(if problems.len() == 1 {
                problems.remove(0)
            } else {
                Error::ConfigMany(problems)
            });
        }
        Ok(Settings {
            link_type,
            blocking_rules,
            max_block_size: raw.max_block_size.unwrap_or(2000).max(2),
            name_swap: raw.name_swap.unwrap_or(true),
            comparisons,
            training,
            link_threshold,
            review_threshold,
            guard_override_weight: raw
                .guards
                .as_ref()
                .and_then(|g| g.override_match_weight)
                .unwrap_or(25.0),
            max_cluster_size: raw
                .guards
                .as_ref()
                .and_then(|g| g.max_cluster_size)
                .unwrap_or(50)
                .max(2),
            family,
        })
    }
}

/// Splink's `link_type`; dedupe_only when not given.
fn parse_link_type(
    raw: Option<&str>,
    path: &Path,
    find_line: &dyn Fn(&str) -> Option<usize>,
    problems: &mut Vec<Error>,
) -> LinkType {
    match raw {
        None | Some("dedupe_only") => LinkType::DedupeOnly,
        Some("link_only") => LinkType::LinkOnly,
        Some("link_and_dedupe") => LinkType::LinkAndDedupe,
        Some(t) => {
            problems.push(Error::config(
                path,
                find_line("link_type"),
                format!("link_type {t:?}: expected dedupe_only, link_only or link_and_dedupe"),
            ));
            LinkType::DedupeOnly
        }
    }
}

/// Check the `[[comparison]]` sections: a known field, 1 to 13 known
/// levels that apply to it, and 1 to 16 comparisons in all.
fn parse_comparisons(
    raw: &[RawComparison],
    path: &Path,
    find_line: &dyn Fn(&str) -> Option<usize>,
    problems: &mut Vec<Error>,
) -> Vec<Comparison> {
    let mut comparisons = Vec::new();
    for c in raw {
        let line = find_line(&format!("name = \"{}\"", c.name));
        let Some(field) = LinkField::parse(&c.field) else {
            problems.push(Error::config(
                path,
                line,
                format!("comparison {}: unknown field {:?}", c.name, c.field),
            ));
            continue;
        };
        let mut levels = Vec::new();
        for l in &c.levels {
            match LevelKind::parse(l) {
                Some(k) if k.fits(&field) => levels.push(k),
                Some(_) => problems.push(Error::config(
                    path,
                    line,
                    format!(
                        "comparison {}: level {l:?} does not apply to field {:?}",
                        c.name, c.field
                    ),
                )),
                None => problems.push(Error::config(
                    path,
                    line,
                    format!("comparison {}: unknown level {l:?}", c.name),
                )),
            }
        }
        if levels.is_empty() || levels.len() > 13 {
            problems.push(Error::config(
                path,
                line,
                format!("comparison {}: needs 1 to 13 levels", c.name),
            ));
        }
        comparisons.push(Comparison {
            name: c.name.clone(),
            field,
            levels,
            tf: c.tf.unwrap_or(false),
        });
    }
    if comparisons.is_empty() || comparisons.len() > 16 {
        problems.push(Error::config(
            path,
            None,
            "needs 1 to 16 [[comparison]] sections",
        ));
    }
    comparisons
}

/// The `[training]` section, with Splink's defaults where it is silent.
fn parse_training(
    raw: Option<RawTraining>,
    path: &Path,
    find_line: &dyn Fn(&str) -> Option<usize>,
    problems: &mut Vec<Error>,
) -> Training {
    let t = raw.unwrap_or(RawTraining {
        em_blocking_rules: None,
        seed: None,
        u_sample_pairs: None,
        em_max_pairs: None,
        em_iterations: None,
        em_convergence: None,
    });
    let em_rules = t
        .em_blocking_rules
        .unwrap_or_else(|| vec![vec!["given".into(), "family".into()], vec!["dob".into()]]);
    Training {
        em_blocking_rules: parse_rules(&em_rules, "em_blocking_rules", path, find_line, problems),
        seed: t.seed.unwrap_or(42),
        u_sample_pairs: t.u_sample_pairs.unwrap_or(2_000_000),
        em_max_pairs: t.em_max_pairs.unwrap_or(5_000_000),
        em_iterations: t.em_iterations.unwrap_or(30),
        em_convergence: t.em_convergence.unwrap_or(1e-4).max(1e-12),
    }
}

/// The link and review thresholds (match probabilities): 0 <= review <=
/// link <= 1.
fn parse_thresholds(
    raw: Option<RawThresholds>,
    path: &Path,
    find_line: &dyn Fn(&str) -> Option<usize>,
    problems: &mut Vec<Error>,
) -> (f64, f64) {
    let th = raw.unwrap_or(RawThresholds {
        link: None,
        review: None,
    });
    let link = th.link.unwrap_or(0.5);
    let review = th.review.unwrap_or(0.05);
    if !(0.0..=1.0).contains(&link) || !(0.0..=link).contains(&review) {
        problems.push(Error::config(
            path,
            find_line("[thresholds]"),
            "thresholds: need 0 <= review <= link <= 1 (match probabilities)",
        ));
    }
    (link, review)
}

/// Check the `[family]` section against the defaults.
fn parse_family(
    raw: RawFamily,
    path: &Path,
    find_line: &dyn Fn(&str) -> Option<usize>,
    problems: &mut Vec<Error>,
) -> FamilyRules {
    let d = FamilyRules::default();
    let named = raw.lead_worker.as_deref().map(|name| {
        LeadWorkerRule::ALL
            .into_iter()
            .find(|r| r.as_str() == name)
            .ok_or(name)
    });
    let lead_worker = match named {
        None => d.lead_worker,
        Some(Ok(rule)) => rule,
        Some(Err(other)) => {
            problems.push(Error::config(
                path,
                find_line("lead_worker"),
                format!(
                    "[family] lead_worker {other:?}: expected most_recent_open or service_priority"
                ),
            ));
            d.lead_worker
        }
    };
    let service_priority = raw.service_priority.unwrap_or_default();
    if lead_worker == LeadWorkerRule::ServicePriority && service_priority.is_empty() {
        problems.push(Error::config(
            path,
            find_line("lead_worker"),
            "[family] lead_worker = \"service_priority\" needs a service_priority list",
        ));
    }
    FamilyRules {
        shared_child: raw.shared_child.unwrap_or(d.shared_child),
        same_adults: raw.same_adults.unwrap_or(d.same_adults),
        adult_only_groupings_join: raw
            .adult_only_groupings_join
            .unwrap_or(d.adult_only_groupings_join),
        shared_adult_and_address: raw
            .shared_adult_and_address
            .unwrap_or(d.shared_adult_and_address),
        named_parents: raw.named_parents.unwrap_or(d.named_parents),
        shared_address: raw.shared_address.unwrap_or(d.shared_address),
        shared_address_days: raw.shared_address_days.unwrap_or(d.shared_address_days),
        siblings_together: raw.siblings_together.unwrap_or(d.siblings_together),
        lead_worker,
        service_priority,
        max_adults: raw.max_adults.unwrap_or(d.max_adults),
        max_children: raw.max_children.unwrap_or(d.max_children),
        max_children_age_span: raw.max_children_age_span.unwrap_or(d.max_children_age_span),
        min_parent_age: raw.min_parent_age.unwrap_or(d.min_parent_age),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_settings_parse() {
        let s = Settings::default_settings();
        assert!(s.comparisons.iter().any(|c| c.field == LinkField::Given));
        assert_eq!(
            s.comparisons[0].else_level() as usize,
            s.comparisons[0].levels.len() + 1
        );
    }

    #[test]
    fn every_problem_is_reported_with_its_line() {
        let text = "blocking_rules = [[\"dob\", \"shoe_size\"]]\n[[comparison]]\nname = \"x\"\nfield = \"given\"\nlevels = [\"exact\", \"dob_year\", \"jw:7\"]\n";
        let err = Settings::parse(text, Path::new("link.toml"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("shoe_size") && err.contains("link.toml:1"),
            "{err}"
        );
        assert!(err.contains("does not apply"), "{err}");
        assert!(err.contains("jw:7"), "{err}");
    }

    #[test]
    fn link_types_parse_as_splink_names_them() {
        let base = "blocking_rules = [[\"dob\"]]\n[[comparison]]\nname = \"x\"\nfield = \"given\"\nlevels = [\"exact\"]\n";
        for (name, want) in [
            ("dedupe_only", LinkType::DedupeOnly),
            ("link_only", LinkType::LinkOnly),
            ("link_and_dedupe", LinkType::LinkAndDedupe),
        ] {
            let text = format!("link_type = \"{name}\"\n{base}");
            let s = Settings::parse(&text, Path::new("link.toml")).unwrap();
            assert_eq!(s.link_type, want);
        }
        let err = Settings::parse(
            &format!("link_type = \"link\"\n{base}"),
            Path::new("link.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("link_only") && err.contains("link.toml:1"),
            "{err}"
        );
    }

    #[test]
    fn unknown_keys_are_refused() {
        let text = "blocking_rules = [[\"dob\"]]\nthreshold = 3\n[[comparison]]\nname = \"x\"\nfield = \"given\"\nlevels = [\"exact\"]\n";
        let err = Settings::parse(text, Path::new("link.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("threshold"), "{err}");
    }

    #[test]
    fn family_rules_parse_and_are_checked() {
        let base = "blocking_rules = [[\"dob\"]]\n[[comparison]]\nname = \"x\"\nfield = \"given\"\nlevels = [\"exact\"]\n";
        let ok = format!("{base}[family]\nshared_child = false\nlead_worker = \"service_priority\"\nservice_priority = [\"Family Support\"]\n");
        let s = Settings::parse(&ok, Path::new("link.toml")).unwrap();
        assert!(!s.family.shared_child && s.family.same_adults);
        assert_eq!(s.family.lead_worker, LeadWorkerRule::ServicePriority);
        let typo = format!("{base}[family]\nlead_worker = \"newest\"\n");
        let err = Settings::parse(&typo, Path::new("link.toml"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("newest") && err.contains("link.toml:"),
            "{err}"
        );
        let no_list = format!("{base}[family]\nlead_worker = \"service_priority\"\n");
        let err = Settings::parse(&no_list, Path::new("link.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("service_priority list"), "{err}");
    }
}
