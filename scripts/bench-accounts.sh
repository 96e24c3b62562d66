#!/usr/bin/env bash
# What accounts cost (docs/BENCHMARKS.md, "Accounts"): sign-ups per second with the server's
# Argon2id parameters; chat p99 for 500 clients at 400 messages/s, alone and while 200 more
# clients sign up at once; and deliveries per second of 100 clients that are guests, then
# accounts, alternating runs. Every run starts a fresh server on a history file of its own.
#   ./scripts/bench-accounts.sh             3 runs of each (about 8 minutes)
#   BENCH_RUNS=1 ./scripts/bench-accounts.sh
# BENCH_BUILD chooses the build folder (default: build-bench, built here if needed).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source scripts/deps.sh

runs=${BENCH_RUNS:-3}
port=${BENCH_CHINWAG_PORT:-17200}
build=${BENCH_BUILD:-$root/build-bench}
scratch=$(mktemp -d)
trap 'kill "${server_pid:-}" 2>/dev/null || true; rm -rf "$scratch"' EXIT
opts=(--flood-rate 0 --max-clients-per-address 20000)

chinwag_install "${CHINWAG_BUILD_PACKAGES[@]}" >/dev/null
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2 --target chinwag-server chinwag-bench >/dev/null
server_bin=$build/server-app/chinwag-server
bench_bin=$build/bench/chinwag-bench

start_server() {
    rm -f "$scratch"/history.sqlite*
    "$server_bin" --headless --data "$scratch/history.sqlite" "${opts[@]}" 127.0.0.1 "$port" \
        >"$scratch/server.log" 2>&1 </dev/null &
    server_pid=$!
    for _ in $(seq 100); do
        grep -q "has started" "$scratch/server.log" && return 0
        sleep 0.1
    done
    echo "bench-accounts.sh: the server did not start" >&2
    cat "$scratch/server.log" >&2
    exit 1
}

stop_server() {
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
}

bench() {
    "$bench_bin" --port "$port" --server-pid "$server_pid" "$@" | grep '^RESULT'
}

for run in $(seq "$runs"); do
    start_server
    bench --clients 200 --senders 0 --accounts --name-prefix s --setup-timeout 120 \
        --label "signups run=$run"
    stop_server

    start_server
    bench --clients 500 --senders 10 --rate 400 --warmup 2 --duration 30 \
        --label "p99-alone run=$run"
    stop_server

    # The storm starts once the 500 are registered and sending (about 3 s), and lasts 15-30 s
    # (hashing runs at 7-12 a second, depending on the machine's memory): inside the measured 30 s.
    start_server
    (sleep 4 && "$bench_bin" --port "$port" --clients 200 --senders 0 --accounts \
        --name-prefix s --setup-timeout 120 --label "storm run=$run" | grep '^RESULT') &
    storm=$!
    bench --clients 500 --senders 10 --rate 400 --warmup 2 --duration 30 \
        --label "p99-storm run=$run"
    wait "$storm" || true
    stop_server

    for who in guests accounts; do
        start_server
        extra=()
        [ "$who" = accounts ] && extra=(--accounts)
        bench --clients 100 --senders 10 --duration 5 --warmup 1 "${extra[@]}" \
            --label "deliveries-$who run=$run"
        stop_server
    done
done
