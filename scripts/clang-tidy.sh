#!/usr/bin/env bash
# clang-tidy with the checks in .clang-tidy over the sources of the libraries and the app (or the
# files given), in a build directory of its own: configured without precompiled headers (clang
# cannot read GCC's) and with moc run, so every include resolves. Exits non-zero on any finding.
#   scripts/clang-tidy.sh                    every .cpp under models/ sim/ kube/ ui/ app/
#   scripts/clang-tidy.sh models/version.cpp just these
# About 7 s of CPU per file: the whole tree takes ~25 min on 2 cores (docs/ci.md).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${SLIPWAY_TIDY_BUILD_DIR:-build-tidy}
tidy=$(command -v clang-tidy-14 || command -v clang-tidy || true)
runner=$(command -v run-clang-tidy-14 || command -v run-clang-tidy || true)
if [ -z "$tidy" ] || [ -z "$runner" ]; then
    echo "clang-tidy.sh: clang-tidy is not installed (Debian: apt-get install clang-tidy)" >&2
    exit 1
fi
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSLIPWAY_PCH=OFF -DSLIPWAY_BUILD_TESTS=OFF \
    -DSLIPWAY_BUILD_BENCH=OFF -DCMAKE_AUTOGEN_ORIGIN_DEPENDS=OFF >/dev/null
# moc's and rcc's outputs, which some sources include (without building the libraries).
mapfile -t autogen < <(ninja -C "$dir" -t targets all | sed -n 's/^\([^:]*_autogen\): .*/\1/p' | sort -u)
ninja -C "$dir" "${autogen[@]}" >/dev/null
if [ $# -gt 0 ]; then
    files=("$@")
else
    mapfile -t files < <(git ls-files 'models/*.cpp' 'sim/*.cpp' 'kube/*.cpp' 'ui/*.cpp' 'app/*.cpp')
fi
# GCC-only warning flags in the compile commands mean nothing to clang.
status=0
"$runner" -clang-tidy-binary "$tidy" -p "$dir" -j "$(nproc)" -quiet \
    -extra-arg=-Wno-unknown-warning-option "${files[@]/#/$PWD/}" >"$dir/clang-tidy.log" 2>&1 || status=$?
grep -v -E '^[0-9]+ warnings? generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^Enabled checks|^clang-tidy-14 |^Running clang-tidy' \
    "$dir/clang-tidy.log" || true
[ "$status" -eq 0 ] && echo "clang-tidy.sh: ${#files[@]} files, no findings"
exit "$status"
