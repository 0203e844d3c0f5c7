-- onefamily unified schema, version 1.
--
-- Every table a load writes has a natural text id derived from unified IDs and
-- source keys (never a sequence), so a re-run finds the row it wrote before.
-- Beside the data columns each carries: row_hash (content hash of the data
-- columns, what the loader diffs on), first_run / last_run (run that inserted
-- it / last changed it) and retired_run (set, instead of deleting, when a later
-- run no longer produces the row). Dates are ISO 8601 text because legacy
-- dates are often partial ("2015", "2015-04"); ISO text still sorts by date.
-- Table names follow the Standard Safeguarding Dataset where it has them.

CREATE TABLE source_system (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    service TEXT NOT NULL,
    kind TEXT NOT NULL,
    row_hash TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL,
    retired_run TEXT
);

CREATE TABLE worker (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    team TEXT,
    service TEXT NOT NULL,
    row_hash TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL,
    retired_run TEXT
);

CREATE TABLE address (
    id TEXT PRIMARY KEY,
    address_lines TEXT,
    town TEXT,
    postcode TEXT,
    uprn TEXT,
    row_hash TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL,
    retired_run TEXT
);

CREATE TABLE person (
    id TEXT PRIMARY KEY,
    given_name TEXT,
    middle_names TEXT,
    family_name TEXT,
    dob TEXT,
    sex TEXT,
    ethnicity TEXT,
    nhs_number TEXT,
    upn TEXT,
    postcode TEXT,
    role TEXT NOT NULL,
    row_hash TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL,
    retired_run TEXT
);

CREATE TABLE family (
    id TEXT PRIMARY KEY,
    lead_worker_id TEXT REFERENCES worker (id),
    lead_conflict INTEGER NOT NULL,
    row_hash TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL,
    retired_run TEXT
);

CREATE TABLE family_membership (
    id TEXT PRIMARY KEY,
    family_id TEXT NOT NULL REFERENCES family (id),
    person_id TEXT NOT NULL REFERENCES person (id),
    role TEXT NOT NULL,
    row_hash TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL,
    retired_run TEXT
);
CREATE INDEX family_membership_family ON family_membership (family_id);
CREATE INDEX family_membership_person ON family_membership (person_id);

-- How person_a relates to person_b (both directions are stored), inferred
-- from the roles within one family: parent | carer | child | sibling | partner.
CREATE TABLE relationship (
    id TEXT PRIMARY KEY,
    family_id TEXT NOT NULL REFERENCES family (id),
    person_a_id TEXT NOT NULL REFERENCES person (id),
    person_b_id TEXT NOT NULL REFERENCES person (id),
    relationship TEXT NOT NULL,
    source TEXT NOT NULL,
    row_hash TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL,
    retired_run TEXT
);
CREATE INDEX relationship_person_a ON relationship (person_a_id);

CREATE TABLE family_link (
    id TEXT PRIMARY KEY,
    family_a_id TEXT NOT NULL REFERENCES family (id),
    family_b_id TEXT NOT NULL REFERENCES family (id),
    via_person_id TEXT NOT NULL REFERENCES person (id),
    row_hash TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL,
    retired_run TEXT
);

CREATE TABLE linked_identifier (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES person (id),
    identifier_type TEXT NOT NULL,
    identifier_value TEXT NOT NULL,
    status TEXT,
    source TEXT NOT NULL,
    source_key TEXT NOT NULL,
    valid_from TEXT,
    valid_to TEXT,
    row_hash TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL,
    retired_run TEXT
);
CREATE INDEX linked_identifier_value ON linked_identifier (identifier_type, identifier_value);

CREATE TABLE person_address (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES person (id),
    address_id TEXT NOT NULL REFERENCES address (id),
    source TEXT NOT NULL,
    source_key TEXT NOT NULL,
    valid_from TEXT,
    valid_to TEXT,
    row_hash TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL,
    retired_run TEXT
);

CREATE TABLE involvement (
    id TEXT PRIMARY KEY,
    family_id TEXT REFERENCES family (id),
    person_id TEXT REFERENCES person (id),
    service TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    status_code TEXT,
    status_raw TEXT,
    is_open INTEGER NOT NULL,
    worker_id TEXT REFERENCES worker (id),
    team TEXT,
    reason_code TEXT,
    reason_raw TEXT,
    end_reason_code TEXT,
    end_reason_raw TEXT,
    outcomes TEXT,
    source TEXT NOT NULL,
    source_key TEXT NOT NULL,
    source_row_hash TEXT NOT NULL,
    row_hash TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL,
    retired_run TEXT
);
CREATE INDEX involvement_family ON involvement (family_id);

CREATE TABLE referral (
    id TEXT PRIMARY KEY,
    family_id TEXT REFERENCES family (id),
    person_id TEXT REFERENCES person (id),
    referral_date TEXT,
    referral_source_code TEXT,
    referral_source_raw TEXT,
    reason_code TEXT,
    reason_raw TEXT,
    outcome_code TEXT,
    outcome_raw TEXT,
    source TEXT NOT NULL,
    source_key TEXT NOT NULL,
    source_row_hash TEXT NOT NULL,
    row_hash TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL,
    retired_run TEXT
);
CREATE INDEX referral_family ON referral (family_id);

-- One plan per family with open involvements; its items are those involvements.
CREATE TABLE plan (
    id TEXT PRIMARY KEY,
    family_id TEXT NOT NULL REFERENCES family (id),
    lead_worker_id TEXT REFERENCES worker (id),
    status TEXT NOT NULL,
    start_date TEXT,
    row_hash TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL,
    retired_run TEXT
);

CREATE TABLE plan_item (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plan (id),
    involvement_id TEXT NOT NULL REFERENCES involvement (id),
    service TEXT NOT NULL,
    worker_id TEXT REFERENCES worker (id),
    start_date TEXT,
    status TEXT NOT NULL,
    row_hash TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL,
    retired_run TEXT
);

-- Every source record (person, involvement, referral) and the unified person
-- and family it became. first_run / last_run are the run ids that wrote it.
CREATE TABLE lineage (
    id TEXT PRIMARY KEY,
    record_kind TEXT NOT NULL,
    source TEXT NOT NULL,
    source_key TEXT NOT NULL,
    source_sheet TEXT,
    source_row BIGINT,
    source_slot INTEGER,
    source_row_hash TEXT NOT NULL,
    person_id TEXT REFERENCES person (id),
    family_id TEXT REFERENCES family (id),
    row_hash TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL,
    retired_run TEXT
);
CREATE INDEX lineage_source_key ON lineage (source, source_key);
CREATE INDEX lineage_person ON lineage (person_id);

-- Unified IDs that merged into another (event merge) or lost records to a new
-- one (event split). Append-only: a row is never retired.
CREATE TABLE id_history (
    id TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    old_id TEXT NOT NULL,
    new_id TEXT NOT NULL,
    event TEXT NOT NULL,
    row_hash TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL,
    retired_run TEXT
);
CREATE INDEX id_history_old ON id_history (old_id);

-- Clerical review decisions (must_link / cannot_link), replayed by link.
CREATE TABLE review_decision (
    id TEXT PRIMARY KEY,
    record_a_source TEXT NOT NULL,
    record_a_key TEXT NOT NULL,
    record_b_source TEXT NOT NULL,
    record_b_key TEXT NOT NULL,
    decision TEXT NOT NULL,
    reviewer TEXT,
    decided_at TEXT,
    note TEXT,
    row_hash TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL,
    retired_run TEXT
);

CREATE TABLE assessment (
    id TEXT PRIMARY KEY,
    family_id TEXT REFERENCES family (id),
    person_id TEXT REFERENCES person (id),
    assessment_type TEXT,
    start_date TEXT,
    completed_date TEXT,
    status TEXT,
    source TEXT NOT NULL,
    source_key TEXT NOT NULL,
    source_row_hash TEXT NOT NULL,
    row_hash TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL,
    retired_run TEXT
);

CREATE TABLE consent (
    id TEXT PRIMARY KEY,
    family_id TEXT REFERENCES family (id),
    person_id TEXT REFERENCES person (id),
    scope TEXT,
    given_date TEXT,
    withdrawn_date TEXT,
    source TEXT NOT NULL,
    source_key TEXT NOT NULL,
    row_hash TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL,
    retired_run TEXT
);

-- Supporting Families headline needs and outcomes per family.
CREATE TABLE need_outcome (
    id TEXT PRIMARY KEY,
    family_id TEXT NOT NULL REFERENCES family (id),
    headline_outcome TEXT NOT NULL,
    need_date TEXT,
    outcome_date TEXT,
    status TEXT,
    source TEXT NOT NULL,
    source_key TEXT NOT NULL,
    row_hash TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL,
    retired_run TEXT
);

-- The run ledger: one row per real (non-dry) run.
CREATE TABLE migration_run (
    run_id TEXT PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT NOT NULL,
    config_hash TEXT NOT NULL,
    code_version TEXT NOT NULL,
    schema_version BIGINT NOT NULL,
    input_counts TEXT NOT NULL,
    table_counts TEXT NOT NULL
);
