#!/bin/sh
# Makes o365-<version>-linux-x64.tar.gz, the self-contained distribution: the installation of
# target/o365 plus runtime/, a Java runtime of its own jlink'd from a JDK 25+ to the modules the host,
# its libraries and the bundled plugins use, and runtime/o365.aot, the AOT cache (JEP 483/515) of that
# runtime and installation, made here by a training run. Users need no Java, and the first run is as
# fast as later ones: bin/o365 uses both when they are there.
#
#   build.sh <installation folder> <version> <JDK 25+ home> <output folder>
#
# The cache holds no absolute path that matters: the JVM accepts it from wherever the archive is unpacked.
set -eu
dist=$1
version=$2
jdk=$3
target=$(mkdir -p "$4" && cd "$4" && pwd -P)
name=o365-$version
work=$target/self-contained
archive=$target/$name-linux-x64.tar.gz

fail() {
    echo "Error: $*" >&2
    exit 1
}
[ -x "$jdk/bin/jlink" ] && [ -r "$jdk/release" ] \
    || fail "No JDK at '$jdk' (no bin/jlink or release file); give a JDK 25+ with -Do365.jdk25.home=<folder>"
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
[ -n "$feature" ] && [ "$feature" -ge 25 ] \
    || fail "The JDK at '$jdk' is Java ${feature:-of unknown version}, not 25+: its AOT cache needs JDK 25; give one with -Do365.jdk25.home=<folder>"
[ -x "$dist/bin/o365" ] || fail "No installation at '$dist'; build the distribution first"

rm -rf "$work" "$archive"
mkdir -p "$work"
root=$work/$name
cp -pR "$dist" "$root"

# What the bytecode uses, plus what is only reached through service loaders: the SunEC provider
# (TLS key exchange; in java.base since JDK 22, so only when the JDK still has the module), other
# charsets, and the zip file system.
modules=$("$jdk/bin/jdeps" --multi-release "$feature" --ignore-missing-deps --print-module-deps \
    "$root"/lib/*.jar "$root"/plugins/*.jar | tail -1)
extra=jdk.charsets,jdk.zipfs
"$jdk/bin/java" --list-modules | grep -q '^jdk.crypto.ec@' && extra=$extra,jdk.crypto.ec
"$jdk/bin/jlink" --add-modules "$modules,$extra" --strip-debug --no-header-files --no-man-pages \
    --compress zip-6 --generate-cds-archive --output "$root/runtime"

# Training: one run through the launcher itself (so the cache matches its options) that loads what
# most commands load: plugins, the sign-in, the token store and a Graph listing, on the sandbox
# tenant, which needs no network. A private home keeps the build's own out of it.
home=$work/training-home
mkdir -p "$home"
log=$work/training.log
env -i PATH=/usr/bin:/bin HOME="$home" O365_HOME="$home" O365_CDS=off "$root/bin/o365" graph connect --sandbox -o none
# The JVM lists every class it leaves out of the cache (signed jars, classes not linked): kept in the log.
if ! env -i PATH=/usr/bin:/bin HOME="$home" O365_HOME="$home" "JAVA_OPTS=-XX:AOTCacheOutput=$root/runtime/o365.aot" \
        "$root/bin/o365" graph user list -o none >"$log" 2>&1 || [ ! -s "$root/runtime/o365.aot" ]; then
    tail -20 "$log" >&2
    fail "The training run made no AOT cache at $root/runtime/o365.aot (log: $log)"
fi
chmod 0644 "$root/runtime/o365.aot"

# GNU tar keeps the files' times, which the cache was made against.
tar -C "$work" --sort=name --owner=0 --group=0 --numeric-owner -czf "$archive" "$name"
echo "Made $archive ($(du -k "$archive" | cut -f1) KiB; runtime $(du -sk "$root/runtime" | cut -f1) KiB, modules $modules,$extra)"
