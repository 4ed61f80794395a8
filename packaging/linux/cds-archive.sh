#!/bin/sh
# Makes lib/app/account-desk.jsa, the AppCDS archive of an installed Account Desk app image, from
# the class list recorded at package time (account-desk.classlist, the classes loaded up to the
# first window). The archive only works for the exact place the jars are in, so it is made where
# the app is installed: by the .deb's postinst, and by build.sh for target/dist. No display needed.
# Usage: sh lib/app/cds-archive.sh   (from any directory)
set -e
APPDIR=$(cd "$(dirname "$0")" && pwd -P)
RUNTIME="$APPDIR/../runtime"
CFG=$(ls "$APPDIR"/*.cfg | head -1)
CLASSLIST="$APPDIR/account-desk.classlist"
ARCHIVE="$APPDIR/account-desk.jsa"
[ -f "$CLASSLIST" ] || { echo "no $CLASSLIST: nothing to do" >&2; exit 0; }
# The launcher's class path: the cfg's app.classpath entries, in order, with $APPDIR filled in.
CLASSPATH=$(sed -n 's/^app\.classpath=//p' "$CFG" | sed "s|\\\$APPDIR|$APPDIR|" | paste -sd: -)
rm -f "$ARCHIVE"
"$RUNTIME/bin/java" -Xshare:dump -XX:SharedClassListFile="$CLASSLIST" \
    -XX:SharedArchiveFile="$ARCHIVE" -cp "$CLASSPATH" -Xlog:cds=off -Xlog:cds+dynamic=off
echo "AppCDS archive: $ARCHIVE"
