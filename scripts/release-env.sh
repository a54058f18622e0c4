# Sourced by the Makefile and scripts/setup.sh: how the release wasm is built. A dated nightly,
# for the release wasm alone (native tests and clippy stay on stable), rebuilds std for size with
# panics as immediate aborts; the page's loader shows the crash screen when the wasm traps.
# Set PM_STABLE_RELEASE=1 to build the release wasm on stable instead (larger, same behaviour).
RELEASE_TOOLCHAIN=nightly-2026-10-30
if [ "${PM_STABLE_RELEASE:-}" != 1 ]; then
  export RUSTUP_TOOLCHAIN=$RELEASE_TOOLCHAIN
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
fi
