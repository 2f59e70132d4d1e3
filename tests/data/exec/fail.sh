#!/bin/sh
# Test exec credential plugin that fails like a CLI whose login expired. It echoes FAIL_DETAIL,
# which the tests set to a secret to check that messages redact exec env values.
echo "   " >&2
echo "error: the refresh token expired; run \"cloud login\" again ${FAIL_DETAIL}" >&2
echo "" >&2
exit 3
