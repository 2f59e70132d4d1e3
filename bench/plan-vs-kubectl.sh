#!/usr/bin/env bash
# Slipway's read-and-plan of a production-sized cluster against kubectl's mere fetch of it, on the
# same server in one run: generates the 5,000-node / 150,000-pod scenario, serves it with
# `slipway serve-demo` on loopback, times
#     slipway plan --kubeconfig K --output json > /dev/null
#     kubectl --kubeconfig K get nodes,pods -A -o json > /dev/null
# (median of several runs, hyperfine when installed), measures peak memory with /usr/bin/time -v,
# prints the ratio, stops the server. Exit status 0 when the targets hold (ratio <= 1.0, Slipway's
# peak RSS < 1 GB), 1 when they don't, 2 on errors. See bench/README.md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")

slipway=${SLIPWAY:-$repo/build/bin/slipway}
kubectl=${KUBECTL:-kubectl}
nodes=5000
pods=150000
control_planes=3
runs=5
max_ratio=1.0
max_rss_mb=1024
startup_timeout=600  # seconds for the server to load the scenario and listen
run_timeout=300      # seconds for any single timed command
keep=0
use_hyperfine=1

usage() {
    cat <<EOF
Usage: bench/plan-vs-kubectl.sh [options]
  --slipway PATH         slipway binary (default: \$SLIPWAY or build/bin/slipway)
  --kubectl PATH         kubectl binary (default: \$KUBECTL or kubectl)
  --nodes N              nodes in the generated cluster (default $nodes)
  --pods N               pods in the generated cluster (default $pods)
  --control-planes N     control-plane nodes (default $control_planes)
  --runs N               timed runs per command (default $runs)
  --max-ratio R          target for slipway/kubectl (default $max_ratio)
  --max-rss-mb M         target for Slipway's peak RSS (default $max_rss_mb)
  --keep                 keep the work directory (scenario, kubeconfig, logs)
  --no-hyperfine         time with a shell loop even when hyperfine is installed
EOF
}

while [[ $# -gt 0 ]]; do
    case $1 in
    --slipway) slipway=$2; shift 2 ;;
    --kubectl) kubectl=$2; shift 2 ;;
    --nodes) nodes=$2; shift 2 ;;
    --pods) pods=$2; shift 2 ;;
    --control-planes) control_planes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --max-ratio) max_ratio=$2; shift 2 ;;
    --max-rss-mb) max_rss_mb=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --no-hyperfine) use_hyperfine=0; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "plan-vs-kubectl: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done

die() { echo "plan-vs-kubectl: $*" >&2; exit 2; }

[[ -x $slipway ]] || die "no slipway binary at $slipway (build it, or pass --slipway PATH)"
command -v "$kubectl" >/dev/null || die "kubectl not found (pass --kubectl PATH)"
command -v python3 >/dev/null || die "python3 is needed to generate the scenario"
[[ -x /usr/bin/time ]] || die "/usr/bin/time is needed for peak memory (apt-get install -y time)"
[[ $runs -ge 1 ]] || die "--runs must be at least 1"

work=$(mktemp -d "${TMPDIR:-/tmp}/slipway-bench.XXXXXX")
server_pid=

cleanup() {
    if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if [[ $keep == 1 ]]; then
        echo "work directory kept: $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'exit 2' INT TERM

scenario=$work/big.yaml
kubeconfig=$work/kubeconfig
cache=$work/kubectl-cache

echo "== generating $nodes nodes / $pods pods"
python3 "$here/gen-big-scenario.py" --nodes "$nodes" --pods "$pods" --control-planes "$control_planes" -o "$scenario"

echo "== starting slipway serve-demo"
start=$(date +%s)
"$slipway" serve-demo --scenario-file "$scenario" --listen 127.0.0.1:0 --kubeconfig-out "$kubeconfig" \
    --state-dir "$work/state" >"$work/server.log" 2>&1 &
server_pid=$!
until grep -q '^Press Ctrl+C' "$work/server.log" 2>/dev/null; do
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; die "serve-demo exited before serving"; }
    (($(date +%s) - start < startup_timeout)) || die "serve-demo did not start within ${startup_timeout}s"
    sleep 0.2
done
server=$(sed -n 's/^Serving .* at \(https:[^ ]*\) .*/\1/p' "$work/server.log")
echo "   serving at $server after $(($(date +%s) - start))s"
grep -Eq 'server: "?https://127\.0\.0\.1:' "$kubeconfig" || die "the kubeconfig does not point at loopback"

slipway_cmd=("$slipway" plan --kubeconfig "$kubeconfig" --output json)
kubectl_cmd=("$kubectl" --kubeconfig "$kubeconfig" --cache-dir "$cache" get nodes,pods -A -o json)

# One checked run of each (also warms the server's list caches and kubectl's discovery cache).
# `slipway plan` exits 2 when the plan has error findings; that is a result, not a failure.
echo "== checking both commands once"
rc=0
timeout "$run_timeout" "${slipway_cmd[@]}" >"$work/plan.json" 2>"$work/plan.err" || rc=$?
[[ $rc == 0 || $rc == 2 ]] || { cat "$work/plan.err" >&2; die "slipway plan failed (exit $rc)"; }
python3 - "$work/plan.json" <<'EOF' || die "slipway plan did not write a plan as JSON"
import json, sys
plan = json.load(open(sys.argv[1]))
print("   slipway plan: %d nodes, %d steps, %d findings" % (
    len(plan.get("nodes", [])), len(plan.get("steps", [])), len(plan.get("findings", []))))
EOF
timeout "$run_timeout" "${kubectl_cmd[@]}" >"$work/kubectl.json" 2>"$work/kubectl.err" ||
    { cat "$work/kubectl.err" >&2; die "kubectl get failed"; }
python3 - "$work/kubectl.json" "$nodes" "$pods" <<'EOF' || die "kubectl did not see the generated cluster"
import json, sys
items = json.load(open(sys.argv[1]))["items"]
kinds = {}
for item in items:
    kinds[item["kind"]] = kinds.get(item["kind"], 0) + 1
print("   kubectl get: %d nodes, %d pods" % (kinds.get("Node", 0), kinds.get("Pod", 0)))
sys.exit(0 if kinds.get("Node") == int(sys.argv[2]) and kinds.get("Pod") == int(sys.argv[3]) else 1)
EOF
rm -f "$work/kubectl.json"

quote() { printf '%q ' "$@"; }
slipway_sh="timeout $run_timeout $(quote "${slipway_cmd[@]}")>/dev/null 2>&1; test \$? -le 2"
kubectl_sh="timeout $run_timeout $(quote "${kubectl_cmd[@]}")>/dev/null"

echo "== timing ($runs runs each, median)"
if [[ $use_hyperfine == 1 ]] && command -v hyperfine >/dev/null; then
    hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/times.json" \
        -n kubectl "$kubectl_sh" -n slipway "$slipway_sh"
    read -r kubectl_s slipway_s < <(python3 - "$work/times.json" <<'EOF'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
print("%.3f %.3f" % (r["kubectl"]["median"], r["slipway"]["median"]))
EOF
)
else
    median_of() { # command string -> median seconds
        local times=() t0 t1
        for _ in $(seq "$runs"); do
            t0=$(date +%s%N)
            bash -c "$1" || die "timed command failed: $1"
            t1=$(date +%s%N)
            times+=("$(((t1 - t0) / 1000000))")
        done
        printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2; printf "%.3f", m/1000}'
    }
    kubectl_s=$(median_of "$kubectl_sh")
    slipway_s=$(median_of "$slipway_sh")
fi

echo "== peak memory (/usr/bin/time -v)"
peak_kb() { # command... -> max RSS in kB
    local rc=0
    /usr/bin/time -v -o "$work/time.txt" timeout "$run_timeout" "$@" >/dev/null 2>"$work/rss.err" || rc=$?
    [[ $rc == 0 || $rc == 2 ]] || { cat "$work/rss.err" >&2; die "$1 failed under /usr/bin/time (exit $rc)"; }
    sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$work/time.txt"
}
# timeout forks the command, so /usr/bin/time reports the larger of the two: the command.
slipway_kb=$(peak_kb "${slipway_cmd[@]}")
kubectl_kb=$(peak_kb "${kubectl_cmd[@]}")
server_hwm_kb=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$server_pid/status")
server_rss_kb=$(sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$server_pid/status")

python3 - "$kubectl_s" "$slipway_s" "$slipway_kb" "$kubectl_kb" "$server_hwm_kb" "$server_rss_kb" \
    "$max_ratio" "$max_rss_mb" "$nodes" "$pods" <<'EOF'
import sys
k, s = float(sys.argv[1]), float(sys.argv[2])
skb, kkb, shwm, srss = (int(x) for x in sys.argv[3:7])
max_ratio, max_mb = float(sys.argv[7]), float(sys.argv[8])
ratio = s / k
mb = lambda kb: kb / 1024.0
print()
print("plan-vs-kubectl: %s nodes, %s pods" % (sys.argv[9], sys.argv[10]))
print("  kubectl get nodes,pods -A -o json   median %7.2f s   peak RSS %6.0f MB" % (k, mb(kkb)))
print("  slipway plan --output json          median %7.2f s   peak RSS %6.0f MB" % (s, mb(skb)))
print("  ratio slipway/kubectl               %.2f   (target <= %.2f)" % (ratio, max_ratio))
print("  slipway peak RSS                    %.0f MB (target < %.0f MB)" % (mb(skb), max_mb))
print("  serve-demo RSS                      %.0f MB now, %.0f MB peak" % (mb(srss), mb(shwm)))
ok = ratio <= max_ratio and mb(skb) < max_mb
print("  result: %s" % ("PASS" if ok else "FAIL"))
sys.exit(0 if ok else 1)
EOF
