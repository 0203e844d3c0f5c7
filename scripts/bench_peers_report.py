#!/usr/bin/env python3
"""make bench-peers: one run's table, onefamily against Splink 5, from the
files the run left in DIR. With a second argument, also appends the run's
three ratios (whole process without and with scoring against the truth,
link stage against Splink's own phases) to that file, a line a run;
`--median FILE` prints those runs and their median."""
import json, statistics, sys

if sys.argv[1] == "--median":
    # The runs' lines this script appended (below): each run's ratios and
    # their median.
    runs = [[float(x) for x in line.split()] for line in open(sys.argv[2])]
    print(f"{len(runs)} runs, each tool once a run, one after the other:")
    print(f"{'run':>4}{'onefamily s':>13}{'Splink s':>10}{'whole':>8}{'with truth':>12}{'link stage':>12}")
    for i, (w, t, l, a, b) in enumerate(runs, 1):
        print(f"{i:>4}{a:>13.1f}{b:>10.1f}{w:>7.2f}x{t:>11.2f}x{l:>11.2f}x")
    med = [statistics.median(r[k] for r in runs) for k in range(3)]
    print(f"median{'':>25}{med[0]:>7.2f}x{med[1]:>11.2f}x{med[2]:>11.2f}x")
    sys.exit(0)
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
if len(sys.argv) > 2:
    with open(sys.argv[2], "a") as out:
        out.write(f"{(sp_secs - sp_truth) / of_secs:.4f} {sp_secs / (of_secs + ev_secs):.4f} {sp_own / max(link, 1e-9):.4f} "
                  f"{of_secs:.2f} {sp_secs - sp_truth:.2f}\n")
