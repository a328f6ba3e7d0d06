#!/usr/bin/env bash
# Spreadsheet benchmark (issue 14): writing the pay sheet of a 100,000-row roster
# as .xlsx (rust_xlsxwriter, constant-memory mode) against writing it as CSV,
# timed with hyperfine, peak memory from /usr/bin/time -v.
#
#   bench/xlsx.sh                 # 100,000 rows, release build
#   ROWS=20000 PROFILE=debug bench/xlsx.sh
#
# Reading an .xlsx roster is measured by the same script once table inputs read
# spreadsheets: it converts the roster with LibreOffice and times compute on it
# (set READ=1).
#
# Needs hyperfine and GNU time (Debian: apt-get install hyperfine time), and for
# READ=1 LibreOffice Calc.
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${ROWS:-100000}
enterprises=${ENTERPRISES:-800}
runs=${RUNS:-5}
profile=${PROFILE:-release}
dir=${BENCH_DIR:-/tmp/nengji-bench-xlsx}
mkdir -p "$dir"

for tool in hyperfine /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install hyperfine time)" >&2; exit 2; }
done

flag=$([ "$profile" = release ] && echo --release || true)
cargo build --quiet $flag --bin nengji --example gen_roster
bin="target/$profile"
roster="$dir/roster-$rows.csv"
[ -s "$roster" ] || "$bin/examples/gen_roster" --rows "$rows" --enterprises "$enterprises" --out "$roster"

compute="$bin/nengji compute --schedule examples/workload/schedule.toml --roster $roster"
hyperfine --warmup 1 --runs "$runs" --export-json "$dir/hyperfine.json" \
  --prepare "rm -f $dir/pay.csv $dir/pay.xlsx; sync" \
  "$compute -o $dir/pay.csv" "$compute -o $dir/pay.xlsx"

for out in pay.csv pay.xlsx; do
  /usr/bin/time -v $compute -o "$dir/$out" 2>"$dir/time-$out.txt" >/dev/null
  echo "$out: $(grep 'Maximum resident set size' "$dir/time-$out.txt" | awk '{print $6}') KB peak, $(stat -c %s "$dir/$out") bytes"
done

if [ "${READ:-0}" = 1 ]; then
  soffice -env:UserInstallation="file://$dir/lo-profile" --headless \
    --infilter="CSV:44,34,76,1" --convert-to xlsx --outdir "$dir" "$roster" >/dev/null
  xlsx="$dir/roster-$rows.xlsx"
  read_compute="$bin/nengji compute --schedule examples/workload/schedule.toml --roster $xlsx"
  hyperfine --warmup 1 --runs "$runs" "$compute -o $dir/read.csv" "$read_compute -o $dir/read.csv"
  /usr/bin/time -v $read_compute -o "$dir/read.csv" 2>"$dir/time-read.txt" >/dev/null
  echo "reading $xlsx: $(grep 'Maximum resident set size' "$dir/time-read.txt" | awk '{print $6}') KB peak"
fi
