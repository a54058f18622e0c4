#!/usr/bin/env bash
# Runs one command with the release wasm's toolchain and flags in its environment, and only in
# its environment: `scripts/release.sh trunk build --release`. Nothing is exported to the caller,
# so installs (scripts/setup.sh) and native builds never see these variables: a `cargo install`
# under them would rebuild std for the host with immediate aborts and fail.
#
# The release wasm is built with a dated nightly that rebuilds the standard library for size, with
# panics as immediate aborts; the page's loader shows the crash screen when the wasm traps.
# PM_STABLE_RELEASE=1 builds on stable instead (larger, same behaviour).
# `scripts/release.sh --toolchain` prints the nightly's name (scripts/setup.sh installs it).
set -euo pipefail
RELEASE_TOOLCHAIN=nightly-2026-10-30

if [ "${1:-}" = --toolchain ]; then
  echo "$RELEASE_TOOLCHAIN"
  exit 0
fi
if [ $# -eq 0 ]; then
  echo "usage: scripts/release.sh COMMAND [ARGS...] | --toolchain" >&2
  exit 2
fi
if [ "${PM_STABLE_RELEASE:-}" = 1 ]; then
  exec "$@"
fi
exec env \
  RUSTUP_TOOLCHAIN="$RELEASE_TOOLCHAIN" \
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
  "$@"
