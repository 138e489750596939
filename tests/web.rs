//! Tests in a real headless Chromium: the storage layer against real localStorage, and
//! mounted components. Run by `make test-browser`.
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod web {
    mod calm;
    mod components;
    mod family;
    mod helpers;
    mod local_storage;
    mod story;
}
