#!/bin/sh
# Test exec credential plugin returning a client certificate and key (PEM files CERT_FILE, KEY_FILE).
pem() { awk '{ printf "%s\\n", $0 }' "$1"; }
printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"clientCertificateData":"%s","clientKeyData":"%s"}}\n' \
    "$(pem "$CERT_FILE")" "$(pem "$KEY_FILE")"
