#!/usr/bin/env bash
# Records packaging/javafx-run.classlist: the JDK's and JavaFX's classes that a start of the app as
# `mvn javafx:run` gives it loads up to its first window (one --startup-probe run with
# -XX:DumpLoadedClassList). The build makes mvn javafx:run's class archive from it (pom.xml, profile
# javafx-run-archive). Only JDK and JavaFX classes are kept: the archive is made with no class path,
# since the JVM archives nothing from a directory such as target/classes, and a class path given at
# dump time would have to begin the run's class path, which begins with target/classes.
# Lines with '@' (lambda forms) are left out: they name JDK internals of one JDK build, and the
# archive is made with whatever JDK runs Maven; a class name another JDK lacks is only skipped.
# Run again after a JavaFX or JDK upgrade, or when the first window changes much.
# Needs an X display: DISPLAY, or Xvfb (started here on a spare display number and stopped after).
# Usage: bash packaging/record-javafx-run-classlist.sh
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
# shellcheck source=linux/display.sh
source packaging/linux/display.sh
cleanup() {
    display_stop
    rm -rf "$WORK"
}
trap cleanup EXIT
display_start "$WORK" || { echo "needs an X display: DISPLAY, or Xvfb" >&2; exit 1; }

# javafx:run's module path (the JavaFX jars) and class path (target/classes and the other jars).
mvn -B -q compile dependency:build-classpath -DincludeGroupIds=org.openjfx -Dmdep.outputFile="$WORK/module-path.txt"
mvn -B -q dependency:build-classpath -DexcludeGroupIds=org.openjfx -Dmdep.outputFile="$WORK/class-path.txt"
XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" java -XX:DumpLoadedClassList="$WORK/loaded.classlist" \
    @packaging/java.options --module-path "@$WORK/module-path.txt" --add-modules javafx.base,javafx.controls,javafx.fxml,javafx.graphics \
    -cp "target/classes:$(cat "$WORK/class-path.txt")" com.accountdesk.Launcher --startup-probe

{
    echo "# The JDK's and JavaFX's classes a start of mvn javafx:run loads up to its first window:"
    echo "# the input of that run's class archive (pom.xml, profile javafx-run-archive)."
    echo "# Made by packaging/record-javafx-run-classlist.sh with $(java -version 2>&1 | head -1) and JavaFX's jars"
    echo "# $(tr ':' '\n' <"$WORK/module-path.txt" | sed 's|.*/||' | paste -sd' ')"
    grep -E '^(java|javax|jdk|sun|com/sun|javafx)/' "$WORK/loaded.classlist"
} >packaging/javafx-run.classlist
echo "packaging/javafx-run.classlist: $(grep -vc '^#' packaging/javafx-run.classlist) classes"
