-- Keys compared as bytes: on PostgreSQL this version gives every key
-- column the "C" collation. SQLite compares text as bytes already (BINARY,
-- its default), so nothing changes here; the version is kept in step.
SELECT 1;
