#!/usr/bin/env bash
# The two commands of README.md. Each sets up whatever is missing (scripts/bootstrap.sh), then:
#   bash scripts/run.sh main   builds all packages and runs the demo (scripts/demo.mjs)
#   bash scripts/run.sh test   builds all packages and runs every test (scripts/test-all.mjs)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"

case "${1:-}" in
  main)
    bash scripts/bootstrap.sh --no-browser
    pnpm build
    pnpm demo
    ;;
  test)
    bash scripts/bootstrap.sh
    pnpm build
    pnpm test
    ;;
  *)
    echo "usage: bash scripts/run.sh main|test" >&2
    exit 2
    ;;
esac
