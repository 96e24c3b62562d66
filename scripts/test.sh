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

# A short, bounded fuzzing run of the codec where clang is present (the long runs and their
# figures are in docs/SECURITY.md).
if [ "$dir" = build ] && command -v clang++ >/dev/null; then
    CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCHINWAG_FUZZ=ON -DBUILD_TESTING=OFF \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build build-fuzz -j2 --target fuzz_codec
    corpus=$(mktemp -d)
    trap 'rm -rf "$corpus"' EXIT
    cp tests/fuzz/corpus/* "$corpus"/
    build-fuzz/tests/fuzz/fuzz_codec -max_total_time="${CHINWAG_FUZZ_SECONDS:-60}" \
        -max_len=512 -print_final_stats=1 -artifact_prefix="$corpus/" "$corpus" 2>&1 | tail -n 12
fi
