#!/bin/sh
# Test exec credential plugin that never answers in time.
exec sleep 30
