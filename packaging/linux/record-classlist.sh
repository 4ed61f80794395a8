#!/usr/bin/env bash
# Records the classes a Linux app image loads up to its first window (one --startup-probe run with
# -XX:DumpLoadedClassList) into lib/app/account-desk.classlist, the input of cds-archive.sh; or, for
# an image on JDK 25+ (its .cfg names -XX:AOTCache), makes lib/app/account-desk.aot, the AOT cache,
# from such a training run (-XX:AOTCacheOutput), and checks that a start with it works.
# Needs an X display: DISPLAY, or Xvfb (started here on a spare display number and stopped after).
# Usage: record-classlist.sh target/dist/account-desk
set -euo pipefail
APP=${1:?usage: record-classlist.sh APP_IMAGE_DIR}
NAME=$(basename "$APP")
CFG="$APP/lib/app/$NAME.cfg"
WORK=$(mktemp -d)
# shellcheck source=display.sh
source "$(dirname "$0")/display.sh"
cleanup() {
    display_stop
    rm -rf "$WORK"
}
trap cleanup EXIT

if ! display_start "$WORK"; then
    echo "no DISPLAY and no Xvfb: no class list, so the app starts without an AppCDS archive" >&2
    exit 0
fi

# The user's own launcher and class path, with the run's files kept apart from the user's.
# The command line's own AOT cache, lib/app/account-desk-cli.aot (the launcher uses it for status, login,
# help and --version): trained on `status` with two saved accounts on a loopback sandbox, the run cron
# and CI repeat; `login` shares most of its classes (HTTP, JSON, the saved accounts, picocli). Not fatal:
# without it the command line starts with the app's cache.
train_command_line() {
    local cli_aot="$APP/lib/app/$NAME-cli.aot"
    rm -f "$cli_aot"
    # shellcheck source=cli-accounts.sh
    source "$(dirname "$0")/cli-accounts.sh"
    if ! cli_accounts_start "$APP" "$WORK/cli"; then
        cli_accounts_stop
        echo "warning: no AOT cache for the command line (its sandbox did not start)" >&2
        return 0
    fi
    sed -i "s|^java-options=-XX:AOTCache=.*|java-options=-XX:AOTCacheOutput=$cli_aot|" "$CFG"
    cli_run status >"$WORK/cli-training.log" 2>&1 || true
    cp "$WORK/cfg" "$CFG"
    local status_out
    status_out=$(cli_run status 2>&1) || true
    cli_accounts_stop
    if [[ ! -s "$cli_aot" ]]; then
        echo "warning: the command line's training run made no AOT cache:" >&2
        cat "$WORK/cli-training.log" >&2
        return 0
    fi
    echo "command line's AOT cache: $cli_aot ($(($(stat -c %s "$cli_aot") / 1048576)) MB)"
    if [[ $(grep -c 'on the sandbox' <<<"$status_out") -ne 2 ]]; then
        echo "warning: status with the command line's AOT cache printed:" >&2
        echo "$status_out" >&2
    fi
}

cp "$CFG" "$WORK/cfg"
if grep -q -- '-XX:AOTCache=' "$CFG"; then
    # JDK 25: the training run writes the cache at its exit (the same options as a normal start,
    # which the cache must match, with AOTCacheOutput in place of AOTCache).
    AOT="$APP/lib/app/account-desk.aot"
    rm -f "$AOT"
    sed -i 's/^java-options=-XX:AOTCache=/java-options=-XX:AOTCacheOutput=/' "$CFG"
    echo "java-options=-Daccountdesk.home=$WORK/home" >>"$CFG"
    timeout 300 "$APP/bin/$NAME" --startup-probe >"$WORK/training.log" 2>&1 || true
    if [[ ! -s "$AOT" ]]; then
        echo "the training run made no AOT cache:" >&2
        cat "$WORK/training.log" >&2
        cp "$WORK/cfg" "$CFG"
        exit 1
    fi
    echo "AOT cache: $AOT ($(($(stat -c %s "$AOT") / 1048576)) MB)"
    # A normal start with the cache, for the console check below (and -Xlog:aot=off removed from
    # this run, so a cache the JVM cannot use shows up as an error).
    cp "$WORK/cfg" "$CFG"
    sed -i '/^java-options=-Xlog:aot=off$/d' "$CFG"
    echo "java-options=-Daccountdesk.home=$WORK/home" >>"$CFG"
    timeout 180 "$APP/bin/$NAME" --startup-probe >"$WORK/probe.log" 2>&1 || true
    cp "$WORK/cfg" "$CFG"
    train_command_line
else
    {
        echo 'java-options=-XX:DumpLoadedClassList=$APPDIR/account-desk.classlist'
        echo "java-options=-Daccountdesk.home=$WORK/home"
    } >>"$CFG"
    timeout 180 "$APP/bin/$NAME" --startup-probe >"$WORK/probe.log" 2>&1 || true
    cp "$WORK/cfg" "$CFG"
    if [[ ! -s "$APP/lib/app/account-desk.classlist" ]]; then
        echo "the training run recorded no classes:" >&2
        cat "$WORK/probe.log" >&2
        exit 1
    fi
    echo "class list: $(wc -l <"$APP/lib/app/account-desk.classlist") classes"
fi
# The same run shows whether a normal start is silent: only the probe's own lines, and no JavaFX
# warning in the log. Not fatal: GTK itself may print on some systems, which the app cannot stop.
extra=$(grep -v -E '^(startup-ms|peak-rss-mb|startup-cpu-ms)=' "$WORK/probe.log" || true)
if grep -qs "Unsupported JavaFX configuration" "$WORK/home/logs/account-desk-0.log"; then
    extra+=$'\n(log) JavaFX was loaded from the class path, not as modules'
fi
if [[ -n "$extra" ]]; then
    echo "warning: the app image's start printed or logged what it should not:" >&2
    echo "$extra" >&2
else
    echo "console: silent at start"
fi
