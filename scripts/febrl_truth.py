#!/usr/bin/env python3
"""Truth file for FEBRL: rec-N-org and rec-N-dup-K are the same person N."""
import csv
import sys

src, dst = sys.argv[1], sys.argv[2]
with open(src, newline="") as f, open(dst, "w", newline="") as out:
    reader = csv.reader(f, skipinitialspace=True)
    next(reader)
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["source", "source_key", "person_id", "family_id"])
    for row in reader:
        rec = row[0].strip()
        person = rec.split("-")[1]
        w.writerow(["febrl3", rec, person, person])
