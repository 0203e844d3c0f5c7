-- Early Help Assessments, their needs, and consent: loaded from version
-- 20251201000000 on. The tables existed unfilled since the first schema; the
-- columns below are what a source can say about them. Added, not recreated,
-- so rows another tool wrote there are kept.

-- The assessment's type and status as the source wrote them beside the
-- mapped code; its author (a worker) and organisation; every needs cell as
-- read. Summary and notes are not carried: free text may hold personal data.
ALTER TABLE assessment ADD COLUMN assessment_type_raw TEXT;
ALTER TABLE assessment ADD COLUMN status_raw TEXT;
ALTER TABLE assessment ADD COLUMN worker_id TEXT REFERENCES worker (id);
ALTER TABLE assessment ADD COLUMN organisation TEXT;
ALTER TABLE assessment ADD COLUMN needs_raw TEXT;
CREATE INDEX assessment_family ON assessment (family_id);

-- One row per need (assessment factor) an assessment records.
CREATE TABLE assessment_need (
    id TEXT PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessment (id),
    need_code TEXT,
    need_raw TEXT NOT NULL,
    source TEXT NOT NULL,
    source_key TEXT NOT NULL,
    row_hash TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL,
    retired_run TEXT
);
CREATE INDEX assessment_need_assessment ON assessment_need (assessment_id);

-- Consent: its scope as written, who gave it (a unified person when the
-- source names a person it holds, else the source's value: a role), and the
-- source row it came from.
ALTER TABLE consent ADD COLUMN scope_raw TEXT;
ALTER TABLE consent ADD COLUMN given_by_person_id TEXT REFERENCES person (id);
ALTER TABLE consent ADD COLUMN given_by_raw TEXT;
ALTER TABLE consent ADD COLUMN source_row_hash TEXT NOT NULL DEFAULT '';
CREATE INDEX consent_family ON consent (family_id);
