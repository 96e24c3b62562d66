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
