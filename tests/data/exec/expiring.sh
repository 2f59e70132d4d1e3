#!/bin/sh
# Test exec credential plugin whose token expires EXPIRES_IN seconds from now; each run writes a
# new token ("expiring-token-<run>") and counts its runs in RUN_COUNT_FILE.
count=0
[ -f "$RUN_COUNT_FILE" ] && count=$(cat "$RUN_COUNT_FILE")
count=$((count + 1))
echo "$count" > "$RUN_COUNT_FILE"
expiry=$(date -u -d "+${EXPIRES_IN:-2} seconds" +%Y-%m-%dT%H:%M:%SZ)
printf '{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"expiring-token-%s","expirationTimestamp":"%s"}}\n' \
    "$count" "$expiry"
