#!/usr/bin/env bash
# Builds the app's code and cuts it into parts at its split points (src/parts.rs), the way
# cargo-leptos does for `--split`. Trunk runs it as a pre_build hook (Trunk.toml): Trunk's own
# Rust step cannot split (trunk-rs/trunk#1022), so index.html tells Trunk to skip it.
#   1. cargo build --features split, linked with --emit-relocs (in target/split, so the other
#      builds are not invalidated by the different flags)
#   2. wasm-split-cli (crate wasm_split_cli_support): the main module, one .wasm per part and
#      what parts share, and __wasm_split.js, the loader (it imports ./app.js)
#   3. wasm-bindgen --target web --keep-lld-exports on the main module
#   4. wasm-opt (npm binaryen 132) on every .wasm
# Output: target/split-out/pkg/, copied into the build by index.html; scripts/modules.mjs
# then names the folder by its content.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
TARGET_DIR="$ROOT/target/split"
OUT="$ROOT/target/split-out"
start=$(date +%s)

RUSTFLAGS="-Clink-args=--emit-relocs" cargo build --quiet --locked --release \
  --target wasm32-unknown-unknown --bin app --features split --target-dir "$TARGET_DIR"
built=$(date +%s)
RAW="$TARGET_DIR/wasm32-unknown-unknown/release/app.wasm"

# The same build cut again gives the same parts (a second `trunk build` for another public URL):
# keep them.
from=$(sha256sum "$RAW" | cut -d' ' -f1)
if [ -f "$OUT/from" ] && [ "$(cat "$OUT/from")" = "$from" ] && [ -f "$OUT/pkg/app_bg.wasm" ]; then
  echo "$from" > "$OUT/from"
echo "split-build: cargo $((built - start)) s; parts unchanged"
  exit 0
fi
rm -rf "$OUT"
mkdir -p "$OUT/split" "$OUT/pkg"
wasm-split-cli --target web --out-name app \
  "$RAW" "$OUT/split" >/dev/null
wasm-bindgen --target web --keep-lld-exports --no-typescript \
  --out-dir "$OUT/pkg" --out-name app "$OUT/split/app.wasm"
# The loader and the parts sit next to app.js (the loader imports "./app.js").
for file in "$OUT"/split/*; do
  [ "$(basename "$file")" = app.wasm ] || cp "$file" "$OUT/pkg/"
done
for wasm in "$OUT"/pkg/*.wasm; do
  wasm-opt -Oz --strip-debug --strip-producers --enable-bulk-memory \
    --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    --enable-reference-types --enable-multivalue "$wasm" -o "$wasm" \
    2> >(grep -v 'unknown name subsection' >&2)
done
echo "$from" > "$OUT/from"
echo "split-build: cargo $((built - start)) s, split and optimise $(($(date +%s) - built)) s:" \
  "$(cd "$OUT/pkg" && ls | tr '\n' ' ')"
