#!/usr/bin/env bash
# Benchmarks (never assertions): generated organisations of 1k, 10k and 100k people,
# Vitest benches over test/bench/*.bench.ts, then browser benches (test/bench/*.browser.ts)
# against the built app served on port $BENCH_PORT (default 4174) with the generated files under bench/.
# Browser benches print lines like `cold start 10k: median 412 ms`.
set -u
cd "$(dirname "$0")/.."
TSX=./node_modules/.bin/tsx
source scripts/bench-serve.sh
# BENCH_PORT: each engineer's own port on a shared machine.
PORT=${BENCH_PORT:-4174}
mkdir -p .bench

# 1. Generated organisations (kept between runs: delete .bench/ to regenerate).
bash scripts/bench-data.sh

# 2. Node benches.
if compgen -G "test/bench/*.bench.ts" > /dev/null; then
  npx vitest bench --run --dir test/bench
fi

# 3. Browser benches against the built app.
if compgen -G "test/bench/*.browser.ts" > /dev/null; then
  npm run build || exit 1
  mkdir -p dist/bench
  cp .bench/*.json dist/bench/ 2>/dev/null || true
  bench_serve "$PORT" .bench/preview.log "" || exit 1
  for bench in test/bench/*.browser.ts; do
    echo "== $bench"
    BENCH_URL="http://localhost:$PORT/" $TSX "$bench" || echo "$bench failed" >&2
  done
fi
