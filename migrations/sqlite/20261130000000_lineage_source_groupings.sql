-- The source's own person and family keys behind every lineage row, so the
-- measures can be counted as each legacy system would have counted them
-- (every source person and family grouping its own) beside the unified
-- figures. A person record's person key is its own key. Added, not
-- recreated: rows written before stay, and the next run fills the columns.
ALTER TABLE lineage ADD COLUMN source_person_key TEXT;
ALTER TABLE lineage ADD COLUMN source_family_key TEXT;
