# The two commands a new machine needs: `make serve` and `make test`. Both install what is
# missing first (scripts/setup.sh), and are quick when everything is already there.

SHELL := /bin/bash
# binaryen 132's wasm-opt from npm must come before any system wasm-opt (Debian's 108 breaks the .wasm).
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT := 120

.PHONY: serve test setup release test-native test-browser test-e2e bench audit fmt

## Serve the app at http://127.0.0.1:8080 (release build, as families get it).
serve:
	scripts/setup.sh app
	@# Trunk's [watch] ignore needs this folder before the first build (its pre-build hook) makes it.
	mkdir -p public/pictures
	trunk serve --release

## Run every test: model and storage natively, components in Chromium, journeys end to end.
test: setup test-native test-browser test-e2e
	@echo "make test: all green"

setup:
	scripts/setup.sh browser

fmt:
	cargo fmt

test-native:
	cargo fmt --check
	cargo clippy --all-targets --quiet -- -D warnings
	cargo test --quiet

test-browser:
	cargo test --target wasm32-unknown-unknown --test web

release:
	trunk build --release

test-e2e: release
	node --test --test-concurrency=1 tests/e2e/

## Print first-load sizes and cold-load timings (writes bench.json).
bench: setup release
	node scripts/bench.mjs

## Print Lighthouse's scores for the main screens, English and Spanish (writes audit.json).
audit: setup release
	node scripts/audit.mjs
