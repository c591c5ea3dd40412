#!/usr/bin/env bash
# Fails when the committed dist/ differs from a fresh build, and shows the difference.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run -s build >/dev/null
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "dist/ is not what 'npm run build' produces from src/; run 'npm run build' and commit dist/:" >&2
  git status --porcelain -- dist >&2
  git diff --stat -- dist >&2 || true
  exit 1
fi
echo "dist/ matches a fresh build"
