#!/usr/bin/env bash
# Benchmarks (never assertions): generated organisations of 1k, 10k and 100k people,
# Vitest benches over test/bench/*.bench.ts, then browser benches (test/bench/*.browser.ts)
# against the built app served on port 4174 with the generated files under bench/.
# Browser benches print lines like `cold start 10k: median 412 ms`.
set -u
cd "$(dirname "$0")/.."
TSX=./node_modules/.bin/tsx
PORT=4174
mkdir -p .bench

# 1. Generated organisations (kept between runs: delete .bench/ to regenerate).
if [ -f data/generate.ts ]; then
  for n in 1000 10000 100000; do
    out=".bench/org-$((n / 1000))k.json"
    [ -s "$out" ] && continue
    echo "generating $out"
    $TSX data/generate.ts --people "$n" --seed 1 --out "$out" > "$out.stdout" || true
    # Generators that write to stdout instead of --out: keep that output.
    if [ ! -s "$out" ] && [ -s "$out.stdout" ]; then mv "$out.stdout" "$out"; fi
    rm -f "$out.stdout"
  done
else
  echo "data/generate.ts is missing: no generated organisations" >&2
fi

# 2. Node benches.
if compgen -G "test/bench/*.bench.ts" > /dev/null; then
  npx vitest bench --run --dir test/bench
fi

# 3. Browser benches against the built app.
if compgen -G "test/bench/*.browser.ts" > /dev/null; then
  npm run build || exit 1
  mkdir -p dist/bench
  cp .bench/*.json dist/bench/ 2>/dev/null || true
  npx vite preview --port "$PORT" --strictPort > .bench/preview.log 2>&1 &
  server=$!
  trap 'kill "$server" 2>/dev/null' EXIT
  for _ in $(seq 1 50); do
    curl -sf "http://localhost:$PORT/" > /dev/null && break
    sleep 0.2
  done
  for bench in test/bench/*.browser.ts; do
    echo "== $bench"
    BENCH_URL="http://localhost:$PORT/" $TSX "$bench" || echo "$bench failed" >&2
  done
fi
