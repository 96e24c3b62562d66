# shellcheck shell=bash
# The Debian packages Chinwag needs, in one place; sourced by the other scripts.
# chinwag_install PACKAGE... installs those that are missing (as root, or through sudo).

CHINWAG_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev qt6-qpa-plugins libqt6sql6-sqlite libgl-dev libsodium-dev
    libsqlite3-dev
    qtkeychain-qt6-dev
    libhiredis-dev libqt6sql6-psql
)
# What the test suite uses beyond the build: certificates for TLS, the desktop-file checker,
# dpkg-shlibdeps for the package, clang for the fuzzer and the sanitizers, ss for the listen
# backlog, python3 for the seed exercise's client, sic and ii as real IRC clients, and the real
# Redis and PostgreSQL that the cluster's tests start themselves (tests/common: RedisServer,
# PostgresServer).
CHINWAG_TEST_PACKAGES=(
    openssl desktop-file-utils dpkg-dev file fakeroot clang libclang-rt-14-dev iproute2 python3
    sic ii redis-server postgresql
)
# What starting the apps uses: fonts and the X11 platform's libraries, and nc, which the
# headless server's hint names (a fresh Debian has neither nc nor telnet).
CHINWAG_RUN_PACKAGES=(fonts-dejavu-core libxcb-cursor0 netcat-openbsd)
# The benchmark's peer and its plot; the screenshots' virtual display, input and capture.
CHINWAG_BENCH_PACKAGES=(ngircd gnuplot-nox procps)
CHINWAG_SCREENSHOT_PACKAGES=(xvfb xdotool imagemagick fonts-dejavu-core)

chinwag_install() {
    local missing=()
    local package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "chinwag: installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq || return 1
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Configures and builds into $1 (default: build) with the extra CMake arguments that follow;
# after "--", only the targets named there (default: all).
chinwag_build() {
    local dir=${1:-build}
    shift || true
    local configure=() targets=()
    while [ $# -gt 0 ]; do
        if [ "$1" = -- ]; then
            shift
            targets=(--target "$@")
            break
        fi
        configure+=("$1")
        shift
    done
    local root
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    cmake -S "$root" -B "$root/$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${configure[@]}" \
        >/dev/null && cmake --build "$root/$dir" -j2 "${targets[@]}"
}
