#!/usr/bin/env bash
# Installs what the build and the tests need, skipping whatever is already there at the right
# version. Usage: scripts/setup.sh build   (wasm target, release nightly, Trunk, wasm-bindgen CLI,
#                                          wasm-opt and the npm test tools)
#                 scripts/setup.sh test    (all of the above, plus Chromium, chromedriver, poppler)
#                 scripts/setup.sh bench   (the build tools, plus twiggy for the wasm size breakdown)
#
# Everything here runs in the plain environment of the caller: the release wasm's nightly and
# flags live only inside scripts/release.sh, around the release build itself. (A `cargo install`
# that inherits them rebuilds std for the host with immediate aborts and fails;
# tests/setup/setup.test.mjs guards this.)
#
# On a new machine the two compiles (Trunk, then the wasm-bindgen CLI) are what take the time;
# they start first and run side by side in the background while the rest is fetched.
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:-build}
case "$want" in build | test | bench) ;; *)
  echo "usage: scripts/setup.sh build|test|bench" >&2
  exit 2
  ;;
esac
TRUNK_VERSION=0.21.14
TWIGGY_VERSION=0.8.0
# The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
RELEASE_TOOLCHAIN=$(scripts/release.sh --toolchain)
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN:$PATH"
LOGS=target/setup
mkdir -p "$LOGS"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
# The tool's own `--version` line ("trunk 0.21.14", "wasm-bindgen 0.2.130"), compared exactly:
# 0.2.13 must not pass for 0.2.130.
have_version() {
  command -v "$1" >/dev/null 2>&1 \
    && "$1" --version 2>/dev/null | awk -v want="$2" '{ for (i = 1; i <= NF; i++) if ($i == want) found = 1 } END { exit !found }'
}

# --- 1. The long compiles, started first, in the background ----------------------------------
# The tools' own release profiles ask for fat LTO and one codegen unit (Trunk's does), which makes
# the last minutes of their compile single-threaded; these tools run for seconds per build, so
# they are built with cargo's default release settings instead (same behaviour, shorter compile).
names=() pids=() binaries=() versions=()
started=$SECONDS
# A set-up stopped early (Ctrl-C, or a failed step below) takes its compiles with it, so a
# re-run never finds two copies of the same build.
# Each compile runs in a session of its own (setsid), so its whole process group goes with it.
# A signal that reaches a compile between its fork and its exec can be lost, so the kill is
# repeated while any is still there (a second later at most).
stop_compiles() {
  local pid round
  for round in 1 2 3 4 5; do
    local left=0
    for pid in "${pids[@]}"; do
      if kill -0 "$pid" 2>/dev/null; then
        left=1
        kill -- "-$pid" "$pid" 2>/dev/null || true
      fi
    done
    [ "$left" -eq 0 ] && return 0
    sleep 0.2
  done
}
trap stop_compiles EXIT
trap 'stop_compiles; exit 130' INT TERM
start_install() { # binary version crate [cargo install flags...]
  local binary=$1 version=$2 crate=$3
  shift 3
  if have_version "$binary" "$version"; then
    return
  fi
  say "building $crate $version in the background (log: $LOGS/$crate.log)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    setsid cargo install "$crate" --version "$version" "$@" >"$LOGS/$crate.log" 2>&1 &
  names+=("$crate") pids+=($!) binaries+=("$binary") versions+=("$version")
}
start_install trunk "$TRUNK_VERSION" trunk --locked
# --locked fails for this version: one of its locked dependencies left the registry.
start_install wasm-bindgen "$BINDGEN_VERSION" wasm-bindgen-cli
if [ "$want" = bench ]; then
  start_install twiggy "$TWIGGY_VERSION" twiggy --locked
fi
if [ ${#pids[@]} -gt 0 ]; then
  say "compiling ${names[*]}: about 12 minutes on 2 cores, once per machine"
fi

# --- 2. Meanwhile: targets, the release nightly, npm packages, the browser --------------------
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target (under a minute)"
  rustup target add wasm32-unknown-unknown
fi

# The release wasm's toolchain (scripts/release.sh): a dated nightly with the standard library's
# source, whose own dependencies are fetched once so the offline build finds them.
if ! rustup run "$RELEASE_TOOLCHAIN" rustc --version >/dev/null 2>&1 \
  || ! rustup component list --toolchain "$RELEASE_TOOLCHAIN" --installed | grep -q '^rust-src'; then
  say "installing $RELEASE_TOOLCHAIN with rust-src for the release wasm (about 30 seconds, once)"
  rustup toolchain install "$RELEASE_TOOLCHAIN" --profile minimal -c rust-src -t wasm32-unknown-unknown
fi
std_manifest="$(rustup run "$RELEASE_TOOLCHAIN" rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
rustup run "$RELEASE_TOOLCHAIN" cargo fetch --quiet --offline --manifest-path "$std_manifest" 2>/dev/null \
  || rustup run "$RELEASE_TOOLCHAIN" cargo fetch --quiet --manifest-path "$std_manifest"

# npm packages: wasm-opt (binaryen 132), playwright-core and axe-core. Reinstall only when the
# lock file changed since the last install.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.lock-sum 2>/dev/null)" != "$lock_sum" ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" >node_modules/.lock-sum
fi

if [ "$want" = test ]; then
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 \
    || ! command -v pdftotext >/dev/null 2>&1; then
    say "installing Debian's chromium, chromium-driver and poppler-utils (about a minute)"
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null
  fi
fi

# --- 3. Wait for the compiles, saying what they are doing once a minute -----------------------
still_running() { # prints the crates whose compile is still going
  local i
  for i in "${!pids[@]}"; do
    kill -0 "${pids[$i]}" 2>/dev/null && printf '%s ' "${names[$i]}"
  done
  return 0
}
last_said=$SECONDS
while [ -n "$(still_running)" ]; do
  sleep 5
  if [ $((SECONDS - last_said)) -ge 60 ]; then
    say "still compiling $(still_running)($(((SECONDS - started) / 60)) min so far)"
    last_said=$SECONDS
  fi
done
trap - EXIT INT TERM
failed=0
for i in "${!pids[@]}"; do
  if ! wait "${pids[$i]}" || ! have_version "${binaries[$i]}" "${versions[$i]}"; then
    say "could not install ${names[$i]} ${versions[$i]}; the end of $LOGS/${names[$i]}.log:"
    tail -n 30 "$LOGS/${names[$i]}.log" >&2 || true
    failed=1
  else
    say "installed ${names[$i]} ${versions[$i]} into $CARGO_BIN"
  fi
done
[ "$failed" -eq 0 ] || exit 1
say "tools ready"
