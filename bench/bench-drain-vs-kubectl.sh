#!/usr/bin/env bash
# `slipway drain` against `kubectl drain`, same flags, same practice API server, in one run:
# serves bench/data/drain-110.yaml (two identical workers with 110 pods each, PDBs on the
# Deployments) with `slipway serve-demo`, drains full-a with Slipway and full-b with kubectl (the
# order alternates between rounds, a fresh server per round), prints both wall times, their medians
# and the ratio slipway/kubectl. Exit 0 when the ratio <= 1.0, 1 when not, 2 on errors.
# See bench/README.md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
slipway=${SLIPWAY:-$repo/build/bin/slipway}
kubectl=${KUBECTL:-kubectl}
rounds=${ROUNDS:-3}
speed=${SPEED:-60}
flags=(--ignore-daemonsets --delete-emptydir-data --timeout=300s)

[[ -x $slipway ]] || { echo "no slipway at $slipway (build it, or set SLIPWAY)" >&2; exit 2; }
command -v "$kubectl" >/dev/null || { echo "kubectl not found (set KUBECTL)" >&2; exit 2; }

work=$(mktemp -d)
server=0
cleanup() { [[ $server -ne 0 ]] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

seconds() { date +%s.%N; }

# Runs one drain and prints its wall time in seconds; its output goes to $work/<name>.log.
timed() {
    local name=$1; shift
    local start end
    start=$(seconds)
    if ! "$@" >"$work/$name.log" 2>&1; then
        echo "$name failed:" >&2; cat "$work/$name.log" >&2; exit 2
    fi
    end=$(seconds)
    echo "$end - $start" | bc -l
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

: >"$work/slipway.times"; : >"$work/kubectl.times"
for ((round = 1; round <= rounds; round++)); do
    kc=$work/kubeconfig-$round
    "$slipway" serve-demo --scenario-file "$here/data/drain-110.yaml" --listen 127.0.0.1:0 \
        --kubeconfig-out "$kc" --state-dir "$work/state" --speed "$speed" >"$work/serve.log" 2>&1 &
    server=$!
    for _ in $(seq 100); do [[ -s $kc ]] && KUBECONFIG=$kc "$kubectl" get --raw /version >/dev/null 2>&1 && break; sleep 0.2; done
    s() { timed slipway "$slipway" drain full-a "${flags[@]}" --kubeconfig "$kc"; }
    k() { timed kubectl env HOME="$work" "$kubectl" --kubeconfig "$kc" drain full-b "${flags[@]}"; }
    if ((round % 2)); then ts=$(s); tk=$(k); else tk=$(k); ts=$(s); fi
    echo "$ts" >>"$work/slipway.times"; echo "$tk" >>"$work/kubectl.times"
    printf 'round %d: slipway drain %.2f s, kubectl drain %.2f s\n' "$round" "$ts" "$tk"
    grep -c '^pod/.* evicted$' "$work/slipway.log" | xargs printf '  slipway evicted %s pods, ' ; \
        grep -c '^pod/.* evicted$' "$work/kubectl.log" | xargs printf 'kubectl %s\n'
    kill "$server"; wait "$server" 2>/dev/null || true; server=0
done
ms=$(median <"$work/slipway.times"); mk=$(median <"$work/kubectl.times")
ratio=$(echo "$ms / $mk" | bc -l)
printf 'median: slipway drain %.2f s, kubectl drain %.2f s, ratio %.3f (target <= 1.0)\n' "$ms" "$mk" "$ratio"
(( $(echo "$ratio <= 1.0" | bc -l) ))
