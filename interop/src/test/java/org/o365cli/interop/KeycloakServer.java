package org.o365cli.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One Keycloak, started from its unpacked distribution under {@code target/} in dev mode on a free
 * loopback port, with the interop realm imported. Its data lives under its own folder and is wiped
 * before each start, so every run imports the realm (and this run's certificate) afresh.
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "interop";
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "interop-admin-1";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("keycloak.readyTimeoutSeconds", 240));
    private static final int LOG_LINES_ON_FAILURE = 150;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts Keycloak and waits until the realm's discovery document answers.
     *
     * @param home        the unpacked distribution
     * @param realmFile   the realm to import
     * @param certificate the base64 DER certificate the signed-JWT client authenticates with
     */
    static KeycloakServer start(Path home, Path realmFile, String certificate) throws IOException, InterruptedException {
        Path kc = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kc)) {
            throw new IllegalStateException("No Keycloak at " + home + ": run through Maven (mvn verify -Pinterop),"
                    + " which unpacks it in pre-integration-test");
        }
        Path data = home.resolve("data");
        deleteTree(data);
        Path imports = Files.createDirectories(data.resolve("import"));
        Files.copy(realmFile, imports.resolve(realmFile.getFileName()));

        int port = freePort();
        Path log = home.getParent().resolve("keycloak.log");
        ProcessBuilder builder = new ProcessBuilder("bash", kc.toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--import-realm", "--cache=local",
                "--health-enabled=false", "--metrics-enabled=false")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // Replaces ${O365_INTEROP_CERTIFICATE} in the realm file on import.
        builder.environment().put("O365_INTEROP_CERTIFICATE", certificate);
        long started = System.nanoTime();
        KeycloakServer server = new KeycloakServer(builder.start(), log, port);
        try {
            server.awaitReady();
        } catch (RuntimeException | InterruptedException e) {
            server.printLog();
            server.close();
            throw e;
        }
        System.out.printf("Keycloak on port %d was ready after %.1f s (log: %s)%n", port,
                (System.nanoTime() - started) / 1e9, log);
        return server;
    }

    /** The realm's issuer, what o365 takes as {@code --authority}. */
    String issuer() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    /** Ends every session of the user, as an administrator who revokes access would: refresh tokens issued so far stop working. */
    void logOut(String userName) throws IOException, InterruptedException {
        String admin = adminToken();
        String base = "http://127.0.0.1:" + port + "/admin/realms/" + REALM + "/users";
        JsonNode users = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "?exact=true&username="
                + URLEncoder.encode(userName, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + admin).build(), 200));
        String id = users.get(0).get("id").asText();
        send(HttpRequest.newBuilder(URI.create(base + "/" + id + "/logout")).header("Authorization", "Bearer " + admin)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), 204);
        // A refresh token asked with offline_access is an offline session, which a logout leaves: revoke the
        // user's grant to the public client too (404 when there is none).
        HttpResponse<String> revoked = http.send(HttpRequest.newBuilder(URI.create(base + "/" + id + "/consents/o365-public"))
                .header("Authorization", "Bearer " + admin).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        if (revoked.statusCode() != 204 && revoked.statusCode() != 404) {
            throw new IllegalStateException("DELETE consents answered " + revoked.statusCode() + ": " + revoked.body());
        }
        // Keycloak answers before every cache has dropped the sessions (a refresh right after the logout was
        // once still honoured, even after the list was empty): wait, bounded, until it lists none for the user
        // five checks in a row, then give its caches two more seconds.
        HttpRequest sessions = HttpRequest.newBuilder(URI.create(base + "/" + id + "/sessions"))
                .header("Authorization", "Bearer " + admin).build();
        for (int i = 0, empty = 0; i < 75 && empty < 5; i++) {
            empty = JSON.readTree(send(sessions, 200)).size() == 0 ? empty + 1 : 0;
            Thread.sleep(200);
        }
        Thread.sleep(2000);
    }

    private String adminToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=" + ADMIN + "&password=" + ADMIN_PASSWORD;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return JSON.readTree(send(request, 200)).get("access_token").asText();
    }

    private String send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return response.body();
    }

    private void awaitReady() throws InterruptedException {
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue() + " before it was ready");
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak did not serve " + discovery + " within " + READY_TIMEOUT.toSeconds()
                + " s (raise it with -Dkeycloak.readyTimeoutSeconds=…)");
    }

    private void printLog() {
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.toList();
            System.err.println("---- last " + LOG_LINES_ON_FAILURE + " lines of " + log + " ----");
            all.subList(Math.max(0, all.size() - LOG_LINES_ON_FAILURE), all.size()).forEach(System.err::println);
            System.err.println("---- end of the Keycloak log ----");
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not read the Keycloak log " + log + ": " + e);
        }
    }

    /** Stops Keycloak and anything it started; idempotent. */
    @Override
    public void close() {
        ProcessHandle handle = process.toHandle();
        List<ProcessHandle> tree = Stream.concat(handle.descendants(), Stream.of(handle)).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                p.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
