#!/usr/bin/env bash
# Builds the Linux app image and .deb of Account Desk into target/dist/:
#   target/dist/account-desk/            the app image: bin/account-desk runs it (no Maven or JDK needed)
#   target/dist/account-desk_*.deb       install with: sudo apt install ./target/dist/account-desk_*.deb
# Needs: a JDK 17+ with jpackage and jmods (JPACKAGE_HOME, else JAVA_HOME, else the Debian JDK 17),
# Maven, fakeroot and dpkg-deb. An X display (DISPLAY, or Xvfb if installed) lets it record the
# classes the first window loads, from which an AppCDS archive is made where the app is installed
# (a faster start); without one the app just starts without it.
# Usage: bash packaging/linux/build.sh [--app-image]   (--app-image: skip the .deb, as bench/run.sh does)
set -euo pipefail
MAKE_DEB=true
[[ "${1:-}" == "--app-image" ]] && MAKE_DEB=false
cd "$(dirname "$0")/../.."

pick_jdk() {
    for home in "${JPACKAGE_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64; do
        if [[ -n "$home" && -x "$home/bin/jpackage" && -d "$home/jmods" ]]; then
            echo "$home"
            return
        fi
    done
    echo "no JDK with jpackage and jmods found: set JPACKAGE_HOME" >&2
    exit 1
}
JDK=$(pick_jdk)
POM_VERSION=$(sed -n 's#^  <version>\(.*\)</version>#\1#p' pom.xml | head -1)
VERSION=${POM_VERSION%-SNAPSHOT}
INPUT=target/jpackage-input
DIST=target/dist
APP="$DIST/account-desk"

echo "== jars (mvn package; tests skipped here, mvn -B verify runs them)"
rm -rf "$INPUT" "$DIST"
mvn -B -q -DskipTests package dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$INPUT"
cp "target/account-desk-$POM_VERSION.jar" "$INPUT/account-desk.jar"
cp packaging/linux/cds-archive.sh "$INPUT/"

echo "== app image, runtime from $JDK"
"$JDK/bin/jpackage" --type app-image \
    @packaging/jpackage-common.options @packaging/jpackage-app.options @packaging/linux/jpackage.options \
    @packaging/linux/jpackage-app.options \
    --app-version "$VERSION" --input "$INPUT" --dest "$DIST"

echo "== classes loaded up to the first window"
bash packaging/linux/record-classlist.sh "$APP"

if $MAKE_DEB; then
    echo "== .deb (its postinst makes the AppCDS archive where it installs the app)"
    "$JDK/bin/jpackage" --type deb --app-image "$APP" --app-version "$VERSION" --dest "$DIST" \
        @packaging/jpackage-common.options @packaging/linux/jpackage.options @packaging/linux/jpackage-deb.options
fi

echo "== AppCDS archive for the app image in $DIST"
sh "$APP/lib/app/cds-archive.sh"

echo "== done"
ls -la "$DIST"
