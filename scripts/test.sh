#!/usr/bin/env bash
# Every check the project has, in one command, ending with one line: "N passed, N failed, N skipped".
# Typecheck, lint and build count as one test each; vitest suites count their own tests.
set -u
cd "$(dirname "$0")/.."
passed=0 failed=0 skipped=0
reports=$(mktemp -d)
trap 'rm -rf "$reports"' EXIT

check() {
  local name=$1; shift
  echo "── $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "✗ $name failed"; fi
}

suite() {
  local name=$1; shift
  local json="$reports/$name.json"
  echo "── $name tests"
  npx vitest run --project "$name" --reporter=default --reporter=json --outputFile.json="$json" "$@"
  local status=$?
  if [ -s "$json" ]; then
    read -r p f s < <(node -e '
      const r = require(process.argv[1]);
      console.log(r.numPassedTests, r.numFailedTests, r.numPendingTests + r.numTodoTests);' "$json")
    passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
    # A suite that failed outside any test (setup error, crash) still counts as a failure.
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then failed=$((failed + 1)); fi
  else
    failed=$((failed + 1)); echo "✗ $name suite produced no report"
  fi
}

check typecheck npx tsc --noEmit -p tsconfig.json
check lint npx eslint --max-warnings 0 .
check build node scripts/build.mjs
check chromium node scripts/ensure-chromium.mjs
check firefox node scripts/ensure-firefox.mjs
suite unit
suite e2e
suite firefox

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
