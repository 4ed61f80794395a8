#!/usr/bin/env bash
# Sourced, not run: an X display for the scripts that start the real app to train or measure it
# (record-classlist.sh, ../record-javafx-run-classlist.sh, bench/run.sh).
#   display_start LOG_DIR   keeps DISPLAY where it is set, else starts Xvfb on a spare display number
#                           (its log in LOG_DIR) and exports DISPLAY; fails where there is neither
#   display_stop            stops the Xvfb that display_start started, if any
DISPLAY_XVFB_PID=

display_start() {
    [[ -n "${DISPLAY:-}" ]] && return 0
    command -v Xvfb >/dev/null || return 1
    local number=$((200 + RANDOM % 300))
    Xvfb ":$number" -screen 0 1280x1024x24 -nolisten tcp >"$1/xvfb.log" 2>&1 &
    DISPLAY_XVFB_PID=$!
    export DISPLAY=":$number"
    sleep 1 # Xvfb takes its display a moment after it starts
}

display_stop() {
    if [[ -n "$DISPLAY_XVFB_PID" ]]; then
        kill "$DISPLAY_XVFB_PID" 2>/dev/null || true
        DISPLAY_XVFB_PID=
    fi
}
