#!/bin/sh
# Makes lib/o365.classlist: the classes the common paths of a command load (plugins, the token store,
# the HTTP stack, a Graph call and its JSON output), recorded by a training run of the installation
# itself on the sandbox tenant, which needs no network. The launcher merges it into every per-user class
# data archive it dumps (Java 17-24), so that archive covers those paths whatever command the user ran
# first (`--version` alone loads a tenth of them). The sandbox's own classes are left out: no user
# command runs them, and every class archived costs each run some time to map.
#
#   classlist.sh <installation folder> <Java home> <scratch folder>
set -eu
dist=$1
java_home=$2
work=$3
home=$work/classlist-home
list=$dist/lib/o365.classlist
rm -rf "$home"
mkdir -p "$home"

run() {
    name=$1
    shift
    env -i PATH=/usr/bin:/bin HOME="$home" O365_HOME="$home" JAVA_HOME="$java_home" O365_CDS=off O365_RESIDENT=off \
        "JAVA_OPTS=-XX:DumpLoadedClassList=$work/$name.classlist" "$dist/bin/o365" "$@" >/dev/null
}
run connect graph connect --sandbox -o none
run list graph user list -o json

grep -hv -e '^org/o365cli/sandbox/' -e '^org/o365cli/host/sandbox/' "$work/connect.classlist" "$work/list.classlist" \
    | awk '!seen[$0]++' >"$list.tmp"
[ -s "$list.tmp" ] || { echo "Error: the training runs recorded no class (see $work)" >&2; exit 1; }
chmod 0644 "$list.tmp"
mv -f "$list.tmp" "$list"
rm -rf "$home"
echo "Made $list ($(wc -l <"$list") lines)"
