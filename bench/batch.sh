#!/usr/bin/env bash
# The batch benchmark of issue 6: the reference workload (bench/WORKLOAD.md,
# 4.81 million rows over 40,000 enterprises, made by the Rust generator) through
# `nengji batch`, against the floor: the csv crate alone reading the roster and
# writing a CSV of the same size. Both are timed in the same hyperfine run; peak
# memory comes from /usr/bin/time -v.
#
#   bench/batch.sh                    # the full workload
#   ROWS=481000 ENTERPRISES=4000 bench/batch.sh
#
# Needs hyperfine and GNU time (Debian: apt-get install hyperfine time).
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${ROWS:-4810000}
enterprises=${ENTERPRISES:-40000}
runs=${RUNS:-5}
dir=${BENCH_DIR:-target/bench-batch}
mkdir -p "$dir"

for tool in hyperfine /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install hyperfine time)" >&2; exit 2; }
done

cargo build --quiet --release --bin nengji --example gen_roster --example csv_floor
roster="$dir/roster-$rows-$enterprises.csv"
[ -s "$roster" ] || target/release/examples/gen_roster --rows "$rows" --enterprises "$enterprises" --out "$roster"

floor="target/release/examples/csv_floor $roster $dir/floor.csv"
# The workload: compute, the minimum-wage check, pay.csv and enterprises.csv.
run="target/release/nengji batch --roster $roster --schedule examples/workload/schedule.toml --standards examples/workload/standards.toml ${BATCH_FLAGS:-}"
batch="$run --out $dir/out"

# batch exits 1 when the check finds workers below the minimum (the workload
# plants some), so exit codes are checked once below rather than by hyperfine.
# Before each run, the previous run's output is deleted and everything synced:
# neither command pays for dropping an old file or for another run's writeback
# (the floor does not sync its output; batch syncs its own, as it must).
hyperfine --ignore-failure --warmup 1 --runs "$runs" --export-json "$dir/hyperfine.json" \
  --prepare "rm -f $dir/floor.csv; sync" --prepare "rm -rf $dir/out; sync" \
  -n floor "$floor" -n batch "$batch" >&2

status=0
/usr/bin/time -v $batch 2>"$dir/time.txt" >"$dir/summary.txt" || status=$?
if [ "$status" -gt 1 ]; then
  cat "$dir/time.txt" >&2
  echo "bench: batch failed with exit code $status" >&2
  exit 2
fi
cat "$dir/summary.txt"
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$dir/time.txt")

# The notice (能级工资标准公示) for every enterprise, rendered in the same run.
/usr/bin/time -v $run --documents notice --out "$dir/notices" 2>"$dir/notices-time.txt" >/dev/null || true
notices_wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$dir/notices-time.txt")
notices=$(find "$dir/notices/documents" -name 'notice.md' | wc -l)

python3 - "$dir/hyperfine.json" "$rows" "$rss_kb" "$(nproc)" "$notices" "$notices_wall" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
rows, rss_kb, cores = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
notices, notices_wall = sys.argv[5], sys.argv[6]
floor, batch = results["floor"]["median"], results["batch"]["median"]
print(f"rows            {rows:,}")
print(f"cores           {cores}")
print(f"floor median    {floor:.2f} s  (csv crate: read the roster, write a CSV of the same size)")
print(f"batch median    {batch:.2f} s  (compute, pay.csv, enterprises.csv, summaries, manifest)")
print(f"batch rows/s    {rows / batch:,.0f}")
print(f"ratio           {batch / floor:.2f} x the floor (target: 2)")
print(f"peak RSS        {rss_kb / 1024:.1f} MB (target: 200)")
print(f"with notices    {notices_wall} (m:ss) for the batch and {notices} notices (target: under 60 s)")
PY
