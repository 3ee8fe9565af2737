#!/bin/sh
# Builds the native client (o365-client.c) for the distribution's libexec/: statically linked where the C
# library allows it, so that it runs on any Linux of the same architecture; dynamically linked otherwise.
#
#   build.sh <C compiler> <source> <output file>
set -eu
cc=$1
source=$2
output=$3
mkdir -p "$(dirname "$output")"
flags="-std=c99 -O2 -Wall -Wextra -Werror"
# shellcheck disable=SC2086 # $flags is an option list.
if ! "$cc" $flags -static -o "$output" "$source" 2>/dev/null; then
    echo "No static C library: the native client is linked dynamically" >&2
    "$cc" $flags -o "$output" "$source"
fi
chmod 0755 "$output"
