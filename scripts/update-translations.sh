#!/usr/bin/env bash
# Refreshes translations/*.ts from every source folder (models, sim, kube, ui, app).
# Run after changing user-visible text; then translate the new Korean entries (Qt Linguist or
# by editing slipway_ko.ts) and commit both files. tests/tst_translations fails while any
# Korean entry is unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
SOURCES=(models sim kube ui app)
"$LUPDATE" -I . -locations relative -no-obsolete "${SOURCES[@]}" -ts translations/slipway_ko.ts
# English is the source language: its catalog only carries plural forms ("%n node(s)").
"$LUPDATE" -I . -locations relative -no-obsolete -pluralonly "${SOURCES[@]}" -ts translations/slipway_en.ts
