#!/usr/bin/env bash
# dist/ and schema/ are committed and must be exactly what src/ builds: rebuild, then fail on any
# difference or new file. CI runs it on every change and the release pipelines before publishing.
# --built: the build has just run (npm test builds first), so only compare.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != --built ]; then npm run --silent build; fi
if ! git diff --quiet -- dist schema; then
  echo "dist/ or schema/ is not what src/ builds. Run 'npm run build' and commit the result:" >&2
  git --no-pager diff --stat -- dist schema >&2
  exit 1
fi
if [ -n "$(git status --porcelain -- dist schema)" ]; then
  echo "The build produced files that are not committed. Run 'npm run build' and commit the result:" >&2
  git status --porcelain -- dist schema >&2
  exit 1
fi
echo "dist/ and schema/ are what src/ builds."
