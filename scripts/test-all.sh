#!/usr/bin/env bash
# Every test: unit/component tests (Vitest), then the build, then browser tests (Playwright)
# against it. The LAST line is `N passed, N failed` over both suites; the exit code is non-zero
# if anything failed (a suite that crashes, or a failed build, counts as a failure).
set -u
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/unit.json test-results/e2e.json

npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json
unit_exit=$?

npm run build
build_exit=$?

if [ "$build_exit" -eq 0 ]; then
  npx playwright test
  e2e_exit=$?
else
  echo "Build failed: browser tests not run (counted as failed)." >&2
  e2e_exit=1
fi

echo
./node_modules/.bin/tsx scripts/summarize-tests.ts \
  --unit test-results/unit.json --unit-exit "$unit_exit" \
  --e2e test-results/e2e.json --e2e-exit "$e2e_exit"
