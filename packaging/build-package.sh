#!/usr/bin/env bash
# Builds Account Desk's app image and installers for the OS it runs on, into target/dist/ (tests are
# not run here; `mvn -B verify` runs them):
#   Linux    account-desk/ (app image: bin/account-desk), account-desk_<v>_amd64.deb, account-desk-<v>-1.x86_64.rpm
#   Windows  Account Desk/ (app image), Account Desk-<v>.msi   (needs the WiX Toolset 3 on the PATH)
#   macOS    Account Desk.app, Account Desk-<v>.dmg
# One version: the jar's Implementation-Version, which Maven takes from pom.xml, goes to every package
# (and the app reports the same, from the same pom entry); the build checks `--version` of the image.
# The runtime is made here with jlink: the JDK modules the app uses plus JavaFX as modules
# (packaging/jlink.options), with JavaFX's native libraries where JavaFX looks for them first.
# Needs Maven and a JDK with jpackage: JPACKAGE_HOME, else JAVA_HOME, else Temurin 25, else the
# Debian JDK 17. A JDK 25+ needs no jmods (its jlink links from the JDK itself, JEP 493); on it the
# Linux image gets an AOT cache (account-desk.aot) instead of the AppCDS archive, which starts it
# with about a quarter less CPU. A JDK 17-24 needs its jmods. On Linux fakeroot (.deb) and rpmbuild
# (.rpm), installed with apt-get when missing (as root, or with sudo where it needs no password); an
# X display or Xvfb for the training run of the AppCDS class list or AOT cache (optional).
# Usage: bash packaging/build-package.sh [--app-image]   (--app-image: no installers, as bench/run.sh does)
set -euo pipefail
MAKE_INSTALLERS=true
[[ "${1:-}" == "--app-image" ]] && MAKE_INSTALLERS=false
cd "$(dirname "$0")/.."

case "$(uname -s)" in
    Linux*) OS=linux ;;
    Darwin*) OS=mac ;;
    MINGW* | MSYS* | CYGWIN*) OS=windows ;;
    *) echo "unknown OS: $(uname -s)" >&2; exit 1 ;;
esac

major_version() { # JDK home
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || echo 0
}

pick_jdk() {
    for home in "${JPACKAGE_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-17-openjdk-amd64; do
        [[ -n "$home" ]] || continue
        if command -v cygpath >/dev/null; then home=$(cygpath -u "$home"); fi
        if [[ -x "$home/bin/jpackage" && ( -d "$home/jmods" || $(major_version "$home") -ge 25 ) ]]; then
            echo "$home"
            return
        fi
    done
    echo "no JDK with jpackage and jmods found: set JPACKAGE_HOME" >&2
    exit 1
}

# Debian/Ubuntu packages, installed when a command is missing: as root, or with sudo where it needs no password.
need() { # command package
    command -v "$1" >/dev/null && return
    local apt=(apt-get install -y -q "$2")
    if [[ $(id -u) -ne 0 ]]; then
        if sudo -n true 2>/dev/null; then apt=(sudo "${apt[@]}"); else apt=(); fi
    fi
    if [[ ${#apt[@]} -eq 0 ]] || ! command -v apt-get >/dev/null; then
        echo "$1 is missing: install $2 (e.g. sudo apt-get install -y $2)" >&2
        exit 1
    fi
    echo "== installing $2 (for $1)"
    "${apt[@]}" >/dev/null
}

JDK=$(pick_jdk)
JDK_MAJOR=$(major_version "$JDK")
INPUT=target/jpackage-input
JAVAFX=target/jpackage-javafx
RUNTIME=target/jpackage-runtime
DIST=target/dist
case $OS in
    linux) APP="$DIST/account-desk"; LAUNCHER="$APP/bin/account-desk"; INSTALLERS="deb rpm" ;;
    windows) APP="$DIST/Account Desk"; LAUNCHER="$APP/Account Desk.exe"; INSTALLERS="msi" ;;
    mac) APP="$DIST/Account Desk.app"; LAUNCHER="$APP/Contents/MacOS/Account Desk"; INSTALLERS="dmg" ;;
esac
if [[ $OS == linux ]] && $MAKE_INSTALLERS; then
    need fakeroot fakeroot
    need rpmbuild rpm
fi

echo "== jars (mvn package)"
rm -rf "$INPUT" "$JAVAFX" "$RUNTIME" "$DIST" target/account-desk-*.jar
mvn -B -q -DskipTests package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$INPUT"
JAR=$(ls target/account-desk-*.jar)
mv "$JAR" "$INPUT/account-desk.jar"
# JavaFX goes into the runtime as modules, not onto the class path: only its per-OS jars (the
# ones named javafx-<module>-<version>.jar are empty placeholders).
mkdir -p "$JAVAFX"
for jar in "$INPUT"/javafx-*.jar; do
    if [[ $(basename "$jar") =~ ^javafx-[a-z]+-[0-9.]+\.jar$ ]]; then rm "$jar"; else mv "$jar" "$JAVAFX/"; fi
done

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && "$JDK/bin/jar" xf "$OLDPWD/$INPUT/account-desk.jar" META-INF/MANIFEST.MF)
VERSION=$(sed -n 's/^Implementation-Version: *//p' "$WORK/META-INF/MANIFEST.MF" | tr -d '\r')
[[ -n "$VERSION" ]] || { echo "the jar has no Implementation-Version" >&2; exit 1; }
echo "== version $VERSION"

echo "== runtime (jlink, with JavaFX), from $JDK"
JLINK_OPTIONS=packaging/jlink.options
if [[ $JDK_MAJOR -ge 25 ]]; then
    # JDK 21+ names the zip level (--compress=2 is deprecated there and warns).
    JLINK_OPTIONS="$WORK/jlink.options"
    sed 's/^--compress=2$/--compress=zip-6/' packaging/jlink.options >"$JLINK_OPTIONS"
fi
"$JDK/bin/jlink" "@$JLINK_OPTIONS" --module-path "$JAVAFX" --output "$RUNTIME"
# JavaFX loads its native libraries from the runtime first (lib/, on Windows bin/javafx/); without
# them there it would unpack copies into ~/.openjfx/cache at every new version.
NATIVE_DIR="$RUNTIME/lib"
[[ $OS == windows ]] && NATIVE_DIR="$RUNTIME/bin/javafx"
mkdir -p "$NATIVE_DIR"
for jar in "$JAVAFX"/*.jar; do
    natives=$("$JDK/bin/jar" tf "$jar" | tr -d '\r' | grep -E '^[^/]+\.(so|dylib|dll)$' || true)
    if [[ -n "$natives" ]]; then
        # shellcheck disable=SC2086 # one name a line, none with a space
        (cd "$NATIVE_DIR" && "$JDK/bin/jar" xf "$OLDPWD/$jar" $natives)
    fi
done

echo "== app image"
IMAGE_OPTIONS=(@packaging/jpackage-common.options @packaging/jpackage-app.options "@packaging/$OS/jpackage.options")
# The app's JVM options (the same file javafx:run takes), each a --java-options.
while IFS= read -r option || [[ -n $option ]]; do
    option=${option%$'\r'}
    [[ -z $option || $option == \#* ]] || IMAGE_OPTIONS+=(--java-options "$option")
done <packaging/java.options
APP_OPTIONS=jpackage-app.options
if [[ $JDK_MAJOR -ge 25 ]]; then
    APP_OPTIONS=jpackage-app-jdk25.options
    IMAGE_OPTIONS+=(@packaging/jpackage-app-jdk25.options)
fi
if [[ -f packaging/$OS/$APP_OPTIONS ]]; then IMAGE_OPTIONS+=("@packaging/$OS/$APP_OPTIONS"); fi
# The AppCDS archive is made where the app is installed (JDK 17 needs the jars' exact path).
if [[ $OS == linux && $JDK_MAJOR -lt 25 ]]; then cp packaging/linux/cds-archive.sh "$INPUT/"; fi
"$JDK/bin/jpackage" --type app-image "${IMAGE_OPTIONS[@]}" --runtime-image "$RUNTIME" \
    --app-version "$VERSION" --input "$INPUT" --dest "$DIST"

if [[ $OS == linux ]]; then
    # jpackage's native launcher runs rpm and dpkg at every start (~150 ms before the JVM starts):
    # linux/launcher.sh reads the same cfg and starts the runtime under the app's name instead.
    install -m 755 packaging/linux/launcher.sh "$LAUNCHER"
    install -m 755 "$APP/lib/runtime/bin/java" "$APP/lib/runtime/bin/$(basename "$LAUNCHER")"
fi

echo "== $LAUNCHER --version"
REPORTED=$("$LAUNCHER" --version | tr -d '\r' || true)
# The Linux launcher answers --version from the cfg; the app itself must say the same.
if [[ $OS == linux ]]; then
    FROM_APP=$("$APP/lib/runtime/bin/java" -cp "$APP/lib/app/account-desk.jar" com.accountdesk.Launcher --version | tr -d '\r' || true)
    if [[ "$FROM_APP" != "$REPORTED" ]]; then
        echo "the launcher reports '$REPORTED', the app '$FROM_APP'" >&2
        exit 1
    fi
fi
if [[ "$REPORTED" != "Account Desk $VERSION" ]]; then
    # A Windows GUI launcher may have no console to print to: only a wrong version fails there.
    if [[ $OS == windows && -z "$REPORTED" ]]; then
        echo "(the Windows launcher printed nothing; not checked)"
    else
        echo "the app image reports '$REPORTED', not 'Account Desk $VERSION'" >&2
        exit 1
    fi
fi

if [[ $OS == linux ]]; then
    echo "== classes loaded up to the first window (AppCDS class list, or JDK 25's AOT cache)"
    bash packaging/linux/record-classlist.sh "$APP"
fi

if $MAKE_INSTALLERS; then
    for type in $INSTALLERS; do
        echo "== .$type"
        options=(@packaging/jpackage-common.options "@packaging/$OS/jpackage.options")
        if [[ -f packaging/$OS/jpackage-$type.options ]]; then options+=("@packaging/$OS/jpackage-$type.options"); fi
        "$JDK/bin/jpackage" --type "$type" --app-image "$APP" --app-version "$VERSION" --dest "$DIST" "${options[@]}"
    done
fi

if [[ $OS == linux && $JDK_MAJOR -lt 25 ]]; then
    # Made where the image lives (the archive only works there); the packages make their own.
    echo "== AppCDS archive for the app image in $DIST"
    sh "$APP/lib/app/cds-archive.sh"
fi

echo "== done"
ls -la "$DIST"
