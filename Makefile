# Avenir — the two commands: `make run` and `make test`. Each installs what it needs first and
# is safe to run again. `make package` builds the .deb.
SHELL := /bin/bash
.DEFAULT_GOAL := run

# Debian packages: WebKitGTK 4.1 and GTK for Tauri, Xvfb and WebKitWebDriver for the end-to-end
# tests, iproute2 for the offline test's network namespace, dbus-daemon for the sleep-lock test's
# private bus, age (the Go implementation) as the second implementation that opens a case file.
# Read aloud: libclang-dev and libspeechd-dev to build the speech-dispatcher bindings; to speak,
# speech-dispatcher with its espeak-ng module (a Recommends, which --no-install-recommends skips)
# and espeak-ng; the end-to-end test starts its own speech-dispatcher with a recording module.
APT_PACKAGES := build-essential pkg-config libwebkit2gtk-4.1-dev libgtk-3-dev libayatana-appindicator3-dev \
	librsvg2-dev libsoup-3.0-dev xvfb xauth webkit2gtk-driver iproute2 util-linux poppler-utils \
	dbus-daemon age libclang-dev libspeechd-dev speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CARGO_BIN):$(PATH)
# The demo vault of `make run` lives here, apart from any real data. Its people are fictional,
# so its passphrase can be printed.
DEMO_DIR := $(CURDIR)/.demo-data
DEMO_VAULT := $(DEMO_DIR)/profiles/demo
DEMO_PASSPHRASE := demo orange kettle meadow violin harbour
UI_SOURCES := $(shell find ui/src ui/index.html ui/vite.config.ts ui/svelte.config.js ui/tsconfig.json -type f 2>/dev/null)

.PHONY: run demo-vault test deps system-deps node-deps tauri-driver ui build lint test-rust test-ui package clean gen

## run: build everything and open Avenir (on a virtual display when there is no screen)
run: deps build demo-vault
	@if [ -n "$$DISPLAY" ] || [ -n "$$WAYLAND_DISPLAY" ]; then \
		AVENIR_DATA_DIR="$(DEMO_DIR)" ./target/debug/avenir; \
	else \
		echo "No display found: starting Avenir on a virtual display (Xvfb). Stop it with Ctrl+C."; \
		AVENIR_DATA_DIR="$(DEMO_DIR)" xvfb-run -a -s "-screen 0 1280x800x24 -noreset" ./target/debug/avenir; \
	fi

demo-vault: build
	@if [ ! -f "$(DEMO_VAULT)/header" ]; then \
		mkdir -p "$(DEMO_DIR)/profiles" && \
		AVENIR_PASSPHRASE="$(DEMO_PASSPHRASE)" ./target/debug/avenir-cli --vault "$(DEMO_VAULT)" \
			init --label "Demo – fictional people" --kdf-target-ms 1 >/dev/null && \
		AVENIR_PASSPHRASE="$(DEMO_PASSPHRASE)" ./target/debug/avenir-cli --vault "$(DEMO_VAULT)" \
			seed-demo --files >/dev/null; \
	fi
	@echo "Demo vault (fictional people): profile “Demo – fictional people”, passphrase: $(DEMO_PASSPHRASE)"

## test: every check and test: formatting, clippy, UI type check, Vitest, Rust tests, end to end
test: deps lint test-ui test-rust

deps: system-deps node-deps tauri-driver

system-deps:
	@missing=""; for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@command -v cargo >/dev/null || { echo "Rust is missing: install it with rustup (https://rustup.rs), then run make again." >&2; exit 1; }
	@command -v node >/dev/null || { DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs npm; }
	@node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a==20&&b>=19)?0:1)' || \
		{ echo "Node.js $$(node --version) is too old for the UI toolchain (Vite 8): install Node.js 20.19 or newer." >&2; exit 1; }

node-deps: ui/node_modules/.package-lock.json

ui/node_modules/.package-lock.json: ui/package.json ui/package-lock.json
	cd ui && npm ci --no-audit --no-fund
	@touch $@

tauri-driver:
	@command -v tauri-driver >/dev/null || cargo install tauri-driver --locked --version '^2'

ui: ui/dist/index.html

ui/dist/index.html: ui/node_modules/.package-lock.json $(UI_SOURCES)
	cd ui && npm run build

build: ui
	cargo build --workspace --bins

lint: ui
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cd ui && npm run check

test-ui: node-deps
	cd ui && npm test

test-rust: ui
	cargo test --workspace

## gen: regenerate the IPC contract the UI imports (ui/src/ipc/generated) from the Rust types;
## `cargo test -p avenir --lib contract` fails while a committed file is stale
gen:
	cargo run -p avenir --example gen-ipc

## package: a .deb (Tauri bundler) in target/release/bundle/deb/: the app and avenir-cli
package: deps ui
	cargo build --release -p avenir-cli
	cd src-tauri/app && ../../ui/node_modules/.bin/tauri build --bundles deb
	@dpkg-deb -c target/release/bundle/deb/*.deb | grep -q ' ./usr/bin/avenir-cli$$' || \
		{ echo "the .deb lacks avenir-cli" >&2; exit 1; }
	@ls -1 target/release/bundle/deb/*.deb

clean:
	cargo clean
	rm -rf ui/dist ui/node_modules "$(DEMO_DIR)"
