-- Keys compared as bytes. Every primary key, reference and indexed key
-- column takes the "C" collation. onefamily's keys are codes (its own IDs,
-- run IDs, the sources' keys and identifiers), never read in a language's
-- order; compared by the database's locale instead, building their indexes
-- took about a third longer (`make bench` into PostgreSQL, a C.UTF-8
-- database: 0.8 s against 1.15 s), and every join on them paid the same.
-- Their order is now the same on every server and on SQLite (BINARY).
-- Names, addresses and other text keep the database's collation.
--
-- A view that reads a column keeps its collation from changing, so
-- onefamily's own views (ssd_*, onefamily_ssd_*) are set aside first and
-- made again after from their stored definitions, with their comments and
-- the grants made on them. A view of the council's own over one of these
-- columns makes this migration fail, naming the view, and the load changes
-- nothing: drop that view, load, then create it again.
CREATE TEMP TABLE onefamily_views AS
SELECT c.oid, c.relname::TEXT AS name, pg_get_viewdef(c.oid) AS definition,
       obj_description(c.oid, 'pg_class') AS note
FROM pg_class c
WHERE c.relkind = 'v'
  AND c.relnamespace = current_schema()::regnamespace
  AND (c.relname LIKE 'ssd\_%' OR c.relname LIKE 'onefamily\_ssd\_%');

CREATE TEMP TABLE onefamily_view_grants AS
SELECT v.name, a.privilege_type,
       CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END AS grantee,
       a.is_grantable
FROM onefamily_views v
JOIN pg_class c ON c.oid = v.oid
CROSS JOIN LATERAL aclexplode(c.relacl) a
WHERE a.grantee <> c.relowner;

DO $$
DECLARE
    v RECORD;
BEGIN
    FOR v IN SELECT name FROM onefamily_views ORDER BY oid DESC LOOP
        EXECUTE format('DROP VIEW %I', v.name);
    END LOOP;
END
$$;

-- Each table's key columns, changed in one statement a table (each index
-- over them rebuilt once).
DO $$
DECLARE
    t RECORD;
    detail TEXT;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('migration_run',     ARRAY['run_id']),
        ('source_system',     ARRAY['id']),
        ('worker',            ARRAY['id']),
        ('address',           ARRAY['id']),
        ('person',            ARRAY['id']),
        ('family',            ARRAY['id', 'lead_worker_id']),
        ('family_membership', ARRAY['id', 'family_id', 'person_id']),
        ('relationship',      ARRAY['id', 'family_id', 'person_a_id', 'person_b_id']),
        ('family_link',       ARRAY['id', 'family_a_id', 'family_b_id', 'via_person_id']),
        ('linked_identifier', ARRAY['id', 'identifier_type', 'identifier_value', 'person_id']),
        ('person_address',    ARRAY['id', 'address_id', 'person_id']),
        ('involvement',       ARRAY['id', 'family_id', 'person_id', 'worker_id']),
        ('referral',          ARRAY['id', 'family_id', 'person_id']),
        ('assessment',        ARRAY['id', 'family_id', 'person_id', 'worker_id']),
        ('assessment_need',   ARRAY['id', 'assessment_id']),
        ('consent',           ARRAY['id', 'family_id', 'given_by_person_id', 'person_id']),
        ('need_outcome',      ARRAY['id', 'family_id']),
        ('plan',              ARRAY['id', 'family_id', 'lead_worker_id']),
        ('plan_item',         ARRAY['id', 'involvement_id', 'plan_id', 'worker_id']),
        ('lineage',           ARRAY['id', 'family_id', 'person_id', 'source', 'source_key']),
        ('id_history',        ARRAY['id', 'old_id']),
        ('review_decision',   ARRAY['id'])
    ) AS k (name, columns) LOOP
        EXECUTE format('ALTER TABLE %I %s', t.name,
            (SELECT string_agg(format('ALTER COLUMN %I TYPE TEXT COLLATE "C"', c), ', ')
             FROM unnest(t.columns) AS c));
    END LOOP;
EXCEPTION WHEN feature_not_supported THEN
    -- PostgreSQL names the view only in the error's detail, which the
    -- loader does not show: said in the message itself.
    GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
    RAISE EXCEPTION 'a view onefamily did not make reads a key column whose collation this schema version changes (%): drop the view, load, then create it again', detail;
END
$$;

DO $$
DECLARE
    v RECORD;
BEGIN
    FOR v IN SELECT * FROM onefamily_views ORDER BY oid LOOP
        EXECUTE format('CREATE VIEW %I AS %s', v.name,
                       regexp_replace(v.definition, ';\s*$', ''));
        IF v.note IS NOT NULL THEN
            EXECUTE format('COMMENT ON VIEW %I IS %L', v.name, v.note);
        END IF;
    END LOOP;
    FOR v IN SELECT * FROM onefamily_view_grants LOOP
        EXECUTE format('GRANT %s ON %I TO %s%s', v.privilege_type, v.name, v.grantee,
                       CASE WHEN v.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
    END LOOP;
END
$$;

DROP TABLE onefamily_view_grants;
DROP TABLE onefamily_views;
