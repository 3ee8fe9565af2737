#!/usr/bin/env bash
# Auth benchmark: the cached-token path makes no token request; the wall time of
# `o365 util accesstoken get` with a valid cached token against `o365 --version`; N parallel
# processes on one expired token make how many token requests.
#
# Everything runs on loopback: a WireMock (from Maven Central) plays a generic OpenID Connect
# issuer, reached with `connect --authority`. Needs the distribution built (mvn -B -DskipTests
# package), hyperfine (apt-get install hyperfine) and python3.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
o365=$root/distribution/target/o365/bin/o365
processes=${PROCESSES:-8}
[ -x "$o365" ] || { echo "Build first: (cd $root && mvn -B -DskipTests package)" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "Install hyperfine: apt-get install -y hyperfine" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill "$wiremock_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$root/bench/target"
mvn -q -B dependency:copy -Dartifact=org.wiremock:wiremock-standalone:3.13.2 -DoutputDirectory="$root/bench/target" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -jar "$root/bench/target/wiremock-standalone-3.13.2.jar" --port "$port" --bind-address 127.0.0.1 \
    --disable-banner >"$work/wiremock.log" 2>&1 &
wiremock_pid=$!
admin=http://127.0.0.1:$port/__admin
for _ in $(seq 1 100); do curl -sf "$admin/health" >/dev/null 2>&1 && break; sleep 0.2; done

issuer=http://127.0.0.1:$port/bench
token=$(python3 - <<'PY'
import base64, json, time
b = lambda d: base64.urlsafe_b64encode(json.dumps(d).encode()).decode().rstrip("=")
print(b({"alg": "none"}) + "." + b({"aud": "https://graph.microsoft.com", "app_displayname": "bench",
      "tid": "t", "exp": int(time.time()) + 3600}) + ".")
PY
)
stub() { curl -sf -X POST "$admin/mappings" -d "$1" >/dev/null; }
stub "{\"request\":{\"method\":\"GET\",\"url\":\"/bench/.well-known/openid-configuration\"},
  \"response\":{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},\"jsonBody\":{
  \"issuer\":\"$issuer\",\"token_endpoint\":\"$issuer/token\",\"authorization_endpoint\":\"$issuer/authorize\",
  \"jwks_uri\":\"$issuer/jwks\",\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],
  \"id_token_signing_alg_values_supported\":[\"RS256\"]}}}"
stub "{\"request\":{\"method\":\"POST\",\"url\":\"/bench/token\"},\"response\":{\"status\":200,\"fixedDelayMilliseconds\":200,
  \"headers\":{\"Content-Type\":\"application/json\"},
  \"jsonBody\":{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"$token\"}}}"
token_requests() {
    curl -sf -X POST "$admin/requests/count" -d '{"method":"POST","url":"/bench/token"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])'
}

export O365_HOME=$work/home
"$o365" graph connect --authType secret --authority "$issuer" --appId bench --tenant bench --secret bench-secret-value -o none
after_connect=$(token_requests)

hyperfine -N --warmup 2 --runs 10 --export-json "$work/times.json" \
    "$o365 --version" "$o365 util accesstoken get --resource graph" >"$work/hyperfine.log" 2>&1
after_cached=$(token_requests)

# Expire the stored token, then start the processes together.
python3 - "$O365_HOME/connections.json" <<'PY'
import json, sys
path = sys.argv[1]
doc = json.load(open(path))
doc["connections"]["graph"]["expiresOn"] = "2020-01-01T00:00:00Z"
json.dump(doc, open(path, "w"), indent=2)
PY
curl -sf -X DELETE "$admin/requests" >/dev/null
pids=()
for i in $(seq 1 "$processes"); do
    "$o365" util accesstoken get --resource graph >"$work/token-$i" 2>"$work/err-$i" & pids+=($!)
done
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=$((failed + 1)); done
parallel_requests=$(token_requests)
distinct=$(cat "$work"/token-* | sort -u | wc -l)

python3 - "$work/times.json" "$after_connect" "$after_cached" "$processes" "$parallel_requests" "$failed" "$distinct" <<'PY'
import json, sys
times = json.load(open(sys.argv[1]))["results"]
med = {r["command"].split("/bin/")[-1]: r["median"] * 1000 for r in times}
version, cached = med["o365 --version"], med["o365 util accesstoken get --resource graph"]
print(f"{'measure':52} value")
print(f"{'token requests by connect':52} {sys.argv[2]}")
print(f"{'token requests after 12 cached-token runs':52} {int(sys.argv[3]) - int(sys.argv[2])} (expected 0)")
print(f"{'o365 --version, median ms':52} {version:.1f}")
print(f"{'o365 util accesstoken get (cached), median ms':52} {cached:.1f}")
print(f"{'ratio cached token / --version':52} {cached / version:.2f}")
print(f"{sys.argv[4] + ' parallel processes on an expired token: requests':52} {sys.argv[5]} (expected 1)")
print(f"{'  processes failed / distinct tokens printed':52} {sys.argv[6]} / {sys.argv[7]}")
PY
