#!/usr/bin/env bash
# A delta, step by step, on a copy of the bundled estate: load it, then in
# the copy change one source row (targeted_youth TYS-000004's referral
# reason) and delete another (TYS-000799, the file's last good row, so that
# no other row moves: lineage records each row's position, and rows below a
# deleted one would be updated with their new row numbers), dry-run the
# delta, run it, and run it again (which changes nothing).
# Prints each step's load table (the dry run's is what the real run then
# does). Never touches the repository's sample-data/.
#
#   scripts/delta.sh WORKDIR [TARGET_URL]
#
# TARGET_URL defaults to an SQLite file in WORKDIR; BIN (default
# target/release/onefamily) picks the binary. Each step's Markdown summary
# is kept in WORKDIR/<step>.md, its reports in WORKDIR/<step>/.
set -euo pipefail
BIN=${BIN:-target/release/onefamily}
WORK=${1:?usage: scripts/delta.sh WORKDIR [TARGET_URL]}
TARGET=${2:-sqlite://$WORK/unified.db}
rm -rf "$WORK"
mkdir -p "$WORK"
cp -r mappings sample-data "$WORK/"

# Exit 1 (the bundled estate holds planted bad rows, so it has rejects) is a
# finished run; 2 is not.
step() {
  local name=$1
  shift
  "$BIN" --quiet run --project "$WORK/mappings/project.toml" --target "$TARGET" \
    --out "$WORK/$name" "$@" > "$WORK/$name.md" || [ $? -eq 1 ]
  echo "== $name"
  awk '/^### Load/,/^### Reconciliation/' "$WORK/$name.md" | grep -v '^### Reconciliation'
}

step 1-first-load

python3 - "$WORK/sample-data/targeted_youth_support.csv" <<'EOF'
import csv, sys
path = sys.argv[1]
with open(path, newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
key, reason = header.index("person_id"), header.index("referral_reason")
changed = [r for r in body if r[key] == "TYS-000004"]
assert len(changed) == 1 and changed[0][reason] != "Anti-social behaviour"
changed[0][reason] = "Anti-social behaviour"
kept = [r for r in body if r[key] != "TYS-000799"]
assert len(kept) == len(body) - 1
with open(path, "w", newline="", encoding="utf-8") as f:
    csv.writer(f, lineterminator="\n").writerows([header] + kept)
EOF
echo "(changed targeted_youth TYS-000004: referral reason; deleted targeted_youth TYS-000799)"

# A delta reuses the rehearsal's trained model, as a cutover delta would:
# retraining on slightly different data could move a borderline pair across
# the threshold and blur what the delta itself changed.
MODEL="$WORK/1-first-load/model.json"
step 2-delta-dry-run --model "$MODEL" --dry-run
step 3-delta --model "$MODEL"
step 4-rerun --model "$MODEL"
