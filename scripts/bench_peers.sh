#!/usr/bin/env bash
# make bench-peers: onefamily's link against Splink 5 on the same synthetic
# people CSV, on this machine, in one run. Prints both tools' wall time, peak
# memory and cluster F1, and the ratios. Splink is installed into a virtual
# environment outside the repository on first use.
set -euo pipefail
N=${PEERS_N:-1000000}
VENV=${PEERS_VENV:-$HOME/.cache/onefamily-peers-venv}
PEERS=../shared/bench/peers
DIR=bench-out/peers
BIN=target/release/onefamily
mkdir -p "$DIR"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import splink, faker" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q splink faker pandas numpy duckdb
fi
if [ ! -f "$DIR/people_$N.csv" ]; then
  "$VENV/bin/python" "$PEERS/gen_synthetic.py" --n "$N" --out "$DIR/people_$N.csv" --seed 42
fi
cp "$DIR/people_$N.csv" "$DIR/people.csv"
python3 - "$DIR/people.csv" "$DIR/truth.csv" <<'PY'
import csv, sys
with open(sys.argv[1], newline="") as f, open(sys.argv[2], "w", newline="") as out:
    r = csv.DictReader(f)
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["source", "source_key", "person_id", "family_id"])
    for row in r:
        w.writerow(["people", row["rec_id"], row["cluster_id"], row["cluster_id"]])
PY

# PEERS_RUNS (default 1) runs of both tools, one after the other: this
# machine's speed drifts between runs, so the ratio is read from each pair
# run side by side, and their median printed when there are several.
RUNS=${PEERS_RUNS:-1}
rm -f "$DIR/ratios.txt"
for RUN in $(seq 1 "$RUNS"); do
  echo "== onefamily ($N records)"
  # A fresh output folder: its staging store would otherwise spare onefamily
  # reading the CSV, which Splink's run reads every time.
  rm -rf "$DIR/unified.db" "$DIR/out"
  # The link stage on its own (`onefamily link`: extract, standardise, link;
  # no load), as Splink's script does no load either.
  /usr/bin/time -f "%e %M" -o "$DIR/time-onefamily.txt" "$BIN" --quiet link --project bench/peers/project.toml \
    --out "$DIR/out" > "$DIR/onefamily.log" || [ $? -eq 1 ]
  # Scoring against the truth, timed apart: Splink's script scores inside its
  # own process, so the whole-process line below adds this to onefamily's.
  /usr/bin/time -f "%e %M" -o "$DIR/time-onefamily-eval.txt" "$BIN" evaluate --truth "$DIR/truth.csv" \
    --crosswalk "$DIR/out/crosswalk.csv" --json > "$DIR/onefamily-eval.json" || true

  echo "== Splink ($N records, model v2, 2 threads)"
  /usr/bin/time -f "%e %M" -o "$DIR/time-splink.txt" "$VENV/bin/python" "$PEERS/splink_synthetic.py" "$DIR/people.csv" \
    --out "$DIR/splink.json" --threads 2 --model v2 > "$DIR/splink.log" 2>&1

  python3 scripts/bench_peers_report.py "$DIR" "$DIR/ratios.txt"
done
if [ "$RUNS" -gt 1 ]; then
  python3 scripts/bench_peers_report.py --median "$DIR/ratios.txt"
fi

# The scale check (PEERS_LARGE_N="3000000 10000000" make bench-peers):
# onefamily alone on larger files from the same generator, to show clusters do
# not collapse as the estate grows (Splink's clusters at 0.5 collapse at 3M
# records), and how time and peak memory grow from the 1M run above.
if [ -n "${PEERS_LARGE_N:-}" ]; then
  for L in $PEERS_LARGE_N; do
    if [ ! -f "$DIR/people_$L.csv" ]; then
      "$VENV/bin/python" "$PEERS/gen_synthetic.py" --n "$L" --out "$DIR/people_$L.tmp" --seed 42
      mv "$DIR/people_$L.tmp" "$DIR/people_$L.csv"
    fi
    G="$DIR/large-$L"
    rm -rf "$G/out"
    mkdir -p "$G"
    sed "s#^path = .*#path = \"../people_$L.csv\"#" bench/peers/people.toml > "$G/people.toml"
    printf '[project]\nname = "Peers, %s records"\nreference_date = "2026-01-01"\n\nsources = ["people.toml"]\n' "$L" > "$G/project.toml"
    python3 - "$DIR/people_$L.csv" "$G/truth.csv" <<'PY'
import csv, sys
with open(sys.argv[1], newline="") as f, open(sys.argv[2], "w", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["source", "source_key", "person_id", "family_id"])
    for row in csv.DictReader(f):
        w.writerow(["people", row["rec_id"], row["cluster_id"], row["cluster_id"]])
PY
    echo "== onefamily ($L records)"
    /usr/bin/time -f "%e %M" -o "$G/time.txt" "$BIN" --quiet link --project "$G/project.toml" \
      --out "$G/out" > "$G/run.log" || [ $? -eq 1 ]
    "$BIN" evaluate --truth "$G/truth.csv" --crosswalk "$G/out/crosswalk.csv" --json > "$G/eval.json" || true
  done
  # Growth from the 1M run: each size's wall time, peak memory, bytes per
  # record, stage times and F1, and the exponent k in time ~ N^k.
  python3 - "$DIR" "$N" $PEERS_LARGE_N <<'PY'
import json, math, sys
d, base_n, sizes = sys.argv[1], int(sys.argv[2]), [int(x) for x in sys.argv[3:]]
def one(folder, n):
    secs, kib = open(f"{folder}/time.txt" if folder != d else f"{d}/time-onefamily.txt").read().split()[-2:]
    t = json.load(open(f"{folder}/out/timings.json"))
    ev = json.load(open(f"{folder}/eval.json" if folder != d else f"{d}/onefamily-eval.json"))
    st = dict(t["stages"])
    sub = {s["name"]: s["secs"] for s in t.get("substages", []) if s["stage"] == "link"}
    return n, float(secs), int(kib), st, sub, ev["persons"]["pairwise"]["f1"]
rows = [one(d, base_n)] + [one(f"{d}/large-{n}", n) for n in sizes]
print(f"{'records':>10}{'wall s':>9}{'peak MiB':>10}{'B/record':>10}{'extract':>9}{'stdise':>8}{'link':>8}{'scoring':>9}{'report':>8}{'F1':>8}{'time ~N^k':>11}{'peak ~N^k':>11}")
n0, s0, m0 = rows[0][0], rows[0][1], rows[0][2]
for n, secs, kib, st, sub, f1 in rows:
    k = "" if n == n0 else f"{math.log(secs / s0) / math.log(n / n0):.2f}"
    km = "" if n == n0 else f"{math.log(kib / m0) / math.log(n / n0):.2f}"
    print(f"{n:>10,}{secs:>9.1f}{kib // 1024:>10,}{kib * 1024 // n:>10,}{st.get('extract', 0):>9.1f}{st.get('standardise', 0):>8.1f}"
          f"{st.get('link', 0):>8.1f}{sub.get('scoring', 0):>9.1f}{st.get('report', 0):>8.1f}{f1:>8.4f}{k:>11}{km:>11}")
PY
fi
