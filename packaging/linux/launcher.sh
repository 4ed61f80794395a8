#!/bin/bash
# Account Desk's Linux launcher: bin/account-desk of the app image, .deb and .rpm, in place of the
# one jpackage makes (build-package.sh puts it there). jpackage's native launcher asks rpm and then
# dpkg which package owns it at every start, before the JVM starts: two to four package-manager
# runs, about 150 ms of a start that takes 700. This script reads the same lib/app/<name>.cfg
# (class path, main class, java-options, default arguments; $APPDIR, $ROOTDIR and $BINDIR filled in
# as jpackage's launcher does) and runs the bundled runtime, replacing itself, so the app is one
# process as before. The runtime's java is run under the app's name (lib/runtime/bin/<name>, a
# copy of bin/java), so process lists show "account-desk", not "java".
self=$(readlink -f -- "$0") || self=$0
name=${self##*/}
bindir=${self%/*}
root=${bindir%/*}
appdir=$root/lib/app
cfg=$appdir/$name.cfg
java=$root/lib/runtime/bin/$name
[[ -x $java ]] || java=$root/lib/runtime/bin/java
if [[ ! -r $cfg ]]; then
    echo "$name: cannot read $cfg" >&2
    exit 1
fi

classpath=
mainclass=
options=()
defaults=()
while IFS= read -r line || [[ -n $line ]]; do
    line=${line//\$APPDIR/$appdir}
    line=${line//\$ROOTDIR/$root}
    line=${line//\$BINDIR/$bindir}
    case $line in
        app.classpath=?*) classpath+=${classpath:+:}${line#app.classpath=} ;;
        app.mainclass=*) mainclass=${line#app.mainclass=} ;;
        java-options=*) options+=("${line#java-options=}") ;;
        arguments=*) defaults+=("${line#arguments=}") ;;
    esac
done <"$cfg"

# --version alone is answered here, from the version jpackage wrote into the cfg (the pom's, which
# the app reports too; build-package.sh checks both agree): printing it needs no JVM at all.
if [[ $# -eq 1 && $1 == --version ]]; then
    for option in "${options[@]}"; do
        if [[ $option == -Djpackage.app-version=?* ]]; then
            echo "Account Desk ${option#-Djpackage.app-version=}"
            exit 0
        fi
    done
fi

# The command line never loads JavaFX: it starts without the options that open JavaFX's modules to
# the app (the JVM then keeps its archived module graph), and with its own AOT cache where the build
# made one (record-classlist.sh trains it on `status`); --version and help need no cache at all
# (mapping one costs more than the few classes they load). A command lasts well under a second, so
# the quick compiler alone (C1): the optimising one's threads only competed with the work for the
# cores (status 346 -> 287 ms, medians of 11 on 2 cores; bench/run.sh measures it).
case ${1-} in
    status | login | --version | help | -h | --help)
        lean=()
        for option in "${options[@]}"; do
            case $option in
                --add-exports=javafx.* | --add-opens=javafx.* | --enable-native-access=javafx.*) ;;
                -XX:AOTCache=*.aot)
                    if [[ $1 == status || $1 == login ]]; then
                        cli_cache=${option%.aot}-cli.aot
                        [[ -f ${cli_cache#-XX:AOTCache=} ]] && lean+=("$cli_cache")
                    fi
                    ;;
                *) lean+=("$option") ;;
            esac
        done
        options=("${lean[@]}" -XX:TieredStopAtLevel=1)
        ;;
esac

# As jpackage's launcher: the cfg's arguments only when none are given.
if [[ $# -eq 0 && ${#defaults[@]} -gt 0 ]]; then set -- "${defaults[@]}"; fi
exec "$java" "${options[@]}" "-Djpackage.app-path=$self" -cp "$classpath" "$mainclass" "$@"
