#!/usr/bin/env bash
# batch against the floor in pairs (issue 16's "batch within 2x the floor"):
# the floor (the csv crate reading the roster and writing a CSV of the same
# size) and batch, each timed by hyperfine, one after the other, PAIRS times.
# On a shared machine whose speed drifts within minutes, a ratio of two runs
# taken seconds apart says more than the ratio of two medians taken minutes
# apart; the script prints every pair's ratio and their median.
#
#   bench/ratio.sh             # 7 pairs on the full workload (after bench/roster.sh built it)
#   PAIRS=11 bench/ratio.sh
#   NO_BUILD=1 bench/ratio.sh  # the binaries already built
#
# Needs hyperfine and python3; the workload comes from bench/roster.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${ROWS:-4810000}
enterprises=${ENTERPRISES:-40000}
pairs=${PAIRS:-7}
dir=target/bench
roster="$dir/roster-$rows-$enterprises.csv"
for tool in hyperfine python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install hyperfine)" >&2; exit 2; }
done
[ -n "${NO_BUILD:-}" ] || cargo build --quiet --release --locked --bin nengji --example gen_roster --example csv_floor
[ -s "$roster" ] || target/release/examples/gen_roster --rows "$rows" --enterprises "$enterprises" --out "$roster"
out="$dir/out"
mkdir -p "$out"
w=examples/workload
# The same two commands as bench/roster.sh's floor and batch.
floor="target/release/examples/csv_floor $roster $out/floor.csv"
batch="target/release/nengji batch --roster $roster --schedule $w/schedule.toml --standards $w/standards.toml --out $out/batch"

# One warm-up of each: the roster in the page cache, the outputs' files made.
hyperfine -N --runs 1 --style none -i "$floor" "$batch" >/dev/null 2>&1
for i in $(seq "$pairs"); do
  # batch exits 1 (it finds workers under the minimum wage): -i keeps its time.
  hyperfine -N --runs 1 --style none -i --export-json "$dir/pair-$i.json" "$floor" "$batch" >/dev/null 2>&1
done

python3 - "$dir" "$pairs" <<'EOF'
import json, statistics, sys
dir, pairs = sys.argv[1], int(sys.argv[2])
ratios = []
print("| pair | floor (s) | batch (s) | batch / floor |")
print("|---|---|---|---|")
for i in range(1, pairs + 1):
    floor, batch = (r["times"][0] for r in json.load(open(f"{dir}/pair-{i}.json"))["results"])
    ratios.append(batch / floor)
    print(f"| {i} | {floor:.2f} | {batch:.2f} | {batch / floor:.2f} |")
median = statistics.median(ratios)
print(f"\nmedian batch / floor over {pairs} pairs = {median:.2f} (target: 2)")
sys.exit(0 if median <= 2.0 else 1)
EOF
