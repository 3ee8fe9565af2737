#!/usr/bin/env bash
# Start-up benchmark: runs of `--version`, `status`, `graph --help` and a cached-token command
# (`graph user get`, one HTTPS call) against a loopback fake tenant, with hyperfine, in the modes of
# issue 11. Prints medians (ms) with ratios to a bare `java -version` of the same run, and to the CLI for
# Microsoft 365 when M365=<path to m365> is given, each ratio within one hyperfine run (its `version`, `status`, `spo --help`, and,
# when it can sign in to the fake tenant, `request` of the same user).
#
#   cold: no resident runtime (O365_RESIDENT=off), o365's per-user caches ($O365_HOME/cache: command
#         index, CDS/AOT archives) in place; first-run: the same with those caches removed before
#         every run (after the previous run's class data cache, assembled in the background, is done,
#         so it does not compete with the run measured); resident: O365_RESIDENT=on with the runtime
#         started, in a run of its own after the cold one (with java -version and m365 again), so that
#         the runtime's background compiling does not slow the cold runs.
#
# WireMock (from Maven Central) plays Azure AD and Graph at their production URLs as the HTTPS
# proxy (HTTPS_PROXY, its CA trusted through O365_CA_FILE), as in bench/paging.sh. Builds nothing:
# run `mvn -B -DskipTests package` first. RUNS (default 10) sets the runs per command.
# EXTRA_PLUGINS (default 20, 0 for none) user plugins, each a service with one command, are made and
# installed with `o365 plugins install --yes` (so pinned: their SHA-256 recorded) for a third run (cold):
# `--version`, `graph --help` and another plugin's command (`graph user get`) with and without them, and
# `status` right after the installation changed (the command index rebuilt: by a separate process for
# the user's plugins, in the process itself for the installation's own).
# Needs hyperfine (apt-get install -y hyperfine), python3, curl and keytool.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
o365=${O365:-$root/distribution/target/o365/bin/o365}
runs=${RUNS:-10}
m365=${M365:-}
[ -x "$o365" ] || { echo "Error: No distribution at $o365; build it: (cd $root && mvn -B -DskipTests package)" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "Error: hyperfine is not installed; install it: apt-get install -y hyperfine" >&2; exit 1; }
[ -z "$m365" ] || [ -x "$m365" ] || { echo "Error: M365=$m365 is not an executable; give the path of the m365 command" >&2; exit 1; }
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
# The resident runtime is on by default: cold and warm runs are in-process; resident ones set it on.
export O365_RESIDENT=off
work=$(mktemp -d)
wiremock_pid=
trap '[ -z "$wiremock_pid" ] || kill "$wiremock_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
. "$root/bench/proxy.sh"
proxy_prepare

# Token and user in the documented shapes of the v2.0 token endpoint and Graph's GET /users/{id}.
python3 - "$work/wm/mappings" <<'PY'
import base64, json, os, sys, time
out = sys.argv[1]
b = lambda d: base64.urlsafe_b64encode(json.dumps(d).encode()).decode().rstrip("=")
token = b({"alg": "none"}) + "." + b({"aud": "https://graph.microsoft.com", "app_displayname": "bench",
          "tid": "00000000-0000-0000-0000-0000000000b1",
          "oid": "00000000-0000-0000-0000-0000000000b2", "exp": int(time.time()) + 7200}) + "."
def stub(name, request, body):
    json.dump({"request": request, "response": {"status": 200, "headers": {"Content-Type": "application/json"},
               "body": json.dumps(body)}}, open(os.path.join(out, name + ".json"), "w"))
stub("token", {"method": "POST", "urlPathPattern": "/bench.onmicrosoft.com/oauth2/v2.0/token"},
     {"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": token})
stub("user", {"method": "GET", "urlPath": "/v1.0/users/bench-user"},
     {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users/$entity",
      "id": "bench-user", "displayName": "Adele Vance", "userPrincipalName": "adelev@contoso.com",
      "givenName": "Adele", "surname": "Vance", "jobTitle": "Retail Manager", "mail": "adelev@contoso.com",
      "mobilePhone": None, "officeLocation": "18/2111", "preferredLanguage": "en-US", "businessPhones": []})
PY
proxy_start

"$o365" graph connect --authType secret --appId bench --tenant bench.onmicrosoft.com --secret bench-secret-value -o none
"$o365" graph user get --id bench-user -o none || { echo "Error: the cached-token command failed against the fake tenant; see above" >&2; exit 1; }

o365_commands=("--version" "status" "graph --help" "graph user get --id bench-user")
warm=(--command-name "java -version" "$java -version")
resident=(--command-name "java -version" "$java -version")
cold=(--command-name "java -version" "$java -version")
for args in "${o365_commands[@]}"; do
    warm+=(--command-name "o365 $args" "$o365 $args")
    resident+=(--command-name "resident o365 $args" "env O365_RESIDENT=on $o365 $args")
    cold+=(--command-name "o365 $args" "$o365 $args")
done
if [ -n "$m365" ]; then
    # m365 keeps its sign-in in the home folder; a private one keeps the user's own untouched.
    export HOME=$work/m365-home NODE_EXTRA_CA_CERTS=$work/ca.pem CLIMICROSOFT365_NOUPDATE=1
    mkdir -p "$HOME"
    "$m365" cli config set --key disableTelemetry --value true >/dev/null
    m365_commands=("version" "status" "spo --help")
    if "$m365" login --authType secret --appId bench --tenant bench.onmicrosoft.com --secret bench-secret-value \
        >"$work/m365-login.log" 2>&1; then
        m365_commands+=("request --url https://graph.microsoft.com/v1.0/users/bench-user")
    else
        echo "Note: m365 could not sign in to the fake tenant (see below); its cached-token row is left out." >&2
        tail -3 "$work/m365-login.log" >&2
    fi
    for args in "${m365_commands[@]}"; do
        warm+=(--command-name "m365 $args" "$m365 $args")
        resident+=(--command-name "m365 $args" "$m365 $args")
        cold+=(--command-name "m365 $args" "$m365 $args")
    done
fi

# -N: no shell between hyperfine and the command, so the shell's own start-up is not measured.
hyperfine -N --style basic --runs "$runs" --warmup 2 --export-json "$work/warm.json" "${warm[@]}" >"$work/warm.log" 2>&1 \
    || { cat "$work/warm.log" >&2; exit 1; }
# The resident runs have a run of their own: a runtime compiling in the background (as it does after its first
# commands) would slow the in-process runs measured beside it. It starts with the first resident command (and its
# client's class data cache is made then).
O365_RESIDENT=on "$o365" graph user get --id bench-user -o none
trap 'O365_RESIDENT=on "$o365" cli resident stop -o none || true; [ -z "$wiremock_pid" ] || kill "$wiremock_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
hyperfine -N --style basic --runs "$runs" --warmup 2 --export-json "$work/resident.json" "${resident[@]}" \
    >"$work/resident.log" 2>&1 || { cat "$work/resident.log" >&2; exit 1; }
O365_RESIDENT=on "$o365" cli resident stop -o none
# The previous run's background assembly (its files are .o365-*) ends before the caches are removed.
first_run_prepare="sh -c 'while ls $O365_HOME/cache/jvm/.o365-* >/dev/null 2>&1; do sleep 0.1; done; rm -rf $O365_HOME/cache'"
hyperfine -N --style basic --runs "$runs" --prepare "$first_run_prepare" --export-json "$work/cold.json" "${cold[@]}" \
    >"$work/cold.log" 2>&1 || { cat "$work/cold.log" >&2; exit 1; }
# The caches are back for what follows.
"$o365" graph user get --id bench-user -o none
sh -c "while ls $O365_HOME/cache/jvm/.o365-* >/dev/null 2>&1; do sleep 0.1; done"

# Plugins as a third party builds them: a ServicePlugin and a command, compiled against the distribution.
extra=${EXTRA_PLUGINS:-20}
if [ "$extra" -gt 0 ]; then
    lib=$(dirname "$(dirname "$o365")")/lib
    mkdir -p "$work/extra-home"
    cp -r "$O365_HOME/." "$work/extra-home/"
    # The same home with plugins added, as a user's: the class data cache stays (its key is the installation and
    # the Java, not the plugins), the command index goes. A cache of its own would be recorded by whichever
    # command ran first there (a `plugins install`), so the rows would compare two caches, not the plugins.
    rm -f "$work/extra-home/cache/command-index.bin"
    . "$root/bench/plugins.sh"
    make_plugins "$work/extra" "$extra" bench "$lib"
    for i in $(seq 1 "$extra"); do
        O365_HOME=$work/extra-home "$o365" plugins install "$work/extra/jars/bench$i.jar" --yes -o none 2>/dev/null
    done
    O365_HOME=$work/extra-home "$o365" bench1 hello -o none
    plugins=()
    for args in "--version" "graph --help" "graph user get --id bench-user"; do
        plugins+=(--command-name "o365 $args" "env O365_HOME=$O365_HOME $o365 $args")
        plugins+=(--command-name "o365 $args +$extra" "env O365_HOME=$work/extra-home $o365 $args")
    done
    hyperfine -N --style basic --runs "$runs" --warmup 2 --export-json "$work/plugins.json" "${plugins[@]}" \
        >"$work/plugins.log" 2>&1 || { cat "$work/plugins.log" >&2; exit 1; }
    # The run after an install (or any change): the index is rebuilt by a separate o365 process first, as the
    # user's plugins are not the installation's (--version needs no index, so `status` is measured).
    hyperfine -N --style basic --runs "$runs" --prepare "rm -f $work/extra-home/cache/command-index.bin" \
        --export-json "$work/rebuild.json" --command-name "o365 status +$extra, index rebuilt" \
        "env O365_HOME=$work/extra-home $o365 status" >"$work/rebuild.log" 2>&1 || { cat "$work/rebuild.log" >&2; exit 1; }
    # The same for the installation's own plugins alone: indexed in the process itself.
    hyperfine -N --style basic --runs "$runs" --prepare "rm -f $O365_HOME/cache/command-index.bin" \
        --export-json "$work/rebuild-own.json" --command-name "o365 status, own plugins, index rebuilt" \
        "$o365 status" >"$work/rebuild-own.log" 2>&1 || { cat "$work/rebuild-own.log" >&2; exit 1; }
fi

python3 - "$work/warm.json" "$work/cold.json" "$work/plugins.json" "$extra" "$work/rebuild.json" "$work/rebuild-own.json" \
    "$work/resident.json" <<'PY'
import json, sys
# Wall time (median) is what a user waits; CPU time (user + system, mean) is what the run costs, and
# varies far less than wall time when other work shares the machine.
def load(path):
    results = json.load(open(path))["results"]
    return ({r["command"]: r["median"] * 1000 for r in results},
            {r["command"]: (r["user"] + r["system"]) * 1000 for r in results})
(warm, warm_cpu), (cold, cold_cpu), (resident, resident_cpu) = load(sys.argv[1]), load(sys.argv[2]), load(sys.argv[7])
rows = [("--version", "version"), ("status", "status"), ("graph --help", "spo --help"),
        ("graph user get --id bench-user", "request --url https://graph.microsoft.com/v1.0/users/bench-user")]
fmt = lambda v, spec: format(v, spec) if v is not None else "-"
ratio = lambda a, b: fmt(a / b if a is not None and b else None, "5.2f")
java = "java -version"
for title, prefix, wall, cpu in (("resident", "resident o365", resident, resident_cpu), ("cold", "o365", warm, warm_cpu),
                                 ("first-run", "o365", cold, cold_cpu)):
    print(f"{title}: {java} {wall[java]:.0f} ms wall, {cpu[java]:.0f} ms CPU"
          + (" (CPU: the client's; the runtime's is not counted)" if title == "resident" else ""))
    print(f"{'command':32} {'wall ms':>8} {'x java':>6} {'/m365':>6} {'CPU ms':>7} {'x java':>6} {'/m365':>6}"
          f" {'m365 wall':>9} {'m365 CPU':>8}")
    for own, theirs in rows:
        w, c = wall[f"{prefix} {own}"], cpu[f"{prefix} {own}"]
        mw, mc = wall.get(f"m365 {theirs}"), cpu.get(f"m365 {theirs}")
        print(f"{own:32} {w:8.0f} {ratio(w, wall[java]):>6} {ratio(w, mw):>6} {c:7.0f} {ratio(c, cpu[java]):>6} "
              f"{ratio(c, mc):>6} {fmt(mw, '9.0f'):>9} {fmt(mc, '8.0f'):>8}")
    print()
if sys.argv[4] != "0":
    plugins, plugins_cpu = load(sys.argv[3])
    print(f"with {sys.argv[4]} extra plugins installed (cold, caches in place), wall and CPU:")
    for own in ("--version", "graph --help", "graph user get --id bench-user"):
        base, more = plugins[f"o365 {own}"], plugins[f"o365 {own} +{sys.argv[4]}"]
        base_cpu, more_cpu = plugins_cpu[f"o365 {own}"], plugins_cpu[f"o365 {own} +{sys.argv[4]}"]
        print(f"{own:32} {base:6.0f} -> {more:6.0f} ms ({(more / base - 1) * 100:+.0f} %)   "
              f"CPU {base_cpu:6.0f} -> {more_cpu:6.0f} ms ({(more_cpu / base_cpu - 1) * 100:+.0f} %)")
    for path in sys.argv[5:7]:
        rebuild, rebuild_cpu = load(path)
        (name, wall), = rebuild.items()
        print(f"{name:40} {wall:6.0f} ms   CPU {rebuild_cpu[name]:6.0f} ms")
PY
