#!/usr/bin/env bash
# Sandbox benchmark:
#  1. the in-process sandbox's cost per request (Sandbox.handle: a user get, a page of 100 users, a CSOM
#     query), goal under 5 ms;
#  2. `o365 graph user list` over the sandbox tenant reset to 100 000 users through the real launcher:
#     wall time and peak RSS, in json and csv (memory must stay flat: pages are read as output consumes them);
#  3. the README's quick start commands after the build (connect and list).
# Needs the distribution built (mvn -B -DskipTests package).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dist=$root/distribution/target/o365
o365=$dist/bin/o365
[ -x "$o365" ] || { echo "Build first: (cd $root && mvn -B -DskipTests package)" >&2; exit 1; }
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

echo "== in-process cost per request"
java -cp "$dist/lib/*" "$root/bench/SandboxOverhead.java" "${ROUNDS:-2000}"

export O365_HOME=$work/home
echo
echo "== quick start (connect --sandbox, graph user list -o text), 25 users"
/usr/bin/time -f "%e s wall, %M KB peak RSS" "$o365" graph connect --sandbox -o none
/usr/bin/time -f "%e s wall, %M KB peak RSS" "$o365" graph user list -o text >/dev/null

echo
"$o365" sandbox reset --users 100000 -o none
"$o365" graph connect --sandbox -o none
printf '%-8s %-7s %10s %12s %10s\n' users output "wall s" "peak RSS MB" lines
for format in json csv; do
    /usr/bin/time -f "%e %M" -o "$work/time" "$o365" graph user list -o "$format" | wc -l >"$work/lines"
    read -r wall rss <"$work/time"
    printf '%-8s %-7s %10s %12.1f %10s\n' 100000 "$format" "$wall" "$(echo "$rss / 1024" | bc -l)" "$(cat "$work/lines")"
done
