#!/usr/bin/env bash
# Installs everything the build and the tests need, idempotently; quick when all is there.
#
#   1. a Rust compiler that has the wasm32-unknown-unknown std:
#      the active toolchain, else `rustup target add`, else Debian's rustc-web with a std
#      built once from its vendored sources (rebuilt when the compiler changes);
#   2. wasm-bindgen-cli (exactly the version in Cargo.lock) and wasm-pack, built from crates.io
#      into a cache shared by every checkout on this machine;
#   3. pnpm at the version in package.json's packageManager, then the workspace's node modules
#      (which include the pinned wasm-opt from the npm `binaryen` package);
#   4. a Chromium for the browser tests (Debian's package, else Playwright's download).
#
# It writes target/toolchain.env, which scripts/build-wasm.mjs reads, so `pnpm build` uses the
# same compiler after setup. Usage: bash scripts/bootstrap.sh [--no-browser]
# WASM_TOOLKIT_RUST=debian forces the rustc-web path even where rustup has the target.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${WASM_TOOLKIT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/org-wasm-toolkit}"
TOOLS="$CACHE/cargo-tools"
WASM_PACK_VERSION="0.15.1"
WANT_BROWSER=1
[[ "${1:-}" == "--no-browser" ]] && WANT_BROWSER=0

log() { printf '\033[1mbootstrap:\033[0m %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
as_root() { if [[ $(id -u) == 0 ]]; then "$@"; elif have sudo; then sudo "$@"; else return 1; fi; }
APT_UPDATED=0
apt_install() {
  have apt-get || return 1
  if [[ $APT_UPDATED == 0 ]]; then as_root apt-get update -qq || return 1; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

mkdir -p "$CACHE" "$ROOT/target"
export PATH="$TOOLS/bin:$HOME/.cargo/bin:$PATH"

# --- 1. Rust with a wasm32 std ---------------------------------------------------------------
has_wasm_std() { # $@: extra env for rustc
  local dir
  dir="$(env "$@" rustc --target wasm32-unknown-unknown --print target-libdir 2>/dev/null)" || return 1
  compgen -G "$dir/libstd-*.rlib" >/dev/null
}

build_debian_std() {
  local stamp=/usr/lib/rustlib/wasm32-unknown-unknown/rustc-vV.txt
  if [[ -f $stamp ]] && diff -q <(/usr/bin/rustc -vV) "$stamp" >/dev/null; then return 0; fi
  log "building the wasm32 std for $(/usr/bin/rustc -V) (once, about 30 s)"
  local scratch="$CACHE/wasm32-std"
  rm -rf "$scratch" && mkdir -p "$scratch/src" "$scratch/.cargo"
  cat >"$scratch/Cargo.toml" <<'TOML'
[package]
name = "wasm32-std"
version = "0.0.0"
edition = "2024"
[lib]
path = "src/lib.rs"
[profile.release]
opt-level = 3
TOML
  echo '#![no_std]' >"$scratch/src/lib.rs"
  cat >"$scratch/.cargo/config.toml" <<'TOML'
[source.crates-io]
replace-with = "vendored"
[source.vendored]
directory = "/usr/lib/rustlib/src/rust/library/vendor"
TOML
  (cd "$scratch" && env -u RUSTUP_TOOLCHAIN RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 \
    RUSTFLAGS="-Cembed-bitcode=yes -Zforce-unstable-if-unmarked" \
    /usr/bin/cargo build --quiet --release --target wasm32-unknown-unknown \
      -Zbuild-std=std,panic_abort,panic_unwind)
  as_root mkdir -p /usr/lib/rustlib/wasm32-unknown-unknown/lib
  as_root rm -f /usr/lib/rustlib/wasm32-unknown-unknown/lib/*.rlib
  as_root cp "$scratch"/target/wasm32-unknown-unknown/release/deps/*.rlib \
    /usr/lib/rustlib/wasm32-unknown-unknown/lib/
  /usr/bin/rustc -vV | as_root tee "$stamp" >/dev/null
}

RUST_TOOLCHAIN_ENV=""
if [[ "${WASM_TOOLKIT_RUST:-}" == "debian" ]]; then
  : # forced: use Debian's rustc-web even where rustup has the target (to test that path)
elif have rustc && has_wasm_std; then
  log "rust: $(rustc -V) has the wasm32 target"
elif have rustup && rustup target add wasm32-unknown-unknown >/dev/null 2>&1 && has_wasm_std; then
  log "rust: added wasm32-unknown-unknown to $(rustc -V)"
fi
if [[ "${WASM_TOOLKIT_RUST:-}" == "debian" ]] || ! has_wasm_std; then
  log "rust: using Debian's rustc-web (rustup has no wasm32 std here, or WASM_TOOLKIT_RUST=debian)"
  if ! [[ -x /usr/bin/rustc && -d /usr/lib/rustlib/src/rust/library/vendor && -e /usr/bin/rust-lld ]]; then
    apt_install rustc-web cargo-web rust-web-src lld-22 \
      || { echo "bootstrap: cannot install Debian's rustc-web; install rustup and re-run" >&2; exit 1; }
  fi
  build_debian_std
  if have rustup; then
    rustup toolchain list | grep -q '^system' || rustup toolchain link system /usr
    RUST_TOOLCHAIN_ENV="system"
    export RUSTUP_TOOLCHAIN=system
  fi
  has_wasm_std || { echo "bootstrap: the wasm32 std did not install" >&2; exit 1; }
  log "rust: $(rustc -V) with its wasm32 std"
fi

# --- 2. wasm-bindgen-cli and wasm-pack --------------------------------------------------------
WBG_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")"
[[ -n $WBG_VERSION ]] || { echo "bootstrap: no wasm-bindgen in Cargo.lock" >&2; exit 1; }
cargo_install() { # crate version; tools build with the default (rustup) toolchain
  log "installing $1 $2 (once, a few minutes)"
  env -u RUSTUP_TOOLCHAIN cargo install "$1" --version "=$2" --locked --root "$TOOLS" --quiet
}
[[ "$(wasm-bindgen --version 2>/dev/null)" == "wasm-bindgen $WBG_VERSION" ]] \
  || cargo_install wasm-bindgen-cli "$WBG_VERSION"
[[ "$(wasm-pack --version 2>/dev/null)" == "wasm-pack $WASM_PACK_VERSION" ]] \
  || cargo_install wasm-pack "$WASM_PACK_VERSION"

cat >"$ROOT/target/toolchain.env" <<ENV
# written by scripts/bootstrap.sh
RUSTUP_TOOLCHAIN=$RUST_TOOLCHAIN_ENV
TOOLS_BIN=$TOOLS/bin
ENV

# --- 3. pnpm and node modules -------------------------------------------------------------------
PNPM_VERSION="$(node -p "require('$ROOT/package.json').packageManager.split('@')[1]")"
if [[ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]]; then
  log "installing pnpm $PNPM_VERSION"
  npm install -g --silent "pnpm@$PNPM_VERSION" >/dev/null 2>&1 || as_root npm install -g --silent "pnpm@$PNPM_VERSION" >/dev/null
fi
(cd "$ROOT" && pnpm install --frozen-lockfile --reporter=silent)

# --- 4. a browser for the browser tests ---------------------------------------------------------
if [[ $WANT_BROWSER == 1 ]]; then
  if [[ -n "${CHROMIUM_PATH:-}" ]] || have chromium || have chromium-browser || have google-chrome; then
    :
  elif apt_install chromium 2>/dev/null; then
    log "installed Debian's chromium"
  else
    log "no system Chromium; downloading Playwright's"
    (cd "$ROOT" && pnpm exec playwright-core install chromium)
  fi
fi
log "ready"
