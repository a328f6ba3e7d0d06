#!/usr/bin/env bash
# Spreadsheet benchmark (issue 14): reading a 100,000-row roster as .xlsx and
# writing its pay sheet as .xlsx (rust_xlsxwriter, constant-memory mode), each
# against the CSV path, timed with hyperfine, peak memory from /usr/bin/time -v.
#
#   bench/xlsx.sh                          # 100,000 rows, release build
#   ROWS=20000 PROFILE=debug bench/xlsx.sh
#
# The roster is the workload generator's (examples/gen_roster.rs, see
# bench/WORKLOAD.md); LibreOffice saves it as .xlsx (numbers as number cells,
# dates as date cells, as a person's sheet holds them), once, cached in the
# bench directory. Results go to target/bench-xlsx/ (hyperfine JSON, time -v).
#
# Needs hyperfine, GNU time and LibreOffice Calc (Debian: apt-get install
# hyperfine time libreoffice-calc).
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${ROWS:-100000}
enterprises=${ENTERPRISES:-800}
runs=${RUNS:-5}
profile=${PROFILE:-release}
dir=${BENCH_DIR:-target/bench-xlsx}
mkdir -p "$dir"

for tool in hyperfine /usr/bin/time soffice; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install hyperfine time libreoffice-calc)" >&2; exit 2; }
done

flag=$([ "$profile" = release ] && echo --release || true)
cargo build --quiet $flag --bin nengji --example gen_roster
bin="target/$profile"
roster="$dir/roster-$rows.csv"
xlsx="$dir/roster-$rows.xlsx"
[ -s "$roster" ] || "$bin/examples/gen_roster" --rows "$rows" --enterprises "$enterprises" --out "$roster"
if [ ! -s "$xlsx" ]; then
  soffice -env:UserInstallation="file://$PWD/$dir/lo-profile" --headless \
    --infilter="CSV:44,34,76,1" --convert-to xlsx --outdir "$dir" "$roster" >/dev/null
fi
echo "roster: $rows rows; CSV $(stat -c %s "$roster") bytes, .xlsx $(stat -c %s "$xlsx") bytes"

schedule=examples/workload/schedule.toml
run() { echo "$bin/nengji compute --schedule $schedule --roster $1 -o $dir/$2"; }
# The same pay from either roster, before anything is timed.
$(run "$roster" check.csv) && $(run "$xlsx" check-xlsx.csv)
cmp "$dir/check.csv" "$dir/check-xlsx.csv"

hyperfine --warmup 1 --runs "$runs" --export-json "$dir/hyperfine.json" \
  --prepare "rm -f $dir/pay.csv $dir/pay.xlsx" \
  -n "csv -> csv" "$(run "$roster" pay.csv)" \
  -n "xlsx -> csv (reading .xlsx)" "$(run "$xlsx" pay.csv)" \
  -n "csv -> xlsx (writing .xlsx)" "$(run "$roster" pay.xlsx)" \
  -n "xlsx -> xlsx" "$(run "$xlsx" pay.xlsx)"

for case in "$roster pay.csv" "$xlsx pay.csv" "$roster pay.xlsx" "$xlsx pay.xlsx"; do
  set -- $case
  /usr/bin/time -v $(run "$1" "$2") 2>"$dir/time.txt" >/dev/null
  peak=$(grep 'Maximum resident set size' "$dir/time.txt" | awk '{print $6}')
  echo "$(basename "$1") -> $2: peak $peak KB, output $(stat -c %s "$dir/$2") bytes"
done
