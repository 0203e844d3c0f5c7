//! The tables a load writes, in the order it writes them (parents before the
//! rows that reference them, so foreign keys hold at every statement), with
//! their data columns. This list and the migrations in `migrations/` describe
//! the same schema: a test loads both databases and compares them.

/// Columns every loaded table has besides its data columns: `id` first, then
/// the data columns, then these.
pub(crate) const ROW_HASH: &str = "row_hash";
pub(crate) const FIRST_RUN: &str = "first_run";
pub(crate) const LAST_RUN: &str = "last_run";
pub(crate) const RETIRED_RUN: &str = "retired_run";

/// One loaded table.
#[derive(Clone, Copy, Debug)]
pub(crate) struct TableSpec {
    pub name: &'static str,
    /// Data columns, in the order a `Row` holds its values.
    pub columns: &'static [&'static str],
    /// Rows are history: a run adds to them and never retires what it did
    /// not produce again.
    pub append_only: bool,
}

const fn t(name: &'static str, columns: &'static [&'static str]) -> TableSpec {
    TableSpec {
        name,
        columns,
        append_only: false,
    }
}

pub(crate) const SOURCE_SYSTEM: usize = 0;
pub(crate) const WORKER: usize = 1;
pub(crate) const ADDRESS: usize = 2;
pub(crate) const PERSON: usize = 3;
pub(crate) const FAMILY: usize = 4;
pub(crate) const FAMILY_MEMBERSHIP: usize = 5;
pub(crate) const RELATIONSHIP: usize = 6;
pub(crate) const FAMILY_LINK: usize = 7;
pub(crate) const LINKED_IDENTIFIER: usize = 8;
pub(crate) const PERSON_ADDRESS: usize = 9;
pub(crate) const INVOLVEMENT: usize = 10;
pub(crate) const REFERRAL: usize = 11;
pub(crate) const ASSESSMENT: usize = 12;
pub(crate) const ASSESSMENT_NEED: usize = 13;
pub(crate) const CONSENT: usize = 14;
pub(crate) const PLAN: usize = 15;
pub(crate) const PLAN_ITEM: usize = 16;
pub(crate) const LINEAGE: usize = 17;
pub(crate) const ID_HISTORY: usize = 18;
pub(crate) const REVIEW_DECISION: usize = 19;

/// Every table the loader diffs and writes, indexed by the constants above.
/// `need_outcome` exists in the schema but is not listed: nothing produces it
/// yet, and a diff against an empty desired set would retire rows another
/// tool wrote there. `review_decision` mirrors the
/// project's decisions file: a decision taken out of the file is retired.
pub(crate) const TABLES: [TableSpec; 20] = [
    t("source_system", &["name", "service", "kind"]),
    t("worker", &["name", "team", "service"]),
    t("address", &["address_lines", "town", "postcode", "uprn"]),
    t(
        "person",
        &[
            "given_name",
            "middle_names",
            "family_name",
            "dob",
            "sex",
            "ethnicity",
            "nhs_number",
            "upn",
            "postcode",
            "role",
        ],
    ),
    t("family", &["lead_worker_id", "lead_conflict"]),
    t("family_membership", &["family_id", "person_id", "role"]),
    t(
        "relationship",
        &[
            "family_id",
            "person_a_id",
            "person_b_id",
            "relationship",
            "source",
        ],
    ),
    t(
        "family_link",
        &["family_a_id", "family_b_id", "via_person_id"],
    ),
    t(
        "linked_identifier",
        &[
            "person_id",
            "identifier_type",
            "identifier_value",
            "status",
            "source",
            "source_key",
            "valid_from",
            "valid_to",
        ],
    ),
    t(
        "person_address",
        &[
            "person_id",
            "address_id",
            "source",
            "source_key",
            "valid_from",
            "valid_to",
        ],
    ),
    t(
        "involvement",
        &[
            "family_id",
            "person_id",
            "service",
            "start_date",
            "end_date",
            "status_code",
            "status_raw",
            "is_open",
            "worker_id",
            "team",
            "reason_code",
            "reason_raw",
            "end_reason_code",
            "end_reason_raw",
            "outcomes",
            "source",
            "source_key",
            "source_row_hash",
        ],
    ),
    t(
        "referral",
        &[
            "family_id",
            "person_id",
            "referral_date",
            "referral_source_code",
            "referral_source_raw",
            "reason_code",
            "reason_raw",
            "outcome_code",
            "outcome_raw",
            "source",
            "source_key",
            "source_row_hash",
        ],
    ),
    t(
        "assessment",
        &[
            "family_id",
            "person_id",
            "assessment_type",
            "assessment_type_raw",
            "start_date",
            "completed_date",
            "status",
            "status_raw",
            "worker_id",
            "organisation",
            "needs_raw",
            "source",
            "source_key",
            "source_row_hash",
        ],
    ),
    t(
        "assessment_need",
        &[
            "assessment_id",
            "need_code",
            "need_raw",
            "source",
            "source_key",
        ],
    ),
    t(
        "consent",
        &[
            "family_id",
            "person_id",
            "given_by_person_id",
            "given_by_raw",
            "scope",
            "scope_raw",
            "given_date",
            "withdrawn_date",
            "source",
            "source_key",
            "source_row_hash",
        ],
    ),
    t(
        "plan",
        &["family_id", "lead_worker_id", "status", "start_date"],
    ),
    t(
        "plan_item",
        &[
            "plan_id",
            "involvement_id",
            "service",
            "worker_id",
            "start_date",
            "status",
        ],
    ),
    t(
        "lineage",
        &[
            "record_kind",
            "source",
            "source_key",
            "source_sheet",
            "source_row",
            "source_slot",
            "source_row_hash",
            "person_id",
            "family_id",
            "source_person_key",
            "source_family_key",
        ],
    ),
    TableSpec {
        name: "id_history",
        columns: &["entity", "old_id", "new_id", "event"],
        append_only: true,
    },
    t(
        "review_decision",
        &[
            "record_a_source",
            "record_a_key",
            "record_b_source",
            "record_b_key",
            "decision",
            "reviewer",
            "decided_at",
            "note",
        ],
    ),
];

/// Tables in the schema that no loader fills yet; listed so that reports and
/// tests can name the whole schema.
pub const SCHEMA_ONLY_TABLES: [&str; 1] = ["need_outcome"];

/// All columns of a loaded table in write order: id, data, then bookkeeping
/// (`retired_run` is left out: an insert leaves it NULL, an update clears it).
pub(crate) fn write_columns(spec: &TableSpec) -> Vec<&'static str> {
    let mut cols = Vec::with_capacity(spec.columns.len() + 4);
    cols.push("id");
    cols.extend_from_slice(spec.columns);
    cols.extend_from_slice(&[ROW_HASH, FIRST_RUN, LAST_RUN]);
    cols
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The constants index the right tables.
    #[test]
    fn indexes_match_names() {
        let want = [
            (SOURCE_SYSTEM, "source_system"),
            (WORKER, "worker"),
            (ADDRESS, "address"),
            (PERSON, "person"),
            (FAMILY, "family"),
            (FAMILY_MEMBERSHIP, "family_membership"),
            (RELATIONSHIP, "relationship"),
            (FAMILY_LINK, "family_link"),
            (LINKED_IDENTIFIER, "linked_identifier"),
            (PERSON_ADDRESS, "person_address"),
            (INVOLVEMENT, "involvement"),
            (REFERRAL, "referral"),
            (ASSESSMENT, "assessment"),
            (ASSESSMENT_NEED, "assessment_need"),
            (CONSENT, "consent"),
            (PLAN, "plan"),
            (PLAN_ITEM, "plan_item"),
            (LINEAGE, "lineage"),
            (ID_HISTORY, "id_history"),
            (REVIEW_DECISION, "review_decision"),
        ];
        for (i, name) in want {
            assert_eq!(TABLES[i].name, name);
        }
    }

    /// Every column the loader writes exists in both databases' migrations:
    /// in the table's CREATE TABLE, or added to it by a later migration.
    #[test]
    fn columns_exist_in_migrations() {
        for db in ["postgres", "sqlite"] {
            let sql = super::super::migrations_sql(db);
            for spec in TABLES {
                let start = sql
                    .find(&format!("CREATE TABLE {} (", spec.name))
                    .unwrap_or_else(|| panic!("table {} missing", spec.name));
                let body = &sql[start..start + sql[start..].find(");").expect("table end")];
                let added = format!("ALTER TABLE {} ADD COLUMN ", spec.name);
                for col in write_columns(&spec).into_iter().chain([RETIRED_RUN]) {
                    let want = format!("{col} ");
                    let in_body = body.lines().any(|l| l.trim_start().starts_with(&want));
                    let in_alter = sql.lines().any(|l| {
                        l.strip_prefix(&added)
                            .is_some_and(|rest| rest.starts_with(&want))
                    });
                    assert!(in_body || in_alter, "{db}: {}.{col} missing", spec.name);
                }
            }
        }
    }
}
