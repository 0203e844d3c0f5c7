#!/usr/bin/env bash
# The floor under `make bench`'s load into PostgreSQL, on this machine and
# this server: the same rows as the load wrote, copied out of its database,
# then put back by psql's COPY alone (binary, into the same tables with no
# keys or indexes) and by COPY followed by the same keys, indexes and foreign
# keys (pg_dump's post-data, as pg_restore would build them). Each runs in one
# transaction into a new database, as the load does. Prints both beside the
# load's own figure. The load's figure also holds what the floor does not:
# building and hashing the rows, reading the target, the diff and `ANALYZE`
# (0.3-0.5 s). The row count includes the run ledger's row. Timings are
# printed, never asserted.
#   scripts/bench_copy.sh DB WORKDIR TIMINGS_JSON
set -euo pipefail
DB=$1
DIR=$2
TIMINGS=$3
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt)
COPY_DB=${DB}_copy
rm -rf "$DIR" && mkdir -p "$DIR"

# The tables that hold rows, and their rows, read from the target.
mapfile -t TABLES < <("${PSQL[@]}" -d "$DB" -c "SELECT c.relname FROM pg_class c \
  WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.relname <> '_sqlx_migrations' \
  ORDER BY c.relname")
ROWS=0
for t in "${TABLES[@]}"; do
  n=$("${PSQL[@]}" -d "$DB" -c "SELECT count(*) FROM \"$t\"")
  [ "$n" -gt 0 ] || continue
  "${PSQL[@]}" -d "$DB" -c "\\copy \"$t\" to '$DIR/$t.bin' with (format binary)"
  ROWS=$((ROWS + n))
done
pg_dump -h 127.0.0.1 -U postgres -d "$DB" --schema-only --section=pre-data > "$DIR/pre.sql"
pg_dump -h 127.0.0.1 -U postgres -d "$DB" --schema-only --section=post-data > "$DIR/post.sql"
{
  for f in "$DIR"/*.bin; do
    t=$(basename "$f" .bin)
    echo "\\copy \"$t\" from '$f' with (format binary)"
  done
} > "$DIR/copy.sql"

# One timed transaction into a new database made from the schema alone.
timed() {
  local out=$1
  shift
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $COPY_DB" -c "CREATE DATABASE $COPY_DB"
  "${PSQL[@]}" -d "$COPY_DB" -f "$DIR/pre.sql" > /dev/null
  /usr/bin/time -f "%e" -o "$out" "${PSQL[@]}" -d "$COPY_DB" -1 -c "SET maintenance_work_mem = '256MB'" "$@" > /dev/null
}
timed "$DIR/bare.txt" -f "$DIR/copy.sql"
timed "$DIR/keys.txt" -f "$DIR/copy.sql" -f "$DIR/post.sql"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $COPY_DB"

python3 - "$ROWS" "$DIR/bare.txt" "$DIR/keys.txt" "$TIMINGS" <<'PY'
import json, sys
rows = int(sys.argv[1])
bare = float(open(sys.argv[2]).read().split()[-1])
keys = float(open(sys.argv[3]).read().split()[-1])
stages = dict(json.load(open(sys.argv[4]))["stages"])
load = stages.get("load", 0.0)
print(f"the floor on this machine, the same {rows:,} rows by psql:")
print(f"  COPY alone (binary, no keys or indexes): {bare:.2f} s = {rows / bare:,.0f} rows/s")
print(f"  COPY, then the same keys, indexes and foreign keys: {keys:.2f} s = {rows / keys:,.0f} rows/s")
print(f"  onefamily's load without its read-back checks: {load:.2f} s = {rows / max(load, 1e-9):,.0f} rows/s, "
      f"{load / keys:.2f}x the time of COPY with the keys, {load / bare:.2f}x COPY alone")
PY
