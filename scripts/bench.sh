#!/usr/bin/env bash
# The standard benchmark set (docs/BENCHMARKS.md): chinwag-server and ngIRCd measured by
# chinwag-bench in one sitting, on this machine, each workload run against a fresh server.
# Prints one table with the ratio of the two, and writes docs/bench/: results.txt (every
# RESULT line), table.md, sweep.dat and sweep.png; the servers' logs go to build-bench/bench-logs.
#   ./scripts/bench.sh                 the standard set, medians of 3 runs (15 to 25 minutes)
#   BENCH_RUNS=1 ./scripts/bench.sh    one run of each (about 10 minutes)
#   ./scripts/bench.sh --report        the table and the plot again, from docs/bench/results.txt
# CHINWAG_SERVER_OPTS passes options to every chinwag-server started here.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source scripts/deps.sh

runs=${BENCH_RUNS:-3}
chinwag_port=${BENCH_CHINWAG_PORT:-17000}
ngircd_port=16667 # fixed by the configuration below
ngircd_conf=$root/../shared/anchors/ngircd.conf
out=$root/docs/bench
build=$root/build-bench
logs=$build/bench-logs
# As ngIRCd is set up: flood control off, and every client may come from the same address.
CHINWAG_SERVER_OPTS=${CHINWAG_SERVER_OPTS:---flood-rate 0 --max-clients-per-address 20000}
# Every client is a socket in the bench and one in the server.
needed_files=10100
# Registrations that take longer than this are reported as not done; ngIRCd takes a minute or
# more to have 5000 clients join one channel.
setup_timeout=90
sweep_setup_timeout=150
sweep_sizes=(100 500 1000 2000 5000)
saturate=(--senders 10 --duration 5 --warmup 1)

die() {
    echo "bench.sh: $*" >&2
    exit 1
}

port_busy() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# --- what a run needs: descriptors, packages, the build, free ports ---------------------------
prepare() {
    ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
    local files
    files=$(ulimit -n)
    [ "$files" = unlimited ] || [ "$files" -ge "$needed_files" ] \
        || die "10 000 clients need $needed_files open files per process; 'ulimit -n' is $files and the hard limit $(ulimit -Hn). Raise it (limits.conf, or run as root) and try again."

    chinwag_install "${CHINWAG_BUILD_PACKAGES[@]}" "${CHINWAG_BENCH_PACKAGES[@]}" \
        || die "could not install the packages the benchmark needs"
    [ -f "$ngircd_conf" ] || die "$ngircd_conf is missing: it sits beside the project, in ../shared"
    echo "bench.sh: building chinwag-server and chinwag-bench (RelWithDebInfo) in build-bench/"
    mkdir -p "$out" "$logs"
    { cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        && cmake --build "$build" -j2 --target chinwag-server chinwag-bench; } >"$logs/build.log" 2>&1 \
        || { tail -30 "$logs/build.log" >&2; die "the build failed (build-bench/bench-logs/build.log)"; }
    server_bin=$build/server-app/chinwag-server
    bench_bin=$build/bench/chinwag-bench
    ngircd_bin=$(command -v ngircd || echo /usr/sbin/ngircd)

    local port
    for port in "$chinwag_port" "$ngircd_port"; do
        ! port_busy "$port" || die "port $port is in use: stop what listens there (or set BENCH_CHINWAG_PORT)"
    done
}

# --- servers, each started fresh for one workload and stopped by its pid ----------------------
# Each chinwag-server keeps its history in a file of its own, as it would on a real machine, in
# a folder removed on exit.
scratch=$(mktemp -d)
server_pid=
servers_started=0
stop_server() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=
    fi
}
trap 'stop_server; rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM

# start_server chinwag|monitor|nohistory|ngircd: starts it in the background and waits until it
# listens.
start_server() {
    local port data
    servers_started=$((servers_started + 1))
    data=$scratch/history-$servers_started.sqlite
    case $1 in
    chinwag)
        # shellcheck disable=SC2086 # the options are words
        "$server_bin" --headless --data "$data" 127.0.0.1 "$chinwag_port" $CHINWAG_SERVER_OPTS \
            >"$logs/server.log" 2>&1 &
        port=$chinwag_port ;;
    nohistory)
        # shellcheck disable=SC2086
        "$server_bin" --headless --no-history 127.0.0.1 "$chinwag_port" $CHINWAG_SERVER_OPTS \
            >"$logs/server.log" 2>&1 &
        port=$chinwag_port ;;
    monitor)
        # shellcheck disable=SC2086
        QT_QPA_PLATFORM=offscreen "$server_bin" -platform offscreen --data "$data" \
            127.0.0.1 "$chinwag_port" $CHINWAG_SERVER_OPTS >"$logs/server.log" 2>&1 &
        port=$chinwag_port ;;
    ngircd)
        "$ngircd_bin" -n -f "$ngircd_conf" >"$logs/server.log" 2>&1 &
        port=$ngircd_port ;;
    esac
    server_pid=$!
    for _ in $(seq 100); do
        port_busy "$port" && return 0
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    cat "$logs/server.log" >&2
    die "$1 did not start listening on port $port"
}

# The machine is shared: wait (a little) for other programs to finish what they are doing, so
# that they do not take CPU time from the server or the bench. Each run reports other_cpu_pct.
busy_percent() {
    local a b
    read -r _ u n s i w q sq st _ </proc/stat
    a=$((u + n + s + q + sq + st)) b=$((u + n + s + q + sq + st + i + w))
    sleep 1
    read -r _ u n s i w q sq st _ </proc/stat
    echo $(((u + n + s + q + sq + st - a) * 100 / (u + n + s + q + sq + st + i + w - b + 1)))
}
wait_for_quiet() {
    local tries=0
    while [ "$(busy_percent)" -gt 10 ] && [ $tries -lt 5 ]; do
        tries=$((tries + 1))
    done
}

key() { # key KEY: that field of each RESULT line read
    grep -o "\<$1=[^ ]*" | cut -d= -f2
}
field() { # field KEY RESULT-LINE
    key "$1" <<<"$2" | head -1
}
summary() {
    local l=$1
    if [ "$(field senders "$l")" = 0 ]; then
        echo "registered in $(field register_s "$l") s, RSS $(field server_setup_kb "$l") KiB, ok=$(field ok "$l")"
    else
        echo "$(field deliveries_per_s "$l")/s, p50 $(field p50_ms "$l") ms, p99 $(field p99_ms "$l") ms, lost $(field lost "$l"), server CPU $(field server_cpu_pct "$l") %, bench CPU $(field bench_cpu_pct "$l") %, other CPU $(field other_cpu_pct "$l") %, ok=$(field ok "$l")"
    fi
}

# run WORKLOAD SERVER RUN BENCH-ARGS...: one bench run against a fresh server; appends its RESULT
# line, prefixed with the workload, server and run, to results.txt.
run() {
    local workload=$1 server=$2 run=$3
    shift 3
    local dialect=(--port "$chinwag_port")
    [ "$server" = ngircd ] && dialect=(--dialect irc --port "$ngircd_port")
    wait_for_quiet
    start_server "$server"
    local result status=0
    result=$("$bench_bin" "${dialect[@]}" --server-pid "$server_pid" --label "$workload/$server" "$@" \
        2>>"$logs/bench-errors.log") || status=$?
    stop_server
    local line
    line=$(grep '^RESULT ' <<<"$result" || true)
    [ -n "$line" ] || line="RESULT ok=0 failure=no_result"
    echo "$workload $server $run $line" >>"$out/results.txt"
    printf '  %-10s %-8s run %s: %s\n' "$workload" "$server" "$run" "$(summary "$line")"
    [ $status = 0 ] || echo "    (chinwag-bench exited with $status; see docs/bench/results.txt)"
}

# --- the standard set and the sweep -----------------------------------------------------------
measure() {
    : >"$out/results.txt"
    : >"$logs/bench-errors.log"
    echo "bench.sh: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $runs run(s) of each workload"
    local r server clients
    for r in $(seq "$runs"); do
        echo "bench.sh: round $r of $runs"
        for server in chinwag ngircd; do
            run w1 "$server" "$r" --clients 100 "${saturate[@]}" --setup-timeout "$setup_timeout"
            run w2 "$server" "$r" --clients 500 "${saturate[@]}" --setup-timeout "$setup_timeout"
            run w3 "$server" "$r" --clients 500 --senders 10 --rate 400 --duration 5 --warmup 1 \
                --setup-timeout "$setup_timeout"
            # 10 000 registrations take each server half a minute or more: once is enough.
            if [ "$r" = 1 ]; then
                run w4 "$server" "$r" --clients 10000 --senders 0 --setup-timeout "$setup_timeout"
            fi
            run w5 "$server" "$r" --clients 1000 --senders 0 --setup-timeout "$setup_timeout"
        done
        run w1 monitor "$r" --clients 100 "${saturate[@]}" --setup-timeout "$setup_timeout"
        run w1 nohistory "$r" --clients 100 "${saturate[@]}" --setup-timeout "$setup_timeout"
    done

    echo "bench.sh: sweep of deliveries/s over the number of clients"
    for clients in "${sweep_sizes[@]}"; do
        for server in chinwag ngircd; do
            # Chinwag's groups hold 1000 members by default: the sweep sends to everyone
            # (MSGALL), which is what IRC's one channel of all clients is.
            run "sweep$clients" "$server" 1 --clients "$clients" --mode broadcast "${saturate[@]}" \
                --setup-timeout "$sweep_setup_timeout"
        done
    done
}

# --- the table and the plot, from results.txt -------------------------------------------------
# runs_of WORKLOAD SERVER: the RESULT lines of its runs.
runs_of() { grep "^$1 $2 " "$out/results.txt" || true; }
middle() { # the median of the numbers read, or - when there are none
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
# median WORKLOAD SERVER KEY: the median over the runs of one RESULT field.
median() { runs_of "$1" "$2" | key "$3" | middle; }
# measured WORKLOAD SERVER: the median deliveries/s over the runs that got to measure.
measured() { runs_of "$1" "$2" | grep -v '\<measured_s=0.000' | key deliveries_per_s | middle; }
# worst WORKLOAD SERVER KEY: the largest value over the runs (for losses).
worst() { runs_of "$1" "$2" | key "$3" | sort -g | tail -1; }
# failed WORKLOAD SERVER: how many runs did not pass the bench's own checks.
failed() { runs_of "$1" "$2" | grep -c ' ok=0' || true; }
# registration WORKLOAD SERVER CLIENTS: the median time, or how many registered before the
# time-out when a run did not register them all.
registration() {
    local least
    least=$(runs_of "$1" "$2" | key registered | sort -g | head -1)
    if [ -n "$least" ] && [ "$least" -lt "$3" ]; then
        echo "only $least of $3 in ${setup_timeout} s"
    else
        seconds "$(median "$1" "$2" register_s)"
    fi
}
ratio() { # ratio A B: A / B, or - when either is missing
    awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f×", a / b }'
}
millions() { awk -v v="$1" 'BEGIN { if (v == "-") print "-"; else printf "%.2f M", v / 1e6 }'; }
mb() { awk -v v="$1" 'BEGIN { if (v == "-" || v < 0) print "-"; else printf "%.1f MB", v / 1024 }'; }
seconds() { awk -v v="$1" 'BEGIN { if (v == "-") print "-"; else printf "%.2f s", v }'; }
msec() { awk -v v="$1" 'BEGIN { if (v == "-") print "-"; else printf "%.1f ms", v }'; }
percent() { awk -v v="$1" 'BEGIN { if (v == "-" || v < 0) print "-"; else printf "%.0f %%", v }'; }
# cpu WORKLOAD SERVER: the server's, the bench's and the other programs' CPU while measured.
cpu() {
    echo "$(percent "$(median "$1" "$2" server_cpu_pct)") / $(percent "$(median "$1" "$2" bench_cpu_pct)") / $(percent "$(median "$1" "$2" other_cpu_pct)")"
}

report() {
    local w clients c n m h
    {
        echo "| workload | measure | chinwag-server | ngIRCd | chinwag / ngIRCd | target |"
        echo "|---|---|---|---|---|---|"
        for w in w1 w2; do
            clients=100
            [ $w = w2 ] && clients=500
            c=$(measured $w chinwag) n=$(measured $w ngircd)
            echo "| (${w#w}) $clients clients, 10 senders, saturate | deliveries/s | $(millions "$c") | $(millions "$n") | $(ratio "$c" "$n") | ≥ 1.2× |"
            echo "| | p50 / p99 latency | $(msec "$(median $w chinwag p50_ms)") / $(msec "$(median $w chinwag p99_ms)") | $(msec "$(median $w ngircd p50_ms)") / $(msec "$(median $w ngircd p99_ms)") | | |"
            echo "| | lost (worst run), failed runs | $(worst $w chinwag lost), $(failed $w chinwag) | $(worst $w ngircd lost), $(failed $w ngircd) | | 0 |"
            echo "| | CPU of one core: server / bench / other programs | $(cpu $w chinwag) | $(cpu $w ngircd) | | bench < 100 % |"
        done
        echo "| (3) 500 clients, 400 messages/s | p50 latency | $(msec "$(median w3 chinwag p50_ms)") | $(msec "$(median w3 ngircd p50_ms)") | | |"
        echo "| | p99 latency | $(msec "$(median w3 chinwag p99_ms)") | $(msec "$(median w3 ngircd p99_ms)") | $(ratio "$(median w3 chinwag p99_ms)" "$(median w3 ngircd p99_ms)") | ≤ 5 ms |"
        echo "| | lost (worst run), failed runs | $(worst w3 chinwag lost), $(failed w3 chinwag) | $(worst w3 ngircd lost), $(failed w3 ngircd) | | 0 |"
        echo "| | CPU of one core: server / bench / other programs | $(cpu w3 chinwag) | $(cpu w3 ngircd) | | |"
        echo "| (4) 10 000 clients | registration time | $(registration w4 chinwag 10000) | $(registration w4 ngircd 10000) | | |"
        echo "| | server RSS | $(mb "$(median w4 chinwag server_setup_kb)") | $(mb "$(median w4 ngircd server_setup_kb)") | $(ratio "$(median w4 chinwag server_setup_kb)" "$(median w4 ngircd server_setup_kb)") | ≤ 100 MB |"
        echo "| (5) 1 000 registrations | time | $(registration w5 chinwag 1000) | $(registration w5 ngircd 1000) | $(ratio "$(median w5 chinwag register_s)" "$(median w5 ngircd register_s)") | < 1 s |"
        m=$(measured w1 monitor) h=$(measured w1 chinwag)
        echo "| (1) with the monitor window (offscreen) | deliveries/s | $(millions "$m") | | $(ratio "$m" "$h") of headless | ≥ 0.90× |"
        m=$(measured w1 nohistory)
        echo "| (1) with history off (\`--no-history\`) | deliveries/s | $(millions "$m") | | history on: $(ratio "$h" "$m") of off | ≥ 0.85× |"
    } >"$out/table.md"

    {
        echo "# clients chinwag_deliveries_per_s ngircd_deliveries_per_s"
        for clients in "${sweep_sizes[@]}"; do
            echo "$clients $(measured "sweep$clients" chinwag) $(measured "sweep$clients" ngircd)"
        done
    } >"$out/sweep.dat"

    gnuplot <<GNUPLOT
set terminal pngcairo size 800,480 font "DejaVu Sans,10"
set output "$out/sweep.png"
set title "Deliveries per second, 10 senders as fast as they can, everyone in one conversation"
set xlabel "clients"
set ylabel "deliveries/s (millions)"
set logscale x
set xrange [70:7000]
set xtics (100, 500, 1000, 2000, 5000)
set yrange [0:*]
set grid
set key bottom left
set datafile missing "-"
plot "$out/sweep.dat" using 1:(\$2/1e6) with linespoints lw 2 pt 7 title "chinwag-server", \
     "$out/sweep.dat" using 1:(\$3/1e6) with linespoints lw 2 pt 5 title "ngIRCd"
GNUPLOT

    echo
    echo "chinwag-server and ngIRCd on this machine, medians of the runs (docs/bench/table.md):"
    echo
    cat "$out/table.md"
    echo
    echo "Sweep (docs/bench/sweep.dat, plotted in docs/bench/sweep.png):"
    cat "$out/sweep.dat"
}

if [ "${1:-}" = --report ]; then
    [ -s "$out/results.txt" ] || die "no docs/bench/results.txt to report: run the benchmark first"
else
    prepare
    measure
fi
report
