#!/bin/sh
# Start-up time of the built distribution against a bare JVM, with hyperfine.
# Builds nothing: run `mvn -B package -pl distribution -am` first.
# Uses the same Java as bin/o365 (JAVA_HOME, else java on PATH); JAVA_OPTS reaches o365 as usual.
set -eu

repo=$(unset CDPATH; cd -P -- "$(dirname -- "$0")/.." && pwd -P)
o365=$repo/distribution/target/o365/bin/o365

if [ ! -x "$o365" ]; then
    echo "Error: No distribution at $repo/distribution/target/o365; build it: mvn -B package -pl distribution -am" >&2
    exit 1
fi
if ! command -v hyperfine >/dev/null 2>&1; then
    echo "Error: hyperfine is not installed; install it (apt-get install -y hyperfine, brew install hyperfine or cargo install hyperfine)." >&2
    exit 1
fi
if command -v python3 >/dev/null 2>&1; then
    parser=python3
elif command -v jq >/dev/null 2>&1; then
    parser=jq
else
    echo "Error: Reading hyperfine's results needs python3 or jq; install either." >&2
    exit 1
fi
if [ -n "${JAVA_HOME:-}" ]; then
    java=$JAVA_HOME/bin/java
else
    java=java
fi

# Quotes a word for the shell hyperfine runs each command in.
quote() {
    printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"
}

O365_HOME=$(mktemp -d)
results=$(mktemp)
trap 'rm -rf "$O365_HOME" "$results"' EXIT
export O365_HOME

hyperfine --warmup 2 --runs 10 --style basic --export-json "$results" \
    --command-name 'java -version' "$(quote "$java") -version" \
    --command-name 'o365 --version' "$(quote "$o365") --version" \
    --command-name 'o365 plugins list' "$(quote "$o365") plugins list" >&2

echo
if [ "$parser" = python3 ]; then
    python3 - "$results" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["median"]
print(f"{'command':<20} {'median ms':>10} {'x java -version':>16}")
for r in results:
    print(f"{r['command']:<20} {r['median'] * 1000:>10.1f} {r['median'] / base:>16.2f}")
PY
else
    printf '%-20s %10s %16s\n' command 'median ms' 'x java -version'
    jq -r '.results[0].median as $base | .results[] | [.command, .median * 1000, .median / $base] | @tsv' "$results" |
        awk -F '\t' '{ printf "%-20s %10.1f %16.2f\n", $1, $2, $3 }'
fi
