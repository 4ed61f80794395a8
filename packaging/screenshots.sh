#!/usr/bin/env bash
# Remakes the screenshots of README.md and docs/ (docs/screenshots/*.png) from the real app under Xvfb:
# a fresh in-memory sandbox, signed in through the connect screen, each view saved as a PNG.
#
#   bash packaging/screenshots.sh            # writes docs/screenshots/
#   SCREENSHOT_DISPLAY=:57 bash packaging/screenshots.sh out/   # another display, another folder
#
# Needs Xvfb and GTK 3 (Debian/Ubuntu: xvfb libgtk-3-0 libgl1 libxtst6); installs them when
# missing and run as root. Nothing here touches your settings: the app runs with a throw-away home.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
display="${SCREENSHOT_DISPLAY:-:99}"

missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
ldconfig -p | grep -q 'libgtk-3.so.0' || missing+=(libgtk-3-0)
ldconfig -p | grep -q 'libGL.so.1' || missing+=(libgl1)
ldconfig -p | grep -q 'libXtst.so.6' || missing+=(libxtst6)
if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        apt-get install -y "${missing[@]}"
    else
        echo "Please install: ${missing[*]} (e.g. sudo apt-get install -y ${missing[*]})" >&2
        exit 1
    fi
fi

mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/screenshot-classpath.txt

if [[ -e "/tmp/.X11-unix/X${display#:}" ]]; then
    echo "display $display is in use; choose another with SCREENSHOT_DISPLAY=:NN" >&2
    exit 1
fi
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
home="$(mktemp -d)"
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$home"' EXIT
for _ in $(seq 50); do
    [[ -e "/tmp/.X11-unix/X${display#:}" ]] && break
    sleep 0.1
done

# A tour that fails on the FX thread would otherwise wait for ever.
DISPLAY="$display" timeout 300 java -Dprism.order=sw -Daccountdesk.home="$home" \
    -cp "target/test-classes:target/classes:$(cat target/screenshot-classpath.txt)" \
    com.accountdesk.tools.ScreenshotTour "$out"
