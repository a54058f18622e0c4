# The two Quick-start commands are `make serve` and `make test`; both install what is missing.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)

.PHONY: serve build test test-native test-browser lint bench fuzz clean

# The release wasm is built with the toolchain and flags that scripts/release.sh sets for that
# one command; installs and native builds never see them.
serve:
	scripts/setup.sh build
	scripts/release.sh trunk serve --release

build:
	scripts/setup.sh build
	scripts/release.sh trunk build --release

# The set-up's own test runs first: it needs only bash and node, and guards the installs.
test:
	node --test tests/setup/
	scripts/setup.sh test
	$(MAKE) lint test-native build test-browser

lint:
	cargo fmt --check
	node --check static/loader.js
	node --check scripts/bundles.mjs
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --workspace --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --no-default-features --features journey -- -D warnings

# Property tests run their full case counts here and in CI; a plain `cargo test` runs 256 each.
test-native:
	PM_FULL_PROPERTIES=1 cargo test --workspace

test-browser:
	node --test --test-concurrency=1 tests/browser/

# Timings are compared with a build of BASELINE made in the same run (a worktree under target/).
BASELINE ?= ced195b
bench: build
	scripts/setup.sh test
	scripts/setup.sh bench
	scripts/release.sh node tests/bench/bench.mjs --baseline "$$(scripts/bench-baseline.sh $(BASELINE))"

fuzz:
	PROPTEST_CASES=100000 cargo test --release --test native fuzz_inputs

clean:
	rm -rf dist target/wasm32-unknown-unknown
