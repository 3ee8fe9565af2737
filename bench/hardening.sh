#!/usr/bin/env bash
# Hardening figures, measured end to end through the real host against loopback WireMock servers
# (the tests print them as "bench:" lines):
#   - bytes of the error line for a 3 MB error body (Graph error JSON with escape sequences);
#   - token requests for a 50-page listing with 300 s tokens (Keycloak's default lifetime).
# Run from anywhere; needs Maven with the project's dependencies (offline is fine).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mvn -B -o -pl host -am verify -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest='PluginHttpEndToEndTest#aHugeHostileErrorMessage*,TokenLifecycleEndToEndTest#aFiftyPageListing*' 2>&1 \
    | grep '^bench:' | sed 's/^bench: //'
