#!/usr/bin/env bash
# make bench: generate a larger estate, run the whole job on it, and print
# wall time per stage, records per second per source and peak memory; then
# the link stage's accuracy on FEBRL3 and, when PostgreSQL is up, the load
# throughput into it. Timings are printed, never asserted.
set -euo pipefail
FAMILIES=${1:-25000}
DIR=${2:-bench-out}
BIN=target/release/onefamily
# Only this script's own folders: bench-out/peers (make bench-peers) stays.
rm -rf "$DIR/estate" "$DIR/out" "$DIR/out-pg" "$DIR/copy" "$DIR/febrl"
mkdir -p "$DIR"

echo "== generate: $FAMILIES families"
/usr/bin/time -f "generate: %e s wall, %M KiB peak" "$BIN" --quiet sample --families "$FAMILIES" --seed 1 --out "$DIR/estate"

echo "== run (SQLite target)"
/usr/bin/time -f "%e %M" -o "$DIR/time.txt" "$BIN" --quiet run --project "$DIR/estate/mappings/project.toml" \
  --out "$DIR/out" --target "sqlite://$DIR/out/unified.db" > "$DIR/run.log" || [ $? -eq 1 ]
python3 scripts/bench_report.py "$DIR/out/timings.json" "$DIR/time.txt"
python3 scripts/bench_report.py "$DIR/out/timings.json" "$DIR/time.txt" --load-only "$DIR/out/report.json"
"$BIN" evaluate --truth "$DIR/estate/truth.csv" --crosswalk "$DIR/out/crosswalk.csv" || true

# The same estate into PostgreSQL, reusing the SQLite run's model so the
# link stage does not train again.
if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "== load into PostgreSQL"
  psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS onefamily_bench" >/dev/null
  psql -h 127.0.0.1 -U postgres -d test -qc "CREATE DATABASE onefamily_bench" >/dev/null
  /usr/bin/time -f "%e %M" -o "$DIR/time-pg.txt" "$BIN" --quiet run --project "$DIR/estate/mappings/project.toml" \
    --out "$DIR/out-pg" --target "postgres://postgres@127.0.0.1:5432/onefamily_bench" \
    --model "$DIR/out/model.json" > "$DIR/run-pg.log" || [ $? -eq 1 ]
  python3 scripts/bench_report.py "$DIR/out-pg/timings.json" "$DIR/time-pg.txt" --load-only "$DIR/out-pg/report.json"
  # The same rows by psql's COPY, alone and with the same keys and indexes:
  # how near COPY speed the load is on this machine and server.
  bash scripts/bench_copy.sh onefamily_bench "$DIR/copy" "$DIR/out-pg/timings.json" \
    || echo "(the COPY floor could not be measured: see the message above)"
  psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS onefamily_bench" >/dev/null
fi

echo "== FEBRL3 (../shared/data/febrl3.csv)"
if [ -f ../shared/data/febrl3.csv ]; then
  mkdir -p "$DIR/febrl"
  python3 scripts/febrl_truth.py ../shared/data/febrl3.csv "$DIR/febrl/truth.csv"
  /usr/bin/time -f "%e %M" -o "$DIR/time-febrl.txt" "$BIN" --quiet run --project bench/febrl/project.toml \
    --out "$DIR/febrl/out" --target "sqlite://$DIR/febrl/out/unified.db" > "$DIR/febrl/run.log" || [ $? -eq 1 ]
  read -r secs kib < <(tail -n1 "$DIR/time-febrl.txt")
  echo "febrl3: ${secs} s wall, $((kib / 1024)) MiB peak"
  "$BIN" evaluate --truth "$DIR/febrl/truth.csv" --crosswalk "$DIR/febrl/out/crosswalk.csv" || true
fi
