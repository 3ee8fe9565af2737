#!/usr/bin/env bash
# What installed plugins cost a command that is not theirs: the command index names the plugins a
# command needs, and only those are loaded, so only their SHA-256 is checked against installed.json
# (every plugin's is checked when the index is rebuilt, once per change of the installation).
# Times, warm (index in place), with hyperfine: `--version`; `graph user get` with no graph
# connection (loads the graph plugin and checks its service claim against installed.json, then ends
# before any request: exit code 1, ignored); `p1 hello` (a user plugin's command: its own SHA-256).
# Each with no user plugin, PLUGINS (default 20) small ones, and PLUGINS padded to PAD_MIB (default 8)
# MiB each: were every plugin hashed on every command, the padded set would cost PLUGINS x PAD_MIB MiB
# of SHA-256 per run. Prints medians (wall) and CPU means, in ms; then the gate's own cost, measured
# in a fresh JVM by bench/PluginGateCost.java (installed.json read, one plugin's and every plugin's SHA-256).
# Builds nothing: run `mvn -B -DskipTests package` first. RUNS (default 10) sets the runs per command.
# Needs hyperfine (apt-get install -y hyperfine) and a JDK (javac, jar).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
o365=${O365:-$root/distribution/target/o365/bin/o365}
runs=${RUNS:-10}
count=${PLUGINS:-20}
pad=${PAD_MIB:-8}
[ -x "$o365" ] || { echo "Error: No distribution at $o365; build it: (cd $root && mvn -B -DskipTests package)" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "Error: hyperfine is not installed; install it: apt-get install -y hyperfine" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lib=$(dirname "$(dirname "$o365")")/lib

# One service with one command per plugin, compiled against the distribution as a third party would.
. "$root/bench/plugins.sh"
make_plugins "$work" "$count" p "$lib"
head -c $((pad * 1024 * 1024)) /dev/urandom >"$work/pad.bin"
for i in $(seq 1 "$count"); do
    cp "$work/jars/p$i.jar" "$work/jars/small$i.jar"
    cp "$work/jars/p$i.jar" "$work/jars/padded$i.jar"
    jar --update --no-compress --file "$work/jars/padded$i.jar" -C "$work" pad.bin
done

mkdir -p "$work/none" "$work/small" "$work/padded"
for set in small padded; do
    for i in $(seq 1 "$count"); do
        O365_HOME=$work/$set "$o365" plugins install "$work/jars/$set$i.jar" --yes -o none 2>/dev/null
    done
done
echo "installed: $count plugins of $(du -k "$work/jars/small1.jar" | cut -f1) KiB, $count of $(du -k "$work/jars/padded1.jar" | cut -f1) KiB" >&2

# The gate alone, in a fresh JVM each time: installed.json for a claim, one plugin's SHA-256, every plugin's.
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
for set in none small padded; do
    for _ in $(seq 1 "$runs"); do
        "$java" -cp "$lib/*" "$root/bench/PluginGateCost.java" "$work/$set" >>"$work/cost-$set.txt"
    done
done

args=()
for set in none small padded; do
    for command in "--version" "graph user get --id bench-user" "p1 hello"; do
        [ "$set" = none ] && [ "$command" = "p1 hello" ] && continue
        args+=(--command-name "$set: o365 $command" "env O365_HOME=$work/$set $o365 $command -o none")
    done
done
# -N: no shell between hyperfine and the command; -i: graph user get ends with exit code 1 (no connection).
hyperfine -N -i --style basic --runs "$runs" --warmup 2 --export-json "$work/gate.json" "${args[@]}" >"$work/gate.log" 2>&1 \
    || { cat "$work/gate.log" >&2; exit 1; }
python3 - "$work/gate.json" "$count" "$pad" "$work" <<'PY'
import json, statistics, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
count, pad = sys.argv[2], sys.argv[3]
print(f"{'command':36} {'no plugin':>16} {count + ' plugins':>16} {count + ' x ' + pad + ' MiB':>16}   (wall median / CPU mean, ms)")
for command in ("--version", "graph user get --id bench-user", "p1 hello"):
    cells = []
    for set in ("none", "small", "padded"):
        r = results.get(f"{set}: o365 {command}")
        cells.append(f"{r['median'] * 1000:7.0f} / {(r['user'] + r['system']) * 1000:5.0f}" if r else f"{'-':>15}")
    print(f"{command:36} " + " ".join(f"{c:>16}" for c in cells))
print()
print(f"load gate in a fresh JVM (median of {len(open(sys.argv[4] + '/cost-none.txt').readlines())}, ms):"
      f" installed.json read for a claim / one plugin's SHA-256 / every plugin's SHA-256")
for set, title in (("none", "no plugin"), ("small", count + " plugins"), ("padded", count + " x " + pad + " MiB")):
    rows = [list(map(float, line.split())) for line in open(f"{sys.argv[4]}/cost-{set}.txt")]
    print(f"{title:16} " + " / ".join(f"{statistics.median(column):7.2f}" for column in zip(*rows)))
PY
