#!/bin/sh
# Test exec credential plugin: prints a token ExecCredential (FACTS §8.1 exec protocol).
# $1: apiVersion to answer with. Env (from the kubeconfig's exec.env): SLIPWAY_TEST_TOKEN, and
# optionally EXEC_INFO_OUT (file to copy KUBERNETES_EXEC_INFO into), ARGS_OUT and STALE_ONCE_FILE.
[ -n "$EXEC_INFO_OUT" ] && printf '%s' "$KUBERNETES_EXEC_INFO" > "$EXEC_INFO_OUT"
[ -n "$ARGS_OUT" ] && printf '%s\n' "$@" > "$ARGS_OUT"
token="${SLIPWAY_TEST_TOKEN:-exec-token}"
# STALE_ONCE_FILE: the first run (while that file does not exist) answers a revoked token.
if [ -n "$STALE_ONCE_FILE" ] && [ ! -e "$STALE_ONCE_FILE" ]; then
    : > "$STALE_ONCE_FILE"
    token="revoked-token"
fi
printf '{"apiVersion":"%s","kind":"ExecCredential","status":{"token":"%s"}}\n' \
    "${1:-client.authentication.k8s.io/v1}" "$token"
