#!/usr/bin/env bash
# Runs the libFuzzer targets (docs/fuzzing.md) one after another, each for SECONDS, and prints per
# target the executions, the coverage (libFuzzer's cov: counter at the end) and the crashes found.
#
#   scripts/fuzz.sh SECONDS [TARGET...]      (targets: the fuzz_<name> names without fuzz_; default all)
#
# Builds build-fuzz/ with clang (SLIPWAY_FUZZ_BUILD_DIR overrides; SLIPWAY_FUZZ_NO_BUILD=1 skips the
# build). Each target grows its corpus in <build>/corpus/<name> from the seeds in
# tests/fuzz/corpus/<name>; crash, timeout, leak and OOM inputs land in <build>/artifacts/<name>/ (copy
# a fixed one to tests/fuzz/regressions/<name>/ so that the normal test suite replays it). libFuzzer
# runs in fork mode and goes on after a crash, so one run can find several. Exits 1 when any target
# found something. SLIPWAY_FUZZ_JOBS (default 1) forked workers per target; extra libFuzzer flags in
# SLIPWAY_FUZZ_FLAGS.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [[ $# -lt 1 || ! $1 =~ ^[0-9]+$ ]]; then
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
fi
seconds=$1
shift
all=(quantity version kubeconfig execcredential kubejson dumploader scenario apiserverhttp apiserverpatch apiserverprotobuf)
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=("${all[@]}")
build=${SLIPWAY_FUZZ_BUILD_DIR:-$root/build-fuzz}

dict_for() {
    case $1 in
    kubejson | dumploader | execcredential | apiserverpatch) echo "$root/tests/fuzz/dict/json.dict" ;;
    kubeconfig | scenario) echo "$root/tests/fuzz/dict/yaml.dict" ;;
    apiserverhttp) echo "$root/tests/fuzz/dict/http.dict" ;;
    quantity) echo "$root/tests/fuzz/dict/quantity.dict" ;;
    esac
}

if [[ ${SLIPWAY_FUZZ_NO_BUILD:-0} != 1 ]]; then
    compiler=$(command -v clang++-14 || command -v clang++ || true)
    if [[ -z $compiler ]]; then
        echo "fuzz.sh: clang++ is needed (apt-get install clang libclang-rt-14-dev)" >&2
        exit 1
    fi
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    if [[ ! -f $build/build.ninja ]]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$compiler" \
            "${launcher[@]}" -DSLIPWAY_BUILD_FUZZERS=ON -DSLIPWAY_BUILD_TESTS=OFF -DSLIPWAY_BUILD_BENCH=OFF \
            -DSLIPWAY_WERROR=OFF >/dev/null
    fi
    cmake --build "$build" --parallel "${SLIPWAY_FUZZ_BUILD_JOBS:-2}" --target "${targets[@]/#/fuzz_}"
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
found=0
printf '%-18s %8s %12s %8s %8s  %s\n' target seconds executions cov corpus findings | tee "$build/fuzz-summary.txt"
for t in "${targets[@]}"; do
    bin=$build/fuzz/fuzz_$t
    [[ -x $bin ]] || { echo "fuzz.sh: no $bin (unknown target?)" >&2; exit 1; }
    corpus=$build/corpus/$t
    artifacts=$build/artifacts/$t
    log=$build/logs/$t.log
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    before=$(find "$artifacts" -type f | wc -l)
    dict=$(dict_for "$t")
    flags=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1
        -fork="${SLIPWAY_FUZZ_JOBS:-1}" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1
        -artifact_prefix="$artifacts/")
    [[ -n $dict ]] && flags+=(-dict="$dict")
    # shellcheck disable=SC2086 # SLIPWAY_FUZZ_FLAGS is a list of flags
    (cd "$build" && "$bin" "${flags[@]}" ${SLIPWAY_FUZZ_FLAGS:-} "$corpus" "$root/tests/fuzz/corpus/$t") >"$log" 2>&1 || true
    # Fork mode reports "#<executions>: cov: <n> ft: <n> corp: <n> …"; the last such line is the total.
    stats=$(grep -E '^#[0-9]+: cov: ' "$log" | tail -1 || true)
    if [[ -z $stats ]]; then # plain mode: "#<n> DONE cov: <n> ft: … corp: <n>/…"
        stats=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1 || true)
    fi
    execs=$(sed -E 's/^#([0-9]+).*/\1/' <<<"$stats")
    cov=$(sed -E 's/.*cov: ([0-9]+).*/\1/' <<<"$stats")
    corp=$(sed -E 's/.*corp: ([0-9]+).*/\1/' <<<"$stats")
    new=$(($(find "$artifacts" -type f | wc -l) - before))
    [[ $new -gt 0 ]] && found=1
    kinds=$(find "$artifacts" -type f -printf '%f\n' | sed -E 's/-.*//' | sort | uniq -c |
        awk '{printf "%s%s×%s", sep, $2, $1; sep=", "}')
    printf '%-18s %8s %12s %8s %8s  %s\n' "$t" "$seconds" "${execs:-?}" "${cov:-?}" "${corp:-?}" \
        "$new new${kinds:+ (all: $kinds)}" | tee -a "$build/fuzz-summary.txt"
done
echo "logs: $build/logs/, findings: $build/artifacts/, summary: $build/fuzz-summary.txt"
exit $found
