#!/usr/bin/env bash
# `npm run bench:peers`: Wayfinder's build and the peer pages (d3-org-chart, MiniSearch,
# FlexSearch; test/bench/peers/, built from devDependencies: no CDN) served locally on two
# ports, then test/bench/peers/compare.ts in one Chromium session. Prints figures, ratios
# (Wayfinder ÷ peer) and the load average; never asserts.
# BENCH_PORT (default 4174) serves Wayfinder, the next port the peers.
set -u
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-4174}
PEER_PORT=$((PORT + 1))
bash scripts/bench-data.sh
[ -n "${BENCH_NO_BUILD:-}" ] || npm run build || exit 1
npx vite build --config test/bench/peers/vite.config.ts --logLevel warn || exit 1
for dir in dist .bench/peers; do
  mkdir -p "$dir/bench"
  cp .bench/org-*.json "$dir/bench/"
done
source scripts/bench-serve.sh
bench_serve "$PORT" .bench/preview.log "" || exit 1
bench_serve "$PEER_PORT" .bench/preview-peers.log orgchart.html \
  --config test/bench/peers/vite.config.ts || exit 1
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
BENCH_URL="http://localhost:$PORT/" BENCH_PEER_URL="http://localhost:$PEER_PORT/" \
  ./node_modules/.bin/tsx test/bench/peers/compare.ts
