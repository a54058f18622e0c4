#!/usr/bin/env bash
# Installs what the build and the tests need, skipping whatever is already there at the right
# version. Usage: scripts/setup.sh build   (wasm target, Trunk, wasm-bindgen CLI, wasm-opt)
#                 scripts/setup.sh test    (all of the above, plus Chromium and chromedriver)
#                 scripts/setup.sh bench   (the build tools, plus twiggy for the wasm size breakdown)
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:-build}
TRUNK_VERSION=0.21.14
# The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
have_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -q "$2"; }
export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target (under a minute)"
  rustup target add wasm32-unknown-unknown
fi

# The release wasm's toolchain (scripts/release-env.sh): a dated nightly with the standard
# library's source, whose own dependencies are fetched once so the offline build finds them.
source scripts/release-env.sh
if ! rustup run "$RELEASE_TOOLCHAIN" rustc --version >/dev/null 2>&1 \
  || ! rustup component list --toolchain "$RELEASE_TOOLCHAIN" --installed | grep -q '^rust-src'; then
  say "installing $RELEASE_TOOLCHAIN with rust-src for the release wasm (about 30 seconds, once)"
  rustup toolchain install "$RELEASE_TOOLCHAIN" --profile minimal -c rust-src -t wasm32-unknown-unknown
fi
std_manifest="$(rustup run "$RELEASE_TOOLCHAIN" rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
rustup run "$RELEASE_TOOLCHAIN" cargo fetch --quiet --offline --manifest-path "$std_manifest" 2>/dev/null \
  || rustup run "$RELEASE_TOOLCHAIN" cargo fetch --quiet --manifest-path "$std_manifest"

if ! have_version trunk "$TRUNK_VERSION"; then
  say "installing Trunk $TRUNK_VERSION (about 12 minutes on 2 cores, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! have_version wasm-bindgen "$BINDGEN_VERSION"; then
  say "installing wasm-bindgen CLI $BINDGEN_VERSION (about 4 minutes, once)"
  # --locked fails for this version: one of its locked dependencies left the registry.
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION"
fi

# npm packages: wasm-opt (binaryen 132), playwright-core and axe-core. Reinstall only when the
# lock file changed since the last install.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.lock-sum 2>/dev/null)" != "$lock_sum" ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > node_modules/.lock-sum
fi

if [ "$want" = test ]; then
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then
    say "installing Debian's chromium, chromium-driver and poppler-utils (about a minute)"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null
  fi
fi
if [ "$want" = bench ]; then
  if ! have_version twiggy 0.8.0; then
    say "installing twiggy 0.8.0 for the wasm size breakdown (about 2 minutes, once)"
    cargo install twiggy --version 0.8.0 --locked
  fi
fi
say "tools ready"
