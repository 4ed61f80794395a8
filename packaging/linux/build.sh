#!/usr/bin/env bash
# Linux app image, .deb and .rpm into target/dist/: the same as packaging/build-package.sh (which
# builds every OS's packages on that OS), kept under this name for docs/packaging.md and bench/run.sh.
# Usage: bash packaging/linux/build.sh [--app-image]
exec bash "$(dirname "$0")/../build-package.sh" "$@"
