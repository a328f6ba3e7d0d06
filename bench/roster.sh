#!/usr/bin/env bash
# Every roster command at roster scale (issue 16): the reference workload
# (bench/WORKLOAD.md, 4.81 million rows over 40,000 enterprises, made by the
# Rust generator) through batch, compute, check, audit, compare (the base and
# two offers), propose and assess, timed in ONE hyperfine run with the floor
# (the csv crate alone reading the roster and writing a CSV of the same size);
# each command's peak memory comes from /usr/bin/time -v.
#
#   bench/roster.sh                              # the full workload
#   ROWS=481000 ENTERPRISES=4000 bench/roster.sh # a tenth of it
#   RUNS=5 WARMUP=1 bench/roster.sh              # runs per command, warm-ups first
#   ONLY="audit assess" bench/roster.sh          # some commands (with floor and batch)
#
# Targets: peak RSS <= 200 MB each; check <= 1.5x batch; compare (2 offers)
# <= 2.5x batch; propose <= 3x batch; batch <= 2x the floor.
# Inputs and outputs live in target/bench (never in git). Needs hyperfine and
# GNU time (Debian: apt-get install hyperfine time) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${ROWS:-4810000}
enterprises=${ENTERPRISES:-40000}
runs=${RUNS:-3}
warmup=${WARMUP:-1}
dir=target/bench
mkdir -p "$dir"

for tool in hyperfine /usr/bin/time python3 awk; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install hyperfine time)" >&2; exit 2; }
done

# NO_BUILD=1 times the binaries already built (e.g. while a rebuild would not finish in time).
[ -n "${NO_BUILD:-}" ] || cargo build --quiet --release --locked --bin nengji --example gen_roster --example csv_floor
bin=target/release/nengji
w=examples/workload
roster="$dir/roster-$rows-$enterprises.csv"
[ -s "$roster" ] || target/release/examples/gen_roster --rows "$rows" --enterprises "$enterprises" --out "$roster"

# The payroll audit reads: what compute says is owed, with every 97th worker's
# grade pay (and gross) paid 100.00 short, so there are findings to write.
payroll="$dir/payroll-$rows-$enterprises.csv"
if [ ! -s "$payroll" ]; then
  $bin compute --schedule $w/schedule.toml --roster "$roster" --format csv --csv-encoding utf-8 -o "$dir/pay.csv"
  awk -F, -v OFS=, 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; print; next }
    NR % 97 == 0 { $col["grade_pay"] = sprintf("%.2f", $col["grade_pay"] - 100); $col["gross"] = sprintf("%.2f", $col["gross"] - 100) }
    { print }' "$dir/pay.csv" >"$payroll.part"
  mv "$payroll.part" "$payroll"
  rm -f "$dir/pay.csv"
fi

# The scores assess reads: every worker of the roster scored in the four
# dimensions of bench/workload-assessment.toml, spread over 50-99.9 so some
# are promoted, some stay and some (below 60) are moved down.
scores="$dir/scores-$rows-$enterprises.csv"
if [ ! -s "$scores" ]; then
  awk -F, -v OFS=, 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; print "employee_id", "enterprise_id", "品德", "能力", "业绩", "贡献"; next }
    { n = NR * 7919; print $col["employee_id"], $col["enterprise_id"],
        50 + n % 500 / 10, 55 + int(n / 7) % 450 / 10, 52 + int(n / 13) % 480 / 10, 60 + int(n / 3) % 400 / 10 }' \
    "$roster" >"$scores.part"
  mv "$scores.part" "$scores"
fi

out="$dir/out"
base="--schedule $w/schedule.toml --roster $roster"
declare -A cmd=(
  [floor]="target/release/examples/csv_floor $roster $out/floor.csv"
  [batch]="$bin batch --roster $roster --schedule $w/schedule.toml --standards $w/standards.toml --out $out/batch"
  [compute]="$bin compute $base --format csv -o $out/pay.csv"
  [check]="$bin check $base --standards $w/standards.toml --format csv -o $out/findings.csv"
  [audit]="$bin audit $base --payroll $payroll --format csv -o $out/audit.csv"
  [compare]="$bin compare $w/schedule.toml $w/offer-a.toml $w/offer-b.toml --roster $roster -o $out/compare.txt"
  [propose]="$bin propose $base --target-growth 5% -o $out/proposed.toml"
  [assess]="$bin assess --rules bench/workload-assessment.toml --roster $roster --scores $scores --schedule $w/schedule.toml -o $out/assessed.csv"
  # Three months owed under offer-a, paid under the schedule: it prices every
  # worker six times (two schedules, three months), so it is not in the
  # default order; ONLY=arrears runs it.
  [arrears]="$bin arrears --schedule $w/offer-a.toml --previous $w/schedule.toml --roster $roster --from 2026-01 --to 2026-03 --format csv -o $out/arrears.csv"
)
order=(floor batch compute check audit compare propose assess)
# ONLY="compute audit" times some of them (with the floor and batch the ratios need).
if [ -n "${ONLY:-}" ]; then
  order=(floor batch $ONLY)
fi

named=()
# Each command runs under GNU time inside the hyperfine run, so the times and
# the peak RSS come from the same runs (the last run's RSS is kept).
for name in "${order[@]}"; do
  named+=(-n "$name" "/usr/bin/time -v -o $dir/time-$name.txt ${cmd[$name]}")
done
# check and audit exit 1 when they find something (the workload plants
# workers below the minimum; the payroll underpays), so exit codes are checked
# from GNU time's report below rather than by hyperfine. Before each run the
# previous outputs are deleted and everything synced.
hyperfine --ignore-failure --warmup "$warmup" --runs "$runs" --export-json "$dir/hyperfine.json" \
  --prepare "rm -rf $out; mkdir -p $out; sync" "${named[@]}" >&2

: >"$dir/rss.txt"
for name in "${order[@]}"; do
  status=$(awk -F': ' '/Exit status/ {print $2}' "$dir/time-$name.txt")
  if [ "${status:-2}" -gt 1 ]; then
    cat "$dir/time-$name.txt" >&2
    echo "bench: $name failed with exit code ${status:-unknown}" >&2
    exit 2
  fi
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$dir/time-$name.txt")
  echo "$name $kb" >>"$dir/rss.txt"
done

python3 - "$dir/hyperfine.json" "$dir/rss.txt" "$rows" "$enterprises" "$(nproc)" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
rss = dict((l.split()[0], int(l.split()[1])) for l in open(sys.argv[2]) if l.strip())
rows, enterprises, cores = int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
median = {k: v["median"] for k, v in results.items()}
batch, floor = median["batch"], median["floor"]
ratio_targets = {"batch": ("floor", 2.0), "check": ("batch", 1.5),
                 "compare": ("batch", 2.5), "propose": ("batch", 3.0)}
print(f"{rows:,} rows, {enterprises:,} enterprises, {cores} cores")
print()
print("| command | median (s) | min-max (s) | x batch | peak RSS (MB) | target | met |")
print("|---|---|---|---|---|---|---|")
for name, r in results.items():
    mb = rss.get(name, 0) / 1024
    goals, met = [], []
    if name in ratio_targets:
        of, limit = ratio_targets[name]
        x = median[name] / median[of]
        goals.append(f"<= {limit}x {of}")
        met.append(x <= limit)
    if name not in ("floor", "batch"):
        goals.append("RSS <= 200 MB")
        met.append(mb <= 200)
    ok = "-" if not met else ("yes" if all(met) else "NO")
    print(f"| {name} | {r['median']:.2f} | {r['min']:.2f}-{r['max']:.2f} | "
          f"{median[name] / batch:.2f} | {mb:.0f} | {'; '.join(goals) or '-'} | {ok} |")
print()
print(f"batch / floor = {batch / floor:.2f} (target: 2)")
PY
