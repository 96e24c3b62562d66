#!/usr/bin/env bash
# Installs what is missing, builds, and starts the server monitor with one client connected to
# it. Without a display, the server runs headless in the foreground and says how to connect.
#   ./scripts/run.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh

port=${1:-7000}
chinwag_install "${CHINWAG_BUILD_PACKAGES[@]}" "${CHINWAG_RUN_PACKAGES[@]}"
chinwag_build build

server=build/server-app/chinwag-server
client=build/client-app/chinwag-client

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: running the server headless on 127.0.0.1:$port (Ctrl+C stops it)."
    echo "Connect with:  nc 127.0.0.1 $port    or, on a desktop:  $client 127.0.0.1 $port yourname"
    exec "$server" --headless 127.0.0.1 "$port"
fi

"$server" 127.0.0.1 "$port" &
server_pid=$!
trap 'kill $server_pid 2>/dev/null || true' EXIT
# The client reconnects by itself, so it may start before the server listens.
"$client" 127.0.0.1 "$port" "$(id -un | tr -c 'A-Za-z0-9_.\n-' _)" &
client_pid=$!
wait $client_pid || true
wait $server_pid || true
