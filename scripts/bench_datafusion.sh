#!/usr/bin/env bash
# make bench-datafusion: the scale issue's question "can Apache DataFusion
# carry the link stage?", measured. onefamily links the peers' 1M-record CSV
# with eight blocking rules (bench/datafusion/link.toml); the probe
# (bench/datafusion/src/main.rs, its own Cargo project, not part of
# onefamily's build) runs the same rules as DataFusion self-joins, each
# excluding pairs an earlier rule found, and a Jaro-Winkler UDF over every
# candidate pair. Both on 2 threads, one after the other, with wall time and
# peak memory. The probe's first build compiles DataFusion (about 30 minutes
# on this 2-core machine).
set -euo pipefail
N=${PEERS_N:-1000000}
DIR=bench-out/datafusion
BIN=target/release/onefamily
PROBE_TARGET=target/datafusion-probe
mkdir -p "$DIR"
if [ ! -f "bench-out/peers/people_$N.csv" ]; then
  echo "no bench-out/peers/people_$N.csv: run \`make bench-peers\` once first (it generates the file)" >&2
  exit 2
fi
cp "bench-out/peers/people_$N.csv" bench-out/peers/people.csv
CARGO_TARGET_DIR=$PROBE_TARGET cargo build --release --locked \
  --manifest-path bench/datafusion/Cargo.toml
rm -rf "$DIR/out"
echo "== onefamily link ($N records, eight blocking rules)"
/usr/bin/time -f "%e s wall, %M KiB peak" "$BIN" --quiet link \
  --project bench/datafusion/project.toml --out "$DIR/out"
python3 - "$DIR/out/timings.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
print("stages: " + ", ".join(f"{k} {v:.2f} s" for k, v in t["stages"]))
print("link substages: " + ", ".join(f"{s['name']} {s['secs']:.2f} s" for s in t["substages"]))
PY
echo "== DataFusion probe ($N records, the same eight rules, 2 partitions)"
/usr/bin/time -f "%e s wall, %M KiB peak" "$PROBE_TARGET/release/onefamily-datafusion-probe" \
  bench-out/peers/people.csv 2 | grep -v '^\[\|^\]\|^  [0-9]'
