#!/usr/bin/env bash
# Sourced, not run: two saved accounts on a loopback sandbox for the command line, as cron meets it.
# Used by record-classlist.sh (the command line's AOT cache is trained on `status` with them) and by
# bench/run.sh (the command line's figures). Starts the app image's own sandbox (`account-desk sandbox`)
# in memory, saves an ACM API-key account and a CrateDB Cloud account on it with `login`, and leaves
# the sandbox running for the caller to stop (cli_accounts_stop).
#   cli_accounts_start APP_IMAGE_DIR WORK_DIR   sets CLI_SANDBOX_PID; the accounts are under WORK_DIR/home
#   cli_run COMMAND...                          runs the image's launcher (at most 2 min) as cron would: no display, no
#                                               session bus (so no keyring: secrets go to the owner-only
#                                               file under WORK_DIR/home), the saved accounts above
#   "${CLI_ENV[@]}" COMMAND...                  any command in that same environment (the bench's hello-world);
#                                               CLI_LAUNCHER is the image's launcher
#   cli_accounts_stop
CLI_SANDBOX_PID=
CLI_APP=
CLI_WORK=
CLI_LAUNCHER=
CLI_ENV=()

cli_run() {
    "${CLI_ENV[@]}" "$CLI_LAUNCHER" "$@"
}

cli_accounts_start() {
    CLI_APP=$1
    CLI_WORK=$2
    CLI_LAUNCHER="$CLI_APP/bin/$(basename "$CLI_APP")"
    CLI_ENV=(timeout 120 env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS XDG_RUNTIME_DIR="$CLI_WORK/run"
        XDG_CONFIG_HOME="$CLI_WORK/home/config" XDG_DATA_HOME="$CLI_WORK/home/data")
    mkdir -p "$CLI_WORK/run" "$CLI_WORK/home"
    local token="cli-training-key-$RANDOM$RANDOM"
    env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS "$CLI_LAUNCHER" sandbox --in-memory --token "$token" >"$CLI_WORK/sandbox.log" 2>&1 &
    CLI_SANDBOX_PID=$!
    local acm= crate= key= secret=
    for _ in $(seq 1 600); do
        acm=$(sed -n 's/^Account Desk sandbox (ACM API): //p' "$CLI_WORK/sandbox.log")
        crate=$(sed -n 's/^Account Desk sandbox (CrateDB Cloud API): //p' "$CLI_WORK/sandbox.log")
        [[ -n $acm && -n $crate ]] && break
        kill -0 "$CLI_SANDBOX_PID" 2>/dev/null || break
        sleep 0.1
    done
    read -r key secret < <(sed -n 's/^CrateDB API key \(.*\) with secret \(.*\)$/\1 \2/p' "$CLI_WORK/sandbox.log")
    if [[ -z $acm || -z $crate || -z $key ]]; then
        echo "the sandbox did not start:" >&2
        cat "$CLI_WORK/sandbox.log" >&2
        return 1
    fi
    printf '%s\n' "$token" | cli_run login --endpoint "$acm" --api-key-stdin --name "ACM on the sandbox" >/dev/null
    printf '%s\n' "$secret" | cli_run login --cratedb --endpoint "$crate" --key "$key" --secret-stdin \
        --name "CrateDB on the sandbox" >/dev/null
}

cli_accounts_stop() {
    if [[ -n $CLI_SANDBOX_PID ]]; then
        kill "$CLI_SANDBOX_PID" 2>/dev/null || true
        wait "$CLI_SANDBOX_PID" 2>/dev/null || true
        CLI_SANDBOX_PID=
    fi
}
