# Sourced by the benchmarks: starts WireMock as the HTTPS proxy that plays Azure AD and Graph at
# their production URLs, answering each tunnelled host with a certificate of the bench's own CA.
#
#   start_fake_tenant WORK   stubs from WORK/wm/mappings; sets port, wiremock_pid and WORK/ca.pem
#
# o365 then reaches it with HTTPS_PROXY=http://127.0.0.1:$port and O365_CA_FILE=WORK/ca.pem, the
# path a user behind a TLS-inspecting corporate proxy takes. The caller kills $wiremock_pid.
start_fake_tenant() {
    local work=$1 root
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    mkdir -p "$root/bench/target" "$work/wm/mappings"
    mvn -q -B dependency:copy -Dartifact=org.wiremock:wiremock-standalone:3.13.2 -DoutputDirectory="$root/bench/target" >/dev/null
    keytool -genkeypair -keyalg RSA -keysize 2048 -alias ca -dname CN=o365-bench-ca -validity 2 \
        -ext BC:c=ca:true -ext KU:c=keyCertSign,cRLSign \
        -keystore "$work/ca.jks" -storetype JKS -storepass benchpass -keypass benchpass >/dev/null 2>&1
    keytool -exportcert -rfc -alias ca -keystore "$work/ca.jks" -storepass benchpass >"$work/ca.pem" 2>/dev/null
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    java --add-exports java.base/sun.security.x509=ALL-UNNAMED -cp "$root/bench/target/wiremock-standalone-3.13.2.jar" \
        "$root/bench/WireMockProxy.java" "$port" "$work/ca.jks" benchpass "$work/wm" >"$work/wiremock.log" 2>&1 &
    wiremock_pid=$!
    for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$port/__admin/health" >/dev/null 2>&1 && return 0; sleep 0.2; done
    echo "Error: WireMock did not start on port $port; see $work/wiremock.log" >&2
    return 1
}
