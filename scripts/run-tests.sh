#!/usr/bin/env bash
# README command 2: install what is missing (test tools too), build, and run the whole test
# suite with ctest. Exits non-zero on any failure. SLIPWAY_BUILD_DIR overrides build/.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
install_packages "${SLIPWAY_BUILD_PACKAGES[@]}" "${SLIPWAY_TEST_PACKAGES[@]}"
dir=${SLIPWAY_BUILD_DIR:-$SLIPWAY_ROOT/build}
build_slipway "$dir" "${SLIPWAY_BUILD_TYPE:-Release}" -DSLIPWAY_BUILD_TESTS=ON "$@"
ctest --test-dir "$dir" --output-on-failure --parallel "$(nproc)" --timeout 600
