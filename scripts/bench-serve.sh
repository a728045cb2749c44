#!/usr/bin/env bash
# Sourced by bench.sh and bench-peers.sh: the one way a bench serves a build.
# bench_serve PORT LOG [vite preview args…] starts `vite preview` on PORT (strict: never another
# engineer's port), stops it when the script exits, and waits until it answers.
BENCH_SERVERS=()
trap 'for pid in "${BENCH_SERVERS[@]}"; do kill "$pid" 2>/dev/null; done' EXIT
bench_serve() {
  local port=$1 log=$2 probe=${3:-}
  shift 3
  ./node_modules/.bin/vite preview "$@" --port "$port" --strictPort > "$log" 2>&1 &
  BENCH_SERVERS+=("$!")
  for _ in $(seq 1 100); do
    curl -sf "http://localhost:$port/$probe" > /dev/null && return 0
    sleep 0.2
  done
  echo "bench: the server on port $port did not answer (see $log)" >&2
  return 1
}
