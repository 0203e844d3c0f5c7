-- Standard Safeguarding Dataset (SSD) views, version 1: the unified Early
-- Help store read through the objects of Data to Insight's SSD that Early Help
-- data reaches (ssd_person, ssd_family, ssd_address, ssd_linked_identifiers,
-- ssd_contacts, ssd_early_help_episodes, ssd_professionals, ssd_involvements),
-- named and shaped as the SSD names them, so that queries written for the SSD
-- run here and the new case system can be checked against the migration after
-- go-live. Fields onefamily does not hold are NULL (docs/ssd.md lists them).
-- onefamily's own objects (plans, consent, assessments and their needs,
-- Supporting Families outcomes) have views under their own prefix,
-- onefamily_ssd_, so they are never mistaken for SSD objects. Only current
-- rows: a row a later run retired is not shown.

CREATE VIEW ssd_person AS
SELECT
    p.id AS pers_person_id,
    p.sex AS pers_sex,
    CAST(NULL AS TEXT) AS pers_gender,
    p.ethnicity AS pers_ethnicity,
    p.dob AS pers_dob,
    p.nhs_number AS pers_common_child_id,
    CAST(NULL AS TEXT) AS pers_legacy_id,
    CAST(NULL AS TEXT) AS pers_upn_unknown,
    CAST(NULL AS TEXT) AS pers_send_flag,
    CAST(NULL AS TEXT) AS pers_expected_dob,
    CAST(NULL AS TEXT) AS pers_death_date,
    CASE
        WHEN COALESCE(p.sex, 'U') <> 'M' AND EXISTS (
            SELECT 1 FROM relationship r
            WHERE r.person_a_id = p.id AND r.relationship = 'parent' AND r.retired_run IS NULL
        ) THEN 'Y'
        ELSE 'N'
    END AS pers_is_mother,
    CAST(NULL AS TEXT) AS pers_nationality
FROM person p
WHERE p.retired_run IS NULL;

-- One row per member of a family (the SSD's family object links persons to
-- a family id).
CREATE VIEW ssd_family AS
SELECT
    m.id AS fami_table_id,
    m.family_id AS fami_family_id,
    m.person_id AS fami_person_id
FROM family_membership m
WHERE m.retired_run IS NULL;

CREATE VIEW ssd_address AS
SELECT
    pa.id AS addr_table_id,
    json_object('ROOM', '', 'FLOOR', '', 'FLAT', '', 'BUILDING', '', 'HOUSE', '', 'STREET', COALESCE(a.address_lines, ''), 'TOWN', COALESCE(a.town, ''), 'UPRN', COALESCE(a.uprn, ''), 'EASTING', '', 'NORTHING', '') AS addr_address_json,
    pa.person_id AS addr_person_id,
    CAST(NULL AS TEXT) AS addr_address_type,
    pa.valid_from AS addr_address_start_date,
    pa.valid_to AS addr_address_end_date,
    REPLACE(a.postcode, ' ', '') AS addr_address_postcode
FROM person_address pa
JOIN address a ON a.id = pa.address_id
WHERE pa.retired_run IS NULL;

CREATE VIEW ssd_linked_identifiers AS
SELECT
    li.id AS link_table_id,
    li.person_id AS link_person_id,
    li.identifier_type AS link_identifier_type,
    li.identifier_value AS link_identifier_value,
    li.valid_from AS link_valid_from_date,
    li.valid_to AS link_valid_to_date
FROM linked_identifier li
WHERE li.retired_run IS NULL;

-- Contacts are the referrals the front doors recorded. A referral made for
-- a whole family has no person: cont_person_id is NULL there, and
-- onefamily_ssd_contact_family gives its family.
CREATE VIEW ssd_contacts AS
SELECT
    r.id AS cont_contact_id,
    r.person_id AS cont_person_id,
    r.referral_date AS cont_contact_date,
    r.referral_source_code AS cont_contact_source_code,
    r.referral_source_raw AS cont_contact_source_desc,
    CAST(NULL AS TEXT) AS cont_contact_outcome_json
FROM referral r
WHERE r.retired_run IS NULL;

-- Early Help episodes are the services' involvements. One with a whole
-- family has no person: earl_person_id is NULL there, and
-- onefamily_ssd_episode_family gives its family.
CREATE VIEW ssd_early_help_episodes AS
SELECT
    i.id AS earl_episode_id,
    i.person_id AS earl_person_id,
    i.start_date AS earl_episode_start_date,
    i.end_date AS earl_episode_end_date,
    COALESCE(i.reason_code, i.reason_raw) AS earl_episode_reason,
    COALESCE(i.end_reason_code, i.end_reason_raw) AS earl_episode_end_reason,
    i.service AS earl_episode_organisation,
    i.worker_id AS earl_episode_worker_id
FROM involvement i
WHERE i.retired_run IS NULL;

-- The caseload is the worker's open involvements now, not on the previous
-- 30 September: the store keeps no history of allocations.
CREATE VIEW ssd_professionals AS
SELECT
    w.id AS prof_professional_id,
    CAST(NULL AS TEXT) AS prof_staff_id,
    w.name AS prof_professional_name,
    CAST(NULL AS TEXT) AS prof_social_worker_registration_no,
    CAST(NULL AS TEXT) AS prof_professional_job_title,
    (SELECT COUNT(*) FROM involvement i
     WHERE i.worker_id = w.id AND i.is_open = 1 AND i.retired_run IS NULL) AS prof_professional_caseload,
    w.team AS prof_professional_department,
    CAST(NULL AS REAL) AS prof_full_time_equivalency,
    CAST(NULL AS TEXT) AS prof_agency_worker_flag
FROM worker w
WHERE w.retired_run IS NULL;

-- Worker allocations: every involvement with a worker.
CREATE VIEW ssd_involvements AS
SELECT
    i.id AS invo_involvements_id,
    i.worker_id AS invo_professional_id,
    CAST(NULL AS TEXT) AS invo_professional_role_id,
    i.team AS invo_professional_team,
    i.start_date AS invo_involvement_start_date,
    i.end_date AS invo_involvement_end_date,
    CAST(NULL AS TEXT) AS invo_worker_change_reason,
    i.person_id AS invo_person_id,
    CAST(NULL AS TEXT) AS invo_referral_id
FROM involvement i
WHERE i.worker_id IS NOT NULL AND i.retired_run IS NULL;

-- onefamily's extensions.

CREATE VIEW onefamily_ssd_contact_family AS
SELECT r.id AS cont_contact_id, r.family_id AS family_id
FROM referral r
WHERE r.retired_run IS NULL AND r.family_id IS NOT NULL;

CREATE VIEW onefamily_ssd_episode_family AS
SELECT i.id AS earl_episode_id, i.family_id AS family_id
FROM involvement i
WHERE i.retired_run IS NULL AND i.family_id IS NOT NULL;

CREATE VIEW onefamily_ssd_plan AS
SELECT
    pl.id AS plan_id,
    pl.family_id,
    pl.lead_worker_id,
    pl.status AS plan_status,
    pl.start_date AS plan_start_date
FROM plan pl
WHERE pl.retired_run IS NULL;

CREATE VIEW onefamily_ssd_plan_item AS
SELECT
    it.id AS plan_item_id,
    it.plan_id,
    it.involvement_id AS earl_episode_id,
    it.service,
    it.worker_id,
    it.start_date AS plan_item_start_date,
    it.status AS plan_item_status
FROM plan_item it
WHERE it.retired_run IS NULL;

CREATE VIEW onefamily_ssd_eh_assessment AS
SELECT
    a.id AS assessment_id,
    a.family_id,
    a.person_id,
    a.assessment_type,
    a.start_date AS assessment_start_date,
    a.completed_date AS assessment_completed_date,
    a.status AS assessment_status,
    a.worker_id,
    a.organisation
FROM assessment a
WHERE a.retired_run IS NULL;

CREATE VIEW onefamily_ssd_assessment_need AS
SELECT
    n.id AS assessment_need_id,
    n.assessment_id,
    n.need_code,
    n.need_raw
FROM assessment_need n
WHERE n.retired_run IS NULL;

CREATE VIEW onefamily_ssd_consent AS
SELECT
    c.id AS consent_id,
    c.family_id,
    c.person_id,
    c.scope AS consent_scope,
    c.given_date AS consent_given_date,
    c.withdrawn_date AS consent_withdrawn_date,
    c.given_by_person_id
FROM consent c
WHERE c.retired_run IS NULL;

CREATE VIEW onefamily_ssd_sf_outcome AS
SELECT
    o.id AS sf_outcome_id,
    o.family_id,
    o.headline_outcome,
    o.need_date,
    o.outcome_date,
    o.status AS outcome_status
FROM need_outcome o
WHERE o.retired_run IS NULL;
