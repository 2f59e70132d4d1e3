#!/usr/bin/env bash
# clang-tidy with the checks in .clang-tidy over Slipway's own sources; prints the findings and
# exits non-zero on any (WarningsAsErrors). docs/ci.md says what CI checks and what it costs.
#   scripts/clang-tidy.sh                      every .cpp under models/ kube/ sim/ ui/ app/
#   scripts/clang-tidy.sh models kube          the .cpp files under these directories
#   scripts/clang-tidy.sh models/version.cpp   just these files
#   scripts/clang-tidy.sh --changed sim ui app  of these directories' .cpp files, those that
#       changed since the last full clean run or include (the build's header dependencies) a
#       project file that did: .ci/tidy-clean lists the git blob of every file of models/ kube/
#       sim/ ui/ app/ and of .clang-tidy as that run saw them (a changed .clang-tidy: every file)
#   scripts/clang-tidy.sh --record             --changed over all five directories (every file
#       without a manifest); when there are no findings, writes .ci/tidy-clean (commit it): what
#       was clean and is unchanged, and what changed and was checked now, is all clean
# It reuses a build: the compile commands and moc's output of SLIPWAY_BUILD_DIR (default build/,
# what README command 2 and .ci/run build), so nothing is configured or compiled again. Without
# a configured build there it configures build-tidy/ (no tests, no benchmarks) and runs only moc.
# About 5 s of CPU per file (docs/ci.md); -j is the number of cores.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$SLIPWAY_ROOT"
tidy=$(command -v clang-tidy-14 || command -v clang-tidy || true)
runner=$(command -v run-clang-tidy-14 || command -v run-clang-tidy || true)
if [ -z "$tidy" ] || [ -z "$runner" ]; then
    install_packages clang-tidy
    tidy=$(command -v clang-tidy-14 || command -v clang-tidy)
    runner=$(command -v run-clang-tidy-14 || command -v run-clang-tidy)
fi

dir=${SLIPWAY_BUILD_DIR:-$SLIPWAY_ROOT/build}
if [ ! -f "$dir/compile_commands.json" ] || [ ! -f "$dir/build.ninja" ]; then
    dir=$SLIPWAY_ROOT/build-tidy
    echo "clang-tidy.sh: no configured build in ${SLIPWAY_BUILD_DIR:-build/}; configuring $dir"
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSLIPWAY_BUILD_TESTS=OFF \
        -DSLIPWAY_BUILD_BENCH=OFF -DCMAKE_AUTOGEN_ORIGIN_DEPENDS=OFF >/dev/null
fi
# moc's and rcc's outputs of the libraries and the app, which their sources include: up to date
# (nothing to do) in a built tree, generated without compiling anything in build-tidy/.
mapfile -t autogen < <(ninja -C "$dir" -t targets all | sed -n 's/^\([^:]*_autogen\): .*/\1/p' |
    grep -v -E '^(tst_|bench_)' | sort -u)
ninja -C "$dir" "${autogen[@]}" >/dev/null

mode=all
case "${1:-}" in
--changed) mode=changed; shift ;;
--record) mode=record; shift; [ $# -eq 0 ] || { echo "clang-tidy.sh: --record takes no arguments" >&2; exit 1; } ;;
esac
manifest=.ci/tidy-clean
scope=(models kube sim ui app)
[ $# -gt 0 ] || set -- "${scope[@]}"
files=()
for a in "$@"; do
    if [ -d "$a" ]; then
        mapfile -t -O "${#files[@]}" files < <(git ls-files "${a%/}/*.cpp")
    else
        files+=("$a")
    fi
done
[ ${#files[@]} -gt 0 ] || { echo "clang-tidy.sh: no files" >&2; exit 1; }

# The project's files as git blobs (of the working tree: uncommitted changes count).
blobs() {
    local list
    mapfile -t list < <(git ls-files -- .clang-tidy "${scope[@]/%//*.cpp}" "${scope[@]/%//*.h}")
    paste -d ' ' <(printf '%s\n' "${list[@]}" | git hash-object --stdin-paths) <(printf '%s\n' "${list[@]}")
}
if [ "$mode" = changed ] || { [ "$mode" = record ] && [ -f "$manifest" ]; }; then
    [ -f "$manifest" ] || { echo "clang-tidy.sh: no $manifest; run scripts/clang-tidy.sh --record" >&2; exit 1; }
    all=${#files[@]}
    mapfile -t files < <(blobs | python3 "$SLIPWAY_ROOT/scripts/lib/tidy-changed.py" "$manifest" "$dir" "$SLIPWAY_ROOT" "${files[@]}")
    echo "clang-tidy.sh: ${#files[@]} of $all files changed since the last full clean run ($manifest) or include a file that did"
    if [ ${#files[@]} -eq 0 ]; then
        [ "$mode" != record ] || blobs >"$manifest"
        exit 0
    fi
fi

# A compilation database of just these files, without what only GCC understands: its
# precompiled headers (-include cmake_pch.hxx, when the build has SLIPWAY_PCH=ON).
db=$dir/clang-tidy
mkdir -p "$db"
python3 - "$dir/compile_commands.json" "$db/compile_commands.json" "${files[@]/#/$PWD/}" <<'EOF'
import json, os, shlex, sys
src, dst, wanted = sys.argv[1], sys.argv[2], {os.path.realpath(f) for f in sys.argv[3:]}
out, seen = [], set()
for e in json.load(open(src)):
    f = os.path.realpath(os.path.join(e["directory"], e["file"]))
    if f not in wanted or f in seen:
        continue
    seen.add(f)
    args = e["arguments"] if "arguments" in e else shlex.split(e["command"])
    kept, skip = [], False
    for a in args:
        if skip:
            skip = False
        elif a == "-include":
            skip = True  # CMake's only -include is the precompiled header
        elif a == "-Winvalid-pch":
            pass
        else:
            kept.append(a)
    out.append({"directory": e["directory"], "file": f, "arguments": kept})
missing = wanted - seen
if missing:
    sys.exit("clang-tidy.sh: not in the build's compile commands: " + " ".join(sorted(missing)))
json.dump(out, open(dst, "w"), indent=1)
EOF

# -Wno-error: the compile commands have -Werror, and clang's own warnings (other than GCC's) are
# the compilers' business, not a clang-tidy finding. GCC-only warning flags mean nothing to clang.
status=0
"$runner" -clang-tidy-binary "$tidy" -p "$db" -j "$(nproc)" -quiet \
    -extra-arg=-Wno-unknown-warning-option -extra-arg=-Wno-error >"$db/clang-tidy.log" 2>&1 ||
    status=$?
sed 's/\x1b\[[0-9;]*m//g' "$db/clang-tidy.log" |
    grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^Enabled checks|clang-tidy(-14)? .*-p=|^Running clang-tidy' ||
    true
if [ "$status" -eq 0 ]; then
    echo "clang-tidy.sh: ${#files[@]} files, no findings"
    if [ "$mode" = record ]; then
        blobs >"$manifest"
        echo "clang-tidy.sh: wrote $manifest ($(wc -l <"$manifest") files); commit it"
    fi
else
    echo "clang-tidy.sh: findings above (${#files[@]} files; full log: $db/clang-tidy.log)" >&2
fi
exit "$status"
