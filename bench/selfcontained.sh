#!/usr/bin/env bash
# Start-up of the self-contained distribution (o365-<version>-linux-x64.tar.gz: its own jlink'd Java 25
# and the AOT cache made when it was packaged) against the plain one on the Java found on PATH and on
# JAVA25 (default /usr/lib/jvm/temurin-25-jdk-amd64), for `--version` and `status`, cold and warm, with
# hyperfine. Prints medians (ms) and ratios to the plain distribution on PATH's Java.
#
#   cold: $O365_HOME/cache (command index, per-user CDS/AOT archives) removed before every run; the
#         self-contained cache is part of the installation and stays. warm: caches in place.
#
# Builds nothing: run `mvn -B -DskipTests -Pself-contained package` first. RUNS (default 10) runs a command.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-10}
java25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}
plain=$root/distribution/target/o365/bin/o365
tarball=$(ls "$root"/distribution/target/o365-*-linux-x64.tar.gz 2>/dev/null | head -1 || true)
[ -x "$plain" ] || { echo "Error: No distribution at $plain; build it: (cd $root && mvn -B -DskipTests -Pself-contained package)" >&2; exit 1; }
[ -n "$tarball" ] || { echo "Error: No self-contained archive in $root/distribution/target; build it: (cd $root && mvn -B -DskipTests -Pself-contained package)" >&2; exit 1; }
[ -x "$java25/bin/java" ] || { echo "Error: No Java at JAVA25=$java25" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "Error: hyperfine is not installed; install it: apt-get install -y hyperfine" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xzf "$tarball"
self=$(ls -d "$work"/o365-*/)bin/o365
mkdir -p "$work/h-path" "$work/h-25" "$work/h-self"

# name|O365_HOME|command prefix
setups=("plain, PATH java ($(java -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p'))|$work/h-path|env -u JAVA_HOME $plain"
        "plain, JAVA_HOME=Java 25|$work/h-25|env JAVA_HOME=$java25 $plain"
        "self-contained|$work/h-self|env -u JAVA_HOME $self")
warm=() cold=()
for setup in "${setups[@]}"; do
    IFS='|' read -r name home cmd <<<"$setup"
    # The per-user caches are made by a first run (the AOT cache in the background: give it time).
    O365_HOME=$home $cmd --version >/dev/null; O365_HOME=$home $cmd status >/dev/null; sleep 5
    for args in "--version" "status"; do
        warm+=(--command-name "$name: $args" "env O365_HOME=$home $cmd $args")
        cold+=(--command-name "$name: $args" "env O365_HOME=$home $cmd $args")
    done
done
hyperfine -N --style basic --runs "$runs" --warmup 2 --export-json "$work/warm.json" "${warm[@]}" >"$work/warm.log" 2>&1 \
    || { cat "$work/warm.log" >&2; exit 1; }
hyperfine -N --style basic --runs "$runs" --prepare "rm -rf $work/h-path/cache $work/h-25/cache $work/h-self/cache" \
    --export-json "$work/cold.json" "${cold[@]}" >"$work/cold.log" 2>&1 || { cat "$work/cold.log" >&2; exit 1; }

python3 - "$work/warm.json" "$work/cold.json" "$(du -sk "$(dirname "$(dirname "$self")")" | cut -f1)" "$(du -k "$tarball" | cut -f1)" <<'PY'
import json, sys
# Wall time (median) is what a user waits; CPU time (user + system, mean) is what the run costs, and
# varies far less than wall time when other work shares the machine.
def load(path):
    results = json.load(open(path))["results"]
    return ({r["command"]: r["median"] * 1000 for r in results},
            {r["command"]: (r["user"] + r["system"]) * 1000 for r in results})
(warm, warm_cpu), (cold, cold_cpu) = load(sys.argv[1]), load(sys.argv[2])
names = list(dict.fromkeys(c.split(": ")[0] for c in warm))
print(f"self-contained: {int(sys.argv[3]) // 1024} MiB unpacked, {int(sys.argv[4]) // 1024} MiB archive")
print(f"{'distribution':34} {'command':10} {'warm ms':>8} {'ratio':>6} {'CPU ms':>7} {'ratio':>6}"
      f" {'cold ms':>8} {'ratio':>6} {'CPU ms':>7} {'ratio':>6}")
for args in ("--version", "status"):
    base = f"{names[0]}: {args}"
    for name in names:
        key = f"{name}: {args}"
        cells = [(warm, warm_cpu), (cold, cold_cpu)]
        row = "".join(f" {t[key]:8.0f} {t[key] / t[base]:6.2f} {c[key]:7.0f} {c[key] / c[base]:6.2f}" for t, c in cells)
        print(f"{name:34} {args:10}{row}")
PY
