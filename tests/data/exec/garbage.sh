#!/bin/sh
# Test exec credential plugin that prints something that is not an ExecCredential.
echo "Please open https://login.example/device and enter code ABCD"
