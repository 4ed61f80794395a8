#!/usr/bin/env bash
# The benchmark: one run prints, side by side,
#   - start-up to the first drawn frame: the packaged app (AppCDS) and the same jars started plainly,
#     against an empty JavaFX Stage started plainly with the same runtime and class path;
#   - an API call through the app's client vs a bare OkHttp call to the same sandbox endpoint (JMH);
#   - a table of 10,000 keys: load, sort, filter, scroll (JMH);
#   - Charts… with 3 × 10,080 points (7 days of minutes): draw and pan, each with its render (JMH);
#   - peak resident memory (VmHWM) of each;
#   - how busy the machine was, and a plain verdict on whether the start-up figures mean anything:
#     the load average before the bench (before its own build) and after the start-ups, and from
#     /proc/stat around the start-ups the CPU time other processes used and the hypervisor stole.
# Real windows: it needs an X display (DISPLAY, else Xvfb is started on a spare display number).
# Takes about 5 minutes on 2 cores (the app image is built once). Env: BENCH_RUNS (start-ups of each
# kind, default 9, at least 9 for figures worth keeping), BENCH_REUSE_IMAGE=1 (use target/dist's app
# image as it is, built from the same sources by packaging/linux/build.sh --app-image).
set -euo pipefail
export LC_ALL=C # bash's `times` and /proc figures with a decimal point
cd "$(dirname "$0")/.."
RUNS=${BENCH_RUNS:-9}
OUT=target/bench
APP=target/dist/account-desk
rm -rf "$OUT"
mkdir -p "$OUT"
MACHINE="$OUT/machine.txt"
{
    echo "cpus=$(nproc)"
    echo "load-before=$(cat /proc/loadavg)"
} >"$MACHINE"
# shellcheck source=../packaging/linux/cli-accounts.sh
source packaging/linux/cli-accounts.sh
# shellcheck source=../packaging/linux/display.sh
source packaging/linux/display.sh
cleanup() {
    cli_accounts_stop
    display_stop
}
trap cleanup EXIT
display_start "$OUT" || { echo "the bench needs an X display: DISPLAY, or Xvfb" >&2; exit 1; }

if [[ "${BENCH_REUSE_IMAGE:-}" == 1 && -x "$APP/bin/account-desk" ]]; then
    echo "== reusing the app image in $APP; building the benchmark classes"
else
    echo "== building the app image and the benchmark classes"
    bash packaging/linux/build.sh --app-image >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log"; exit 1; }
fi
# The benchmarks need the JMH harness, written only when compiled with -Pbench: compile afresh if it is missing.
[ -f target/test-classes/META-INF/BenchmarkList ] || rm -rf target/test-classes
mvn -B -q -Pbench -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile="$OUT/test-classpath.txt" -Dmdep.includeScope=test

# Plain start-ups use the packaged runtime and the launcher's own class path, without the image's
# AOT cache or AppCDS archive; the app with its JVM options (packaging/java.options, as mvn
# javafx:run gives them), the empty Stage with none (the runtime's default CDS archive of JDK
# classes). The app's plain start as mvn javafx:run makes it: with a class archive of the JDK's and
# JavaFX's classes made by the same dump as the build's (pom.xml, profile javafx-run-archive), here
# for this runtime; and once more with no archive at all, for comparison.
JAVA="$APP/lib/runtime/bin/java"
APP_DIR=$(cd "$APP/lib/app" && pwd -P)
CLASSPATH=$(sed -n 's/^app\.classpath=//p' "$APP/lib/app/account-desk.cfg" | sed "s|\\\$APPDIR|$APP_DIR|" | paste -sd: -)
"$JAVA" -Xshare:dump -XX:SharedClassListFile=packaging/javafx-run.classlist -XX:SharedArchiveFile="$OUT/javafx-run.jsa" \
    @packaging/java.options -Xlog:cds=off -Xlog:cds+dynamic=off >"$OUT/javafx-run-dump.log" 2>&1 \
    || { echo "the plain start's class archive could not be made:"; cat "$OUT/javafx-run-dump.log"; exit 1; }
# Every run gets fresh, private settings and sandbox files.
export XDG_DATA_HOME="$PWD/$OUT/home/data" XDG_CONFIG_HOME="$PWD/$OUT/home/config"

probe() { # name command...
    local name=$1
    shift
    local output
    output=$("$@" --startup-probe 2>/dev/null) || true
    local ms rss cpu
    ms=$(sed -n 's/^startup-ms=//p' <<<"$output")
    rss=$(sed -n 's/^peak-rss-mb=//p' <<<"$output")
    cpu=$(sed -n 's/^startup-cpu-ms=//p' <<<"$output")
    if [[ -z "$ms" ]]; then
        echo "$name: no startup-ms in its output" >&2
        return
    fi
    echo "$name $ms $rss ${cpu:--1}" >>"$OUT/startup.txt"
}

# The CPU time of this shell's children (every start-up) comes from `times`, run in this shell
# itself: in a $(...) subshell it would count that subshell's children only.
echo "== start-up, $RUNS runs of each, alternating"
times >"$OUT/times.txt"
{
    echo "stat-before=$(head -1 /proc/stat)"
    echo "own-cpu-before=$(sed -n 2p "$OUT/times.txt")"
} >>"$MACHINE"
for ((i = 1; i <= RUNS; i++)); do
    probe empty-stage "$JAVA" -cp "$CLASSPATH:target/test-classes" com.accountdesk.bench.EmptyStage
    probe app-plain "$JAVA" @packaging/java.options -XX:SharedArchiveFile="$OUT/javafx-run.jsa" -Xlog:cds=off -cp "$CLASSPATH" com.accountdesk.Launcher
    probe app-plain-bare "$JAVA" @packaging/java.options -cp "$CLASSPATH" com.accountdesk.Launcher
    probe app-packaged "$APP/bin/account-desk"
    printf '.'
done
times >"$OUT/times.txt"
{
    echo "stat-after=$(head -1 /proc/stat)"
    echo "own-cpu-after=$(sed -n 2p "$OUT/times.txt")"
    echo "load-after=$(cat /proc/loadavg)"
} >>"$MACHINE"
echo

# The command line as cron meets it (no display, no session bus, two saved loopback accounts), against
# a hello-world on the same runtime: wall time with the shell's clock, peak memory from GNU time where it is.
cli_time() { # name command...
    local name=$1 start end rss=-1
    shift
    start=$(date +%s%N)
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -f %M -o "$OUT/cli-rss.txt" "$@" >/dev/null 2>&1 || true
        rss=$(($(tail -1 "$OUT/cli-rss.txt") / 1024))
    else
        "$@" >/dev/null 2>&1 || true
    fi
    end=$(date +%s%N)
    echo "$name $(((end - start) / 1000000)) $rss" >>"$OUT/cli.txt"
}
echo "== command line, $RUNS runs of each, alternating"
cli_accounts_start "$APP" "$PWD/$OUT/cli"
: >"$OUT/cli.txt"
for ((i = 1; i <= RUNS; i++)); do
    cli_time hello "${CLI_ENV[@]}" "$JAVA" -cp target/test-classes com.accountdesk.bench.HelloWorld
    cli_time version "${CLI_ENV[@]}" "$CLI_LAUNCHER" --version
    cli_time status "${CLI_ENV[@]}" "$CLI_LAUNCHER" status
    printf '.'
done
cli_accounts_stop
echo

echo "== JMH: API call, 10,000-key table and the 7-day chart"
TEST_CP="target/test-classes:target/classes:$(cat "$OUT/test-classpath.txt")"
java -cp "$TEST_CP" org.openjdk.jmh.Main 'com.accountdesk.bench.(ApiCallBench|MyAccountTableBench|KeysTableBench|MetricChartBench|SignInBench|CrateClustersTableBench)' \
    -rf json -rff "$OUT/jmh.json" -jvmArgsAppend "-Dbench.table.rss=$PWD/$OUT/table-rss.txt" >"$OUT/jmh.log" 2>&1 \
    || { tail -40 "$OUT/jmh.log"; exit 1; }

# UTF-8 out whatever the locale (LC_ALL=C above): the report has × and ≤ in it.
java -Dsun.stdout.encoding=UTF-8 -Dstdout.encoding=UTF-8 -cp "$TEST_CP" com.accountdesk.bench.BenchReport "$OUT/startup.txt" "$OUT/jmh.json" "$OUT/table-rss.txt" "$MACHINE" "$OUT/cli.txt" \
    | tee "$OUT/report.txt"
