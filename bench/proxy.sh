# Sourced by the benches that run o365 against WireMock as the HTTPS proxy of the run (HTTPS_PROXY, its
# CA trusted through O365_CA_FILE): the path a user behind a corporate proxy takes. Expects $root and
# $work; sets $port and $wiremock_pid (the caller's EXIT trap kills it).

# Downloads WireMock and makes a CA of the bench's own: WireMock signs a certificate for each tunnelled
# host with it. Stubs then go under $work/wm/mappings.
proxy_prepare() {
    mkdir -p "$root/bench/target" "$work/wm/mappings"
    mvn -q -B dependency:copy -Dartifact=org.wiremock:wiremock-standalone:3.13.2 -DoutputDirectory="$root/bench/target" >/dev/null
    keytool -genkeypair -keyalg RSA -keysize 2048 -alias ca -dname CN=o365-bench-ca -validity 2 \
        -ext BC:c=ca:true -ext KU:c=keyCertSign,cRLSign \
        -keystore "$work/ca.jks" -storetype JKS -storepass benchpass -keypass benchpass >/dev/null 2>&1
    keytool -exportcert -rfc -alias ca -keystore "$work/ca.jks" -storepass benchpass >"$work/ca.pem" 2>/dev/null
}

# Starts WireMock on a free port (with "journal": recording requests so they can be counted) and points
# o365 at it and at $work/home.
proxy_start() {
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    java --add-exports java.base/sun.security.x509=ALL-UNNAMED -cp "$root/bench/target/wiremock-standalone-3.13.2.jar" \
        "$root/bench/WireMockProxy.java" "$port" "$work/ca.jks" benchpass "$work/wm" "$@" >"$work/wiremock.log" 2>&1 &
    wiremock_pid=$!
    for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$port/__admin/health" >/dev/null 2>&1 && break; sleep 0.2; done
    export O365_HOME=$work/home HTTPS_PROXY=http://127.0.0.1:$port O365_CA_FILE=$work/ca.pem
}
