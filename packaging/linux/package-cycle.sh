#!/usr/bin/env bash
# The .deb's whole life on this machine, as a user's apt-get runs it: install -> install over itself
# -> upgrade to a higher version -> remove -> purge; after each step it checks dpkg's state, the
# launcher's --version and the menu entry, and at the end that nothing is left in /opt,
# /usr/share/applications or dpkg's database. Installs system-wide: run it as root on a scratch
# machine (a container, CI), never where account-desk is installed for real (it refuses then).
# Usage: bash packaging/linux/package-cycle.sh [OLD.deb [NEW.deb]]
#   OLD.deb  default: target/dist/account-desk_*.deb (bash packaging/build-package.sh builds it)
#   NEW.deb  the higher version; default: OLD.deb repacked with "+1" added to its version (the same
#            files, so the upgrade runs the old prerm and the new postinst as a real one does)
# Run by PackageCycleTest when asked: ACCOUNTDESK_PACKAGE_CYCLE=1 (see docs/packaging.md).
set -euo pipefail
# Paths given are taken from where it was started, the default from the repository root.
OLD_ARG=$(if [[ -n ${1:-} ]]; then realpath "$1"; fi)
NEW_ARG=$(if [[ -n ${2:-} ]]; then realpath "$2"; fi)
cd "$(dirname "$0")/../.."
PACKAGE=account-desk
INSTALL_DIR=/opt/account-desk
MENU_ENTRY=/usr/share/applications/account-desk.desktop

fail() { echo "package-cycle: $*" >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || fail "run as root: it installs and removes the package system-wide"
for tool in apt-get dpkg dpkg-deb fakeroot; do command -v "$tool" >/dev/null || fail "$tool is missing"; done
OLD_DEB=${OLD_ARG:-$(realpath "$(ls target/dist/${PACKAGE}_*.deb 2>/dev/null | head -1)")} || fail "no .deb: bash packaging/build-package.sh"
[[ -f $OLD_DEB ]] || fail "no .deb at $OLD_DEB"
if dpkg-query -W -f '${db:Status-Status}' "$PACKAGE" 2>/dev/null | grep -qv '^not-installed$'; then
    fail "$PACKAGE is already known to dpkg here (dpkg -l $PACKAGE): this is not a scratch machine"
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
OLD_VERSION=$(dpkg-deb -f "$OLD_DEB" Version)
if [[ -n $NEW_ARG ]]; then
    NEW_DEB=$NEW_ARG
else
    echo "== a higher version: $OLD_VERSION+1, repacked from $(basename "$OLD_DEB")"
    fakeroot dpkg-deb -R "$OLD_DEB" "$WORK/next"
    sed -i "s/^Version: .*/Version: $OLD_VERSION+1/" "$WORK/next/DEBIAN/control"
    NEW_DEB="$WORK/${PACKAGE}_${OLD_VERSION}+1_amd64.deb"
    fakeroot dpkg-deb -b -Zgzip -z1 "$WORK/next" "$NEW_DEB" >/dev/null
fi
NEW_VERSION=$(dpkg-deb -f "$NEW_DEB" Version)
dpkg --compare-versions "$NEW_VERSION" gt "$OLD_VERSION" || fail "$NEW_VERSION is not higher than $OLD_VERSION"
# apt-get reads ./file.deb as a package file only with a path; _apt must be able to read it.
chmod 644 "$OLD_DEB" "$NEW_DEB"
chmod 755 "$WORK"

# What the package may touch, before: the same listing must come back after the purge.
snapshot() { find /opt /usr/share/applications 2>/dev/null | sort; }
snapshot >"$WORK/before.txt"

apt_get() { DEBIAN_FRONTEND=noninteractive apt-get -y -q -o Dpkg::Use-Pty=0 "$@" >"$WORK/apt.log" 2>&1 || { cat "$WORK/apt.log" >&2; fail "apt-get $* failed"; }; }

installed() { # version
    local status version
    status=$(dpkg-query -W -f '${db:Status-Abbrev}' "$PACKAGE")
    version=$(dpkg-query -W -f '${Version}' "$PACKAGE")
    [[ $status == "ii " ]] || fail "dpkg says '$status' for $PACKAGE, not installed (ii)"
    [[ $version == "$1" ]] || fail "dpkg has $PACKAGE $version, not $1"
    [[ -f $MENU_ENTRY ]] || fail "no menu entry at $MENU_ENTRY"
    grep -q "^Exec=$INSTALL_DIR/bin/account-desk" "$MENU_ENTRY" || fail "the menu entry does not start $INSTALL_DIR/bin/account-desk"
    local reported
    reported=$("$INSTALL_DIR/bin/account-desk" --version) || fail "$INSTALL_DIR/bin/account-desk --version failed"
    [[ $reported == "Account Desk "* ]] || fail "--version said '$reported'"
    echo "   ok: $PACKAGE $version installed, menu entry there, '$reported'"
}

echo "== install $(basename "$OLD_DEB")"
apt_get install "$OLD_DEB"
installed "$OLD_VERSION"

echo "== install over itself (apt-get --reinstall, then dpkg -i)"
apt_get install --reinstall "$OLD_DEB"
installed "$OLD_VERSION"
dpkg -i "$OLD_DEB" >"$WORK/dpkg.log" 2>&1 || { cat "$WORK/dpkg.log" >&2; fail "dpkg -i over itself failed"; }
installed "$OLD_VERSION"

echo "== upgrade to $NEW_VERSION"
apt_get install "$NEW_DEB"
installed "$NEW_VERSION"

echo "== remove"
apt_get remove "$PACKAGE"
status=$(dpkg-query -W -f '${db:Status-Abbrev}' "$PACKAGE" 2>/dev/null || true)
[[ $status == "rc " || $status == "un " || -z $status ]] || fail "after remove dpkg says '$status'"
[[ ! -e $INSTALL_DIR ]] || fail "$INSTALL_DIR is still there after remove: $(find "$INSTALL_DIR" | head -5)"
[[ ! -e $MENU_ENTRY ]] || fail "$MENU_ENTRY is still there after remove"
echo "   ok: removed ('${status:-unknown to dpkg}'), $INSTALL_DIR and the menu entry gone"

echo "== purge"
apt_get purge "$PACKAGE"
if dpkg -l | grep -w "$PACKAGE"; then fail "dpkg's database still lists $PACKAGE"; fi
if ls /var/lib/dpkg/info/"$PACKAGE".* 2>/dev/null; then fail "dpkg still keeps files of $PACKAGE"; fi
snapshot >"$WORK/after.txt"
# A path that is new since the install but belongs to another package came with a dependency apt-get
# installed (e.g. a terminal's menu entry); a path that is gone, or new and nobody's, is a leftover.
comm -23 "$WORK/before.txt" "$WORK/after.txt" >"$WORK/gone.txt"
comm -13 "$WORK/before.txt" "$WORK/after.txt" | while IFS= read -r path; do
    dpkg -S "$path" >/dev/null 2>&1 || echo "$path"
done >"$WORK/left.txt"
[[ ! -s $WORK/gone.txt ]] || fail "gone from /opt or /usr/share/applications since before the install: $(cat "$WORK/gone.txt")"
[[ ! -s $WORK/left.txt ]] || fail "left in /opt or /usr/share/applications, of no package: $(cat "$WORK/left.txt")"
echo "   ok: purged; dpkg knows no $PACKAGE; nothing of it left in /opt or /usr/share/applications"
echo "== the cycle passed: $OLD_VERSION -> itself -> $NEW_VERSION -> removed -> purged"
