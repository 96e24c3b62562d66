#!/usr/bin/env bash
# A soak (docs/SECURITY.md, "Soak"): SOAK_SECONDS (default 1800) of mixed load on one server:
# chat from chinwag-bench in rounds of a minute (200 clients, 20 senders, 100 messages/s, each
# round new connections: joins, leaves and reconnects), beside scripts/soak_clients.py (history
# queries, slow readers, flooders, clients reconnecting five times a second). It prints the
# server's RSS every 30 s, then messages sent and delivered, what was lost, and the clients' counts.
# Not part of CI.
#   ./scripts/soak.sh
#   SOAK_SECONDS=300 ./scripts/soak.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source scripts/deps.sh
seconds=${SOAK_SECONDS:-1800}
port=${SOAK_PORT:-17400}
build=${BENCH_BUILD:-$root/build-bench}
scratch=$(mktemp -d)
trap 'kill "${server_pid:-}" "${clients_pid:-}" 2>/dev/null || true; rm -rf "$scratch"' EXIT

chinwag_install "${CHINWAG_BUILD_PACKAGES[@]}" python3 >/dev/null
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2 --target chinwag-server chinwag-bench >/dev/null

# Flood control stays on (the bench's senders stay below it); only the address limit is raised,
# since every client comes from 127.0.0.1.
"$build/server-app/chinwag-server" --headless --data "$scratch/history.sqlite" \
    --max-clients-per-address 20000 127.0.0.1 "$port" >"$scratch/server.log" 2>&1 </dev/null &
server_pid=$!
for _ in $(seq 100); do
    grep -q "has started" "$scratch/server.log" && break
    sleep 0.1
done

rss() { awk '/VmRSS/ { print $2 }' "/proc/$server_pid/status"; }
echo "SOAK start rss_kb=$(rss) seconds=$seconds"
python3 scripts/soak_clients.py "$port" "$seconds" >"$scratch/clients.out" &
clients_pid=$!
start=$(date +%s)
round=0
while (($(date +%s) - start < seconds)); do
    round=$((round + 1))
    "$build/bench/chinwag-bench" --port "$port" --clients 200 --senders 20 --rate 100 \
        --warmup 1 --duration 50 --name-prefix "r${round}x" --label "round=$round" |
        grep '^RESULT' >>"$scratch/rounds.out" || echo "SOAK round $round: the bench reported a failure"
    echo "SOAK t=$(($(date +%s) - start))s rss_kb=$(rss)"
done
wait "$clients_pid" || true
awk '{ for (i = 2; i <= NF; ++i) { split($i, kv, "="); v[kv[1]] += kv[2] } ++n }
     END { printf "SOAK rounds=%d messages=%d deliveries=%d lost=%d duplicates=%d corrupt=%d\n",
           n, v["messages"], v["deliveries"], v["lost"], v["duplicates"], v["corrupt"] }' \
    "$scratch/rounds.out"
cat "$scratch/clients.out"
echo "SOAK end rss_kb=$(rss)"
echo "SOAK server log: $(grep -c 'stopped reading and was disconnected' "$scratch/server.log") slow readers cut," \
    "$(grep -c 'sending too fast' "$scratch/server.log") floods delayed," \
    "$(grep -c 'kept sending too fast' "$scratch/server.log") flooders cut"
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
