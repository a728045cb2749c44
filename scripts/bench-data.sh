#!/usr/bin/env bash
# Generated organisations of 1k, 10k and 100k people in .bench/ (seed 1), for `npm run bench`
# and `npm run bench:peers`. Kept between runs: delete .bench/ to regenerate.
set -u
cd "$(dirname "$0")/.."
mkdir -p .bench
if [ ! -f data/generate.ts ]; then
  echo "data/generate.ts is missing: no generated organisations" >&2
  exit 0
fi
for n in 1000 10000 100000; do
  out=".bench/org-$((n / 1000))k.json"
  [ -s "$out" ] && continue
  echo "generating $out"
  ./node_modules/.bin/tsx data/generate.ts --people "$n" --seed 1 --out "$out" > "$out.stdout" || true
  # Generators that write to stdout instead of --out: keep that output.
  if [ ! -s "$out" ] && [ -s "$out.stdout" ]; then mv "$out.stdout" "$out"; fi
  rm -f "$out.stdout"
done
