# The two Quick-start commands are `make serve` and `make test`; both install what is missing.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve build test test-native test-browser lint bench fuzz clean

serve:
	scripts/setup.sh build
	trunk serve --release

build:
	scripts/setup.sh build
	trunk build --release

test:
	scripts/setup.sh test
	$(MAKE) lint test-native build test-browser

lint:
	cargo fmt --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --workspace --target wasm32-unknown-unknown -- -D warnings

test-native:
	cargo test --workspace

test-browser:
	node --test --test-concurrency=1 tests/browser/

bench: build
	scripts/setup.sh test
	scripts/setup.sh bench
	node tests/bench/bench.mjs

fuzz:
	PROPTEST_CASES=100000 cargo test --release --test native fuzz_inputs

clean:
	rm -rf dist target/wasm32-unknown-unknown
