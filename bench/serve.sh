#!/usr/bin/env bash
# nengji serve: how long an edit takes to recompute, through the HTTP endpoint.
# Starts a release `nengji serve` over the pump example (200 workers) and over a
# generated 100,000-worker roster, and times repeated edits of a grade's pay
# with examples/serve_bench.rs (p50 and p95, request written to answer read);
# over the large roster also of an allowance's cap (the whole roster priced).
#
#   bash bench/serve.sh            # EDITS=100 by default
set -euo pipefail
cd "$(dirname "$0")/.."
edits="${EDITS:-100}"
mkdir -p target
work="$(mktemp -d target/bench-serve.XXXXXX)"
trap 'rm -rf "$work"' EXIT

cargo build --release --locked --bin nengji --example serve_bench --example gen_roster
bin=target/release/nengji
bench=target/release/examples/serve_bench

run() { # label field schedule roster standards...
  local label="$1" field="$2" schedule="$3" roster="$4"; shift 4
  mkdir -p "$work/$label"
  "$bin" serve --schedule "$schedule" --roster "$roster" "$@" --dir "$work/$label" \
    --port 0 --no-open >"$work/$label.out" 2>"$work/$label.err" &
  local pid=$!
  local url=""
  for _ in $(seq 1 600); do
    url="$(head -n1 "$work/$label.out" 2>/dev/null || true)"
    [ -n "$url" ] && break
    sleep 0.1
  done
  [ -n "$url" ] || { cat "$work/$label.err"; kill "$pid"; exit 2; }
  printf '%s: ' "$label"
  # The server's CPU time (user + system, all threads) over the run: the work an
  # edit takes when a core is free, whatever the machine's load.
  local before after
  before="$(awk '{print $14 + $15}' "/proc/$pid/stat")"
  "$bench" "$url" "$edits" "$field"
  after="$(awk '{print $14 + $15}' "/proc/$pid/stat")"
  echo "  server CPU: $(( (after - before) * 1000 / $(getconf CLK_TCK) / edits )) ms an edit (with the new offer the run makes first)"
  kill -INT "$pid"
  wait "$pid"
}

run pump grade.0.pay.1 examples/pump/schedule.toml examples/pump/roster.csv \
  --standards zhejiang --standards examples/standards/examples.toml
target/release/examples/gen_roster --rows 100000 --out "$work/roster-100k.csv" >/dev/null
run workload-100k grade.0.base examples/workload/schedule.toml "$work/roster-100k.csv" \
  --standards examples/workload/standards.toml
# An allowance's cap prices the whole roster again (a grade's pay only its grade).
run workload-100k-cap allowance.3.cap examples/workload/schedule.toml "$work/roster-100k.csv" \
  --standards examples/workload/standards.toml
