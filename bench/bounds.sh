#!/usr/bin/env bash
# Bounds benchmark (issue 9, items 14-16), with the default settings of the built o365:
#   - seconds for `o365 graph user list` to fail on a server that never answers;
#   - POSTs sent by `o365 graph o365group add` answered once with 504;
#   - requests made by `o365 graph user list` on a server whose nextLinks loop;
#   - requests made by `o365 graph user list | head -3` on a 50-page listing.
#
# WireMock (from Maven Central) plays Azure AD and Graph at their production URLs as the run's HTTPS
# proxy (HTTPS_PROXY, its CA trusted through O365_CA_FILE). Needs the distribution built
# (mvn -B -DskipTests package) and python3. The silent-server figure takes about 2 minutes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
o365=$root/distribution/target/o365/bin/o365
[ -x "$o365" ] || { echo "Build first: (cd $root && mvn -B -DskipTests package)" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill "$wiremock_pid" 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
. "$root/bench/proxy.sh"
proxy_prepare

python3 - "$work/wm/mappings" <<'PY'
import base64, json, os, sys
out = sys.argv[1]
b = lambda d: base64.urlsafe_b64encode(json.dumps(d).encode()).decode().rstrip("=")
token = b({"alg": "none"}) + "." + b({"aud": "https://graph.microsoft.com", "app_displayname": "bench"}) + "."
def stub(name, request, status=200, body=None, delay=None):
    response = {"status": status, "headers": {"Content-Type": "application/json"}, "body": json.dumps(body or {})}
    if delay:
        response["fixedDelayMilliseconds"] = delay
    json.dump({"request": request, "response": response}, open(os.path.join(out, name + ".json"), "w"))
stub("token", {"method": "POST", "url": "/bench.onmicrosoft.com/oauth2/v2.0/token"},
     body={"token_type": "Bearer", "expires_in": 3599, "access_token": token})
stub("silent", {"method": "GET", "url": "/v1.0/users?$filter=silent"}, body={"value": []}, delay=3600000)
stub("groups", {"method": "POST", "url": "/v1.0/groups"}, status=504,
     body={"error": {"code": "UnknownError", "message": ""}})
stub("loop-1", {"method": "GET", "url": "/v1.0/users?$filter=loop"},
     body={"@odata.nextLink": "https://graph.microsoft.com/v1.0/users?$skiptoken=loop-2", "value": [{"id": "1"}]})
stub("loop-2", {"method": "GET", "url": "/v1.0/users?$skiptoken=loop-2"},
     body={"@odata.nextLink": "https://graph.microsoft.com/v1.0/users?$filter=loop", "value": [{"id": "2"}]})
for page in range(1, 51):
    url = "/v1.0/users?$filter=many" if page == 1 else "/v1.0/users?$skiptoken=many-%d" % page
    body = {"value": [{"id": "%d-%d" % (page, i), "displayName": "User %d" % i} for i in range(100)]}
    if page < 50:
        body["@odata.nextLink"] = "https://graph.microsoft.com/v1.0/users?$skiptoken=many-%d" % (page + 1)
    stub("many-%d" % page, {"method": "GET", "url": url}, body=body)
PY
proxy_start journal
admin=http://127.0.0.1:$port/__admin

"$o365" graph connect --authType secret --appId bench --tenant bench.onmicrosoft.com --secret bench-secret-value -o none
count() { curl -sf -X POST "$admin/requests/count" -d "{\"method\":\"$1\",\"urlPattern\":\"$2\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])'; }

"$o365" graph o365group add --displayName Finance --mailNickname finance >/dev/null 2>"$work/err" || true
printf 'POSTs sent after one 504:                    %s   (%s)\n' "$(count POST '/v1.0/groups')" "$(cut -c1-160 "$work/err")"

"$o365" graph user list --filter loop >/dev/null 2>"$work/err" || true
printf 'requests made on a nextLink loop:             %s   (%s)\n' "$(count GET '/v1.0/users.*loop.*')" "$(cut -c1-160 "$work/err")"

"$o365" graph user list --filter many -o csv | head -3 >/dev/null
sleep 0.5
printf 'pages read by "| head -3" of 50:              %s\n' "$(count GET '/v1.0/users.*many.*')"

start=$(date +%s.%N)
"$o365" graph user list --filter silent >/dev/null 2>"$work/err" || true
end=$(date +%s.%N)
printf 'seconds to fail on a silent server:           %.1f   (%s)\n' "$(echo "$end - $start" | bc -l)" "$(cut -c1-200 "$work/err")"
