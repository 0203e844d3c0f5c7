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

python3 - "$DIR" <<'PY'
import json, sys
d = sys.argv[1]
of_secs, of_kib = open(f"{d}/time-onefamily.txt").read().strip().splitlines()[-1].split()
ev_secs, _ = open(f"{d}/time-onefamily-eval.txt").read().strip().splitlines()[-1].split()
sp_secs, sp_kib = open(f"{d}/time-splink.txt").read().strip().splitlines()[-1].split()
of_secs, ev_secs, sp_secs = float(of_secs), float(ev_secs), float(sp_secs)
timings = json.load(open(f"{d}/out/timings.json"))
link = dict(timings["stages"]).get("link", 0.0)
ev = json.load(open(f"{d}/onefamily-eval.json"))
sp = json.load(open(f"{d}/splink.json"))
def f1(c):
    return c.get("pairwise_transitive", {}).get("f1")
best_key, sp_best = max(sp["clustering"].items(), key=lambda kv: f1(kv[1]) or 0)
# Splink's own work, as its script times it: load, training (lambda, u, EM),
# predict and the one clustering whose F1 is quoted; not its scoring against
# the truth (evaluate_pairs, cluster_eval_*), nor other thresholds' clusterings.
ph = sp.get("phases_s", {})
own_phases = ["load", "estimate_lambda", "estimate_u", "em", "predict", f"splink_cluster_{best_key}"]
sp_own = sum(ph.get(k, 0.0) for k in own_phases)
sp_truth = sum(v for k, v in ph.items() if k not in own_phases)
print(f"{'':<44}{'onefamily':>12}{'Splink':>12}{'ratio':>8}")
def row(label, a, b):
    print(f"{label:<44}{a:>12.1f}{b:>12.1f}{b / max(a, 1e-9):>7.2f}x")
row("whole process, with scoring vs truth, s", of_secs + ev_secs, sp_secs)
row("whole process, no scoring vs truth, s", of_secs, sp_secs - sp_truth)
row("link stage / Splink's own phases, s", link, sp_own)
print(f"{'peak RSS MiB':<44}{int(of_kib)//1024:>12}{int(sp_kib)//1024:>12}{int(sp_kib)/max(int(of_kib),1):>7.2f}x")
print(f"{'clusters pairwise F1':<44}{ev['persons']['pairwise']['f1']:>12.4f}{f1(sp_best) or float('nan'):>12.4f}")
print(f"(Splink at its best threshold {sp_best.get('threshold')}, chosen with the truth; onefamily at its configured threshold.)")
print(f"(onefamily's whole process is `onefamily link` ({of_secs:.1f} s: extract, standardise, link) plus `onefamily evaluate` ({ev_secs:.1f} s);")
print(f" Splink's phases: " + ", ".join(f"{k} {ph.get(k, 0.0):.1f}" for k in own_phases) + f"; scoring vs truth and other clusterings {sp_truth:.1f} s.)")
PY

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
