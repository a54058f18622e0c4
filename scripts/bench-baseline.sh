#!/usr/bin/env bash
# Builds the app as it was at a baseline commit, for `make bench` to time against in the same
# run: a git worktree under target/bench-baseline/<commit>, built once with its own Trunk.toml.
# Prints the path of its dist/. Usage: scripts/bench-baseline.sh <commit>
set -euo pipefail
cd "$(dirname "$0")/.."
commit=$(git rev-parse --short "${1:?usage: scripts/bench-baseline.sh <commit>}^{commit}")
tree=target/bench-baseline/$commit
if [ ! -f "$tree/dist/index.html" ]; then
  if [ ! -d "$tree" ]; then
    git worktree add --detach "$tree" "$commit" >&2
  fi
  echo "[bench] building the baseline $commit in $tree (a few minutes, once)" >&2
  # The baseline is built as it was built then: on stable, with its own Trunk.toml and hooks
  # (the Makefile calls this script outside scripts/release.sh).
  (cd "$tree" && trunk build --release >&2)
fi
echo "$PWD/$tree/dist"
