#!/usr/bin/env bash
# Paging benchmark: `o365 graph user list` over a WireMock tenant of 10 000 and 100 000 users
# (1 000 a page): wall time, peak RSS, and when the first user is printed, in json and csv.
# Memory must stay flat as the count grows, because pages are read as the output consumes them.
#
# WireMock (from Maven Central) plays Azure AD and Graph at their production URLs, as the HTTPS
# proxy of the run (HTTPS_PROXY, its certificate trusted through O365_CA_FILE) — the path a user
# behind a corporate proxy takes. Needs the distribution built and python3. Run it also with
# JAVA_OPTS=-Xmx48m to see that 100 000 users fit in the same small heap as 10 000.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
o365=$root/distribution/target/o365/bin/o365
[ -x "$o365" ] || { echo "Build first: (cd $root && mvn -B -DskipTests package)" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill "$wiremock_pid" 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
source "$root/bench/fake-tenant.sh"
mkdir -p "$work/wm/mappings"

python3 - "$work/wm/mappings" <<'PY'
import base64, json, os, sys
out = sys.argv[1]
b = lambda d: base64.urlsafe_b64encode(json.dumps(d).encode()).decode().rstrip("=")
token = b({"alg": "none"}) + "." + b({"aud": "https://graph.microsoft.com", "app_displayname": "bench"}) + "."
def stub(name, request, body):
    json.dump({"request": request, "response": {"status": 200, "headers": {"Content-Type": "application/json"},
               "body": json.dumps(body)}}, open(os.path.join(out, name + ".json"), "w"))
stub("token", {"method": "POST", "url": "/bench.onmicrosoft.com/oauth2/v2.0/token"},
     {"token_type": "Bearer", "expires_in": 3599, "access_token": token})
for tenant, pages in (("small", 10), ("big", 100)):
    for page in range(1, pages + 1):
        url = "/v1.0/users?$filter=" + tenant if page == 1 else "/v1.0/users?$skiptoken=%s-%d" % (tenant, page)
        users = [{"id": "%s-%07d" % (tenant, (page - 1) * 1000 + i), "displayName": "User %d" % ((page - 1) * 1000 + i),
                  "userPrincipalName": "user%d@contoso.com" % ((page - 1) * 1000 + i), "jobTitle": "Engineer, \"level\" 2"}
                 for i in range(1000)]
        body = {"value": users}
        if page < pages:
            body["@odata.nextLink"] = "https://graph.microsoft.com/v1.0/users?$skiptoken=%s-%d" % (tenant, page + 1)
        stub("%s-%d" % (tenant, page), {"method": "GET", "url": url}, body)
PY
start_fake_tenant "$work"

export O365_HOME=$work/home HTTPS_PROXY=http://127.0.0.1:$port O365_CA_FILE=$work/ca.pem
"$o365" graph connect --authType secret --appId bench --tenant bench.onmicrosoft.com --secret bench-secret-value -o none

printf '%-8s %-7s %10s %12s %14s %10s\n' users output "wall s" "peak RSS MB" "first item ms" lines
for tenant in small big; do
    for format in json csv; do
        start=$(python3 -c 'import time; print(time.time())')
        /usr/bin/time -f "%e %M" -o "$work/time" "$o365" graph user list --filter "$tenant" -o "$format" \
            | python3 -c '
import sys, time
start = float(sys.argv[1]); first = None; n = 0
for line in sys.stdin:
    if first is None and ("-0000000" in line):
        first = (time.time() - start) * 1000
    n += 1
print(f"{first:.0f} {n}")' "$start" >"$work/first"
        read -r wall rss <"$work/time"
        read -r first lines <"$work/first"
        users=$([ "$tenant" = small ] && echo 10000 || echo 100000)
        printf '%-8s %-7s %10s %12.1f %14s %10s\n' "$users" "$format" "$wall" "$(echo "$rss / 1024" | bc -l)" "$first" "$lines"
    done
done
