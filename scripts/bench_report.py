#!/usr/bin/env python3
"""Print a run's timings.json as the figures `make bench` reports."""
import json
import sys

timings = json.load(open(sys.argv[1]))
# /usr/bin/time's last line; a line before it may say the exit status (1: rejects).
secs, kib = open(sys.argv[2]).read().strip().splitlines()[-1].split()
if "--load-only" in sys.argv:
    report = json.load(open(sys.argv[sys.argv.index("--load-only") + 1]))
    # Rows written (inserted, updated, retired) over the whole load stage:
    # reading the target, building and diffing rows, writing, rebuilding
    # indexes and checking the loaded target.
    tables = report["load"].get("tables", {}).values()
    rows = sum(t.get("inserted", 0) + t.get("updated", 0) + t.get("retired", 0) for t in tables)
    # timings.json lists the read-back checks (`verify`, nested in the load)
    # as a stage of their own; they run inside the load's transaction, before
    # its commit, so the load's figure counts them.
    stages = dict(timings["stages"])
    write, verify = stages.get("load", 0.0), stages.get("verify", 0.0)
    load = write + verify
    kind = "PostgreSQL" if report["load"]["target"].startswith("postgres") else "SQLite"
    print(f"load into {kind}: {rows:,} rows in {load:.2f} s = {rows / max(load, 1e-9):,.0f} rows/s "
          f"(building, writing and indexing {write:.2f} s, read-back checks {verify:.2f} s)")
    sys.exit(0)
print(f"whole run: {float(secs):.2f} s wall, {int(kib) // 1024} MiB peak RSS, {timings['records']:,} person records")
print(f"{'stage':<14}{'secs':>10}{'records/s':>14}")
for name, s in timings["stages"]:
    print(f"{name:<14}{s:>10.2f}{timings['records'] / max(s, 1e-9):>14,.0f}")
print(f"{'source':<24}{'kind':<8}{'rows':>10}{'records':>10}{'secs':>8}{'records/s':>12}")
for s in timings["sources"]:
    print(f"{s['source']:<24}{s['kind']:<8}{s['rows']:>10,}{s['records']:>10,}{s['secs']:>8.2f}{s['records_per_sec']:>12,.0f}")
