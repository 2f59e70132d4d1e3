#!/usr/bin/env bash
# README command 1: install what is missing, build (release) and run Slipway on the practice
# cluster. Without a display it prints the practice cluster instead and says how to get the GUI.
# Extra arguments go to slipway, e.g. ./scripts/run-practice.sh --scenario cka-lecture --lang ko
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
install_packages "${SLIPWAY_BUILD_PACKAGES[@]}"
build_slipway "$SLIPWAY_ROOT/build" Release -DSLIPWAY_BUILD_TESTS=OFF
exec "$SLIPWAY_ROOT/build/bin/slipway" "$@"
