#!/usr/bin/env bash
# Installs what is missing, builds, and takes the screenshots in docs/screenshots/: the server's
# monitor, the connect dialog and anna's chat window, in a real conversation on a virtual display
# (Xvfb).
#   ./scripts/screenshots.sh [build-dir]     (default: build)
#
# chinwag-server runs with its monitor on port 7000 (another one if that is taken) and a history in
# a temporary file. anna has an account there and uses a real chinwag-client, driven from the
# outside with xdotool: keys typed into her window. bob,
# carol, dora and erin are scripted peers that speak the protocol over bash's /dev/tcp, and each
# of them waits for the server's reply before the next step, so the story is the same on every run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh

build=${1:-build}
out=docs/screenshots

chinwag_install "${CHINWAG_BUILD_PACKAGES[@]}" "${CHINWAG_RUN_PACKAGES[@]}" \
    "${CHINWAG_SCREENSHOT_PACKAGES[@]}"
# A build directory that exists keeps its build type.
type_args=()
if [ -f "$build/CMakeCache.txt" ]; then
    type_args=("-DCMAKE_BUILD_TYPE=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")")
fi
chinwag_build "$build" "${type_args[@]}" -- chinwag-server chinwag-client

server=$build/server-app/chinwag-server
client=$build/client-app/chinwag-client

work=$(mktemp -d)
pids=()
# The clients, then the server, then the display: each ends while what it talks to is there.
cleanup() {
    local i
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        kill "${pids[i]}" 2>/dev/null || true
        wait "${pids[i]}" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Says what went wrong, with a picture of the display as it was then.
fail() {
    echo "screenshots.sh: $*" >&2
    if [ -n "${DISPLAY:-}" ]; then
        local picture=${TMPDIR:-/tmp}/chinwag-screenshots-failure.png
        import -window root "png:$picture" 2>/dev/null && echo "the display: $picture" >&2
    fi
    exit 1
}

# Runs "$@" until it succeeds, for at most $1 seconds.
wait_for() {
    local seconds=$1
    shift
    local deadline=$((SECONDS + seconds))
    until "$@"; do
        [ "$SECONDS" -lt "$deadline" ] || return 1
        sleep 0.1
    done
}

# Settings, history and everything else the apps keep stay in the temporary folder, so that
# every run starts the same and nobody's own settings are touched.
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
export XDG_CACHE_HOME=$work/cache XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb
unset WAYLAND_DISPLAY SESSION_MANAGER

# --- the display ---------------------------------------------------------------------------------

# Xvfb picks a free display itself and writes its number once it is ready for clients.
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
pids+=($!)
wait_for 10 test -s "$work/display" || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
DISPLAY=:$(head -n 1 "$work/display")
export DISPLAY
# No pointer over a window: no hover highlight or tooltip in a picture.
xdotool mousemove 1399 899

# The visible top-level window of a process whose title matches $2, within 10 seconds. The
# title is checked again: xdotool's search also gives a window whose own title does not match
# (the main window, while its dialog's does).
window_of() {
    local deadline=$((SECONDS + 10)) window
    while [ "$SECONDS" -lt "$deadline" ]; do
        for window in $(xdotool search --onlyvisible --pid "$1" --name "$2" 2>/dev/null); do
            [[ $(xdotool getwindowname "$window") =~ $2 ]] && echo "$window" && return 0
        done
        sleep 0.1
    done
    return 1
}

# Writes window $1 to $2, raised above the others, once it has had time to paint. The pictures
# go to docs/screenshots/ together at the end, so that a failed run leaves the old ones.
capture() {
    xdotool windowraise "$1"
    sleep 1
    import -window "$1" "png:$work/shots/$2"
    echo "took $2 ($(identify -format '%wx%h' "$work/shots/$2"))"
}

# --- the server ----------------------------------------------------------------------------------

# The default port reads best in a picture; another free one if something listens there.
port_is_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
port=7000
for _ in $(seq 50); do
    port_is_free "$port" && break
    port=$((20000 + RANDOM % 40000))
done
"$server" --data "$work/history.sqlite" 127.0.0.1 "$port" >"$work/server.log" 2>&1 &
server_pid=$!
pids+=("$server_pid")
monitor=$(window_of "$server_pid" "^Chinwag Server — 127\\.0\\.0\\.1:$port\$") \
    || fail "chinwag-server does not listen on port $port: $(cat "$work/server.log")"
echo "chinwag-server listens on 127.0.0.1:$port (display $DISPLAY)"

# --- scripted peers ------------------------------------------------------------------------------

declare -A peer_fd

# Connects $1 and registers that name.
peer_connect() {
    local fd
    exec {fd}<>"/dev/tcp/127.0.0.1/$port"
    peer_fd[$1]=$fd
    peer_do "$1" "NAME $1" '^OK NAME '
}

# Reads $1's lines until one matches the pattern $2, for at most 10 seconds.
peer_expect() {
    local fd=${peer_fd[$1]} line deadline=$((SECONDS + 10))
    while [ "$SECONDS" -lt "$deadline" ]; do
        IFS= read -r -t 10 -u "$fd" line || break
        line=${line%$'\r'}
        [[ $line =~ $2 ]] && return 0
        [[ $line =~ ^(ERROR|BYE) ]] && fail "$1 read: $line"
    done
    fail "$1 waited in vain for /$2/"
}

# $1 sends the line $2 and waits for the reply matching $3.
peer_do() {
    printf '%s\r\n' "$2" >&"${peer_fd[$1]}"
    peer_expect "$1" "$3"
}

say_all() { peer_do "$1" "MSGALL $2" '^OK MSGALL '; }
say_to() { peer_do "$1" "MSGIND $2 $3" '^OK MSGIND '; }
say_in() { peer_do "$1" "SENDGROUP $2 $3" '^OK SENDGROUP '; }
typing() { peer_do "$1" "TYPING $2" '^OK TYPING'; }

peer_close() {
    peer_do "$1" CLOSE '^BYE CLOSED'
    local fd=${peer_fd[$1]}
    exec {fd}>&-
    unset "peer_fd[$1]"
}

# --- anna's window -------------------------------------------------------------------------------

anna_password=correct-horse-battery
anna_pid=
anna=

# The client, with the arguments $@, and its main window.
start_anna_client() {
    "$client" "$@" >>"$work/anna.log" 2>&1 &
    anna_pid=$!
    pids+=("$anna_pid")
    anna=$(window_of "$anna_pid" 'Chinwag$') || fail "no window for anna: $(cat "$work/anna.log")"
}

# The first time, at once from the command line, with the password from the environment.
start_anna() {
    CHINWAG_ACCOUNT_PASSWORD=$anna_password start_anna_client --account 127.0.0.1 "$port" anna
    focus_anna
}

# Without a window manager, a click is what makes a window active: $1 at $2,$3 from its
# bottom left.
click_into() {
    local height
    height=$(xdotool getwindowgeometry --shell "$1" | sed -n 's/^HEIGHT=//p')
    xdotool windowraise "$1"
    xdotool mousemove --window "$1" "$2" $((height - $3)) click 1
    xdotool mousemove 1399 899
    sleep 0.2
}

# Into the input.
focus_anna() {
    click_into "$anna" 500 48
}

# Keys as a person types them into anna's window.
anna_types() {
    xdotool type --delay 15 "$1"
}

anna_presses() {
    xdotool key --delay 80 "$@"
}

# Opens a conversation with Ctrl+K, by name.
anna_opens() {
    anna_presses ctrl+k
    sleep 0.5
    anna_types "$1"
    sleep 0.3
    anna_presses Return
    sleep 0.5
    focus_anna
}

anna_says() {
    anna_types "$1"
    anna_presses Return
}

# --- the story -----------------------------------------------------------------------------------

mkdir -p "$work/shots"

# anna made her account some time ago.
exec {signup}<>"/dev/tcp/127.0.0.1/$port"
peer_fd[anna]=$signup
peer_do anna "SIGNUP anna $anna_password" '^OK SIGNUP '
peer_close anna

peer_connect bob
peer_connect carol
peer_connect dora
say_all bob "Morning all! Standup in ten minutes?"
say_all carol "Morning! I'll bring the notes from Friday."

# anna comes in, reads Everyone, answers, and leaves again for a while. carol makes a group for
# the three of them, which anna's account keeps.
start_anna
peer_expect bob '^JOINED anna$'
sleep 1
anna_says "Good morning! Standup works for me."
peer_expect bob '^MSG \* anna '
say_all bob "welcome anna :)"
peer_do carol "MAKEGROUP design anna bob" '^OK MAKEGROUP '
sleep 1
anna_presses ctrl+q
wait_for 10 bash -c "! kill -0 $anna_pid 2>/dev/null" || fail "anna's window did not close"

# Meanwhile: Everyone goes on, erin and bob write to anna while she is offline, and dora steps out.
peer_connect erin
say_all carol "Great. I'll drop the agenda in the design group"
say_all bob "perfect, see you there"
say_all bob "the new build is on the staging server, please give it a spin"
say_to erin anna "Could you look at my slides for Thursday? No rush."
peer_close erin
say_all carol "just the standup, notes are in https://example.org/wiki/standup"
say_to bob anna "hey, do you have a minute after standup?"
say_to bob anna "I want to go through the reconnect changes with you"
peer_do dora "AWAY at the dentist until 11" '^OK AWAY'
say_all bob "anna, when you are back: the standup moved to 10:30"
say_in carol design "Agenda: sidebar polish, unread badges, the new connect dialog"
say_in bob design "I'd add the reconnect banner to that list"

# anna is back, on a computer with no keychain: the connect dialog remembers the server and her
# account, and asks for her password.
start_anna_client
dialog=$(window_of "$anna_pid" '^Connect to a Chinwag Server') \
    || fail "no connect dialog for anna: $(cat "$work/anna.log")"
click_into "$dialog" 12 12
anna_types "$anna_password"
capture "$dialog" client-sign-in.png
anna_presses Return
peer_expect bob '^JOINED anna$'
focus_anna

# Her sidebar is restored from her account, with what is unread; the new messages are marked,
# and carol is typing.
sleep 1.5
typing carol '*'
capture "$anna" client-everyone.png

# anna reads the group and answers.
anna_opens design
anna_says "Agreed. I'll bring screenshots."
peer_expect carol '^MSG #design anna '
say_in carol design "Lovely, see you all at 10"
capture "$anna" client-groups.png

# anna answers bob, who answers back and is typing again.
anna_opens bob
anna_says "Sure! I'm free at 10:30."
peer_expect bob '^MSG @bob anna '
say_to bob anna "great, I'll send you the diff: https://example.org/review/42"
anna_says "Thanks, I'll have a look before then."
peer_expect bob '^MSG @bob anna '
typing bob '@anna'
capture "$anna" client-direct.png

# erin is offline: anna's answer waits for her.
anna_opens erin
anna_says "Of course, send them over when they are ready!"
capture "$anna" client-held.png

# anna searches Everyone.
anna_opens Everyone
anna_presses ctrl+f
sleep 0.3
anna_types standup
capture "$anna" client-search.png
anna_presses Escape

capture "$monitor" monitor.png

mkdir -p "$out"
cp "$work"/shots/*.png "$out"/
echo "wrote the screenshots in $out/"
