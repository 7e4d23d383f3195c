#!/usr/bin/env bash
# Regenerates the hicolor PNG icons from majlis.svg.
# Requires: rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin).
# Optional: optipng (lossless PNG size optimisation).
set -euo pipefail
cd "$(dirname "$0")"

for n in 16 24 32 48 64 128 256 512; do
    out="hicolor/${n}x${n}/apps/majlis.png"
    mkdir -p "$(dirname "$out")"
    rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio --format png \
        --output "$out" majlis.svg
    if command -v optipng >/dev/null 2>&1; then
        optipng -quiet -o7 -strip all "$out"
    fi
done

mkdir -p hicolor/scalable/apps
cp majlis.svg hicolor/scalable/apps/majlis.svg
