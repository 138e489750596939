# The two commands a new machine needs: `make serve` and `make test`. Both install what is
# missing first (scripts/setup.sh), and are quick when everything is already there.

SHELL := /bin/bash
# binaryen 132's wasm-opt from npm must come before any system wasm-opt (Debian's 108 breaks the .wasm).
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT := 120

.PHONY: serve test setup release release-sub-path test-native test-browser test-e2e test-engines bench audit fmt

## Serve the app at http://127.0.0.1:8080 (release build, as families get it).
serve:
	scripts/setup.sh app
	@# Trunk's [watch] ignore takes the canonical path of each folder it lists, so on a fresh
	@# clone they must exist before the first build makes them.
	mkdir -p public/pictures node_modules target
	trunk serve --release

## Run every test: model and storage natively, components in Chromium, journeys end to end,
## and the key journeys again in WebKit and Firefox.
test: setup test-native test-browser test-e2e test-engines
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

## Build dist/ for a host. Under a sub-path (GitHub Pages, a clinic's site), name it:
## make release PUBLIC_URL=/calm-together/
PUBLIC_URL ?= /
release:
	trunk build --release --public-url $(PUBLIC_URL)

## The same app built to live under /calm-together/, for tests/e2e/sub_path.test.mjs.
release-sub-path: release
	trunk build --release --public-url /calm-together/ --dist dist-sub-path

test-e2e: release release-sub-path
	node --test --test-concurrency=1 tests/e2e/

## The key journeys in WebKit (MiniBrowser, on a virtual X display) and in Firefox ESR, one
## engine after the other; both always run, and either failing fails the target.
## ENGINES_DIST=<folder> tests another build than dist/.
test-engines: release
	@status=0; \
	ENGINES=webkit xvfb-run -a -s "-screen 0 1280x1024x24" node --test --test-concurrency=1 --test-timeout=120000 tests/engines/ || status=1; \
	ENGINES=firefox PUPPETEER_SKIP_DOWNLOAD=1 node --test --test-concurrency=1 --test-timeout=120000 tests/engines/ || status=1; \
	exit $$status

## Print first-load sizes and cold-load timings (writes bench.json).
bench: setup release
	node scripts/bench.mjs

## Print Lighthouse's scores for the main screens, English and Spanish (writes audit.json).
audit: setup release
	node scripts/audit.mjs
