#!/usr/bin/env bash
# What --store-before-ack costs (docs/BENCHMARKS.md, "Storing before acknowledging"): 100
# clients, 10 senders, history on, without and with the option in alternating runs; each run
# measures deliveries/s unpaced, then the latency at 400 messages/s.
#   ./scripts/bench-store.sh       3 runs of each (about 3 minutes)
# BENCH_RUNS sets the runs; BENCH_BUILD the build folder (default: build-bench, built if needed).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source scripts/deps.sh
build=${BENCH_BUILD:-$root/build-bench}
chinwag_install "${CHINWAG_BUILD_PACKAGES[@]}" >/dev/null
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2 --target chinwag-server chinwag-bench >/dev/null
S=$build/server-app/chinwag-server
B=$build/bench/chinwag-bench
d=$(mktemp -d)
port=${BENCH_CHINWAG_PORT:-17310}
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$d"' EXIT
run() {
    rm -f "$d"/h.sqlite*
    "$S" --headless --data "$d/h.sqlite" --flood-rate 0 --max-clients-per-address 20000 "$@" \
        127.0.0.1 "$port" >"$d/log" 2>&1 </dev/null &
    pid=$!
    for _ in $(seq 100); do
        grep -q "has started" "$d/log" && break
        sleep 0.1
    done
    "$B" --port "$port" --server-pid "$pid" --clients 100 --senders 10 --duration 5 --warmup 1 \
        --label "deliveries $*" | grep '^RESULT'
    "$B" --port "$port" --server-pid "$pid" --clients 100 --senders 10 --rate 400 --duration 10 \
        --warmup 2 --name-prefix p --label "p99@400 $*" | grep '^RESULT'
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}
for _ in $(seq "${BENCH_RUNS:-3}"); do
    run
    run --store-before-ack
done
