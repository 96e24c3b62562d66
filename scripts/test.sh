#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite. Exits non-zero on any failure.
#   ./scripts/test.sh             the normal build (build/)
#   ./scripts/test.sh --sanitize  AddressSanitizer + UBSan build (build-asan/)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh

dir=build
cmake_args=()
if [ "${1:-}" = --sanitize ]; then
    dir=build-asan
    cmake_args=(-DCHINWAG_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
fi

chinwag_install "${CHINWAG_BUILD_PACKAGES[@]}" "${CHINWAG_TEST_PACKAGES[@]}"
chinwag_build "$dir" "${cmake_args[@]}"

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$dir" --output-on-failure -j2 --timeout 600

# A short, bounded fuzzing run of the codec and of its IRC dialect where clang is present (the
# long runs and their figures are in docs/SECURITY.md).
if [ "$dir" = build ] && command -v clang++ >/dev/null; then
    CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCHINWAG_FUZZ=ON -DBUILD_TESTING=OFF \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build build-fuzz -j2 --target fuzz_codec fuzz_irc
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    # target, seed corpus, longest input: IRC lines reach 510 bytes after their tags.
    for run in "fuzz_codec corpus 512" "fuzz_irc corpus-irc 1024"; do
        read -r target seeds maxlen <<<"$run"
        mkdir "$work/$target"
        cp tests/fuzz/"$seeds"/* "$work/$target"/
        build-fuzz/tests/fuzz/"$target" -max_total_time="${CHINWAG_FUZZ_SECONDS:-60}" \
            -max_len="$maxlen" -print_final_stats=1 -artifact_prefix="$work/$target/" \
            "$work/$target" 2>&1 | tail -n 12
    done
fi
