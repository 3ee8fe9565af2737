package org.o365cli.interop;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.o365cli.interop.O365.Result;

/** {@code --debug} over whole flows against Keycloak: requests and responses are shown, secrets never. */
@ExtendWith(Interop.class)
class DebugOutputIT {

    /** Any JWT: access, refresh and id tokens from Keycloak, and our client assertions, are all JWTs. */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.");

    @Test
    void debugOverConnectRenewalAndASecondResourceShowsNoSecretTokenOrAssertion(Interop.Environment env) throws Exception {
        O365 o365 = new O365(env, "debug");
        String issuer = env.keycloak().issuer();
        List<Result> shown = new ArrayList<>();
        shown.add(o365.run("graph", "connect", "--authType", "secret", "--appId", AppOnlyFlowsIT.SECRET_CLIENT, "--tenant",
                "interop", "--authority", issuer, "--secret", AppOnlyFlowsIT.SECRET, "--debug"));
        shown.add(o365.run("aad", "connect", "--authType", "password", "--appId", DelegatedFlowsIT.PUBLIC_CLIENT, "--tenant",
                "interop", "--authority", issuer, "-u", "alice", "-p", DelegatedFlowsIT.ALICE_PASSWORD, "--debug"));
        shown.add(o365.run("spo", "connect", "https://contoso.sharepoint.com", "--authType", "certificate", "--appId",
                AppOnlyFlowsIT.CERTIFICATE_CLIENT, "--tenant", "interop", "--authority", issuer,
                "-c", env.certificate().pfx().toString(), "-p", env.certificate().pfxPassword(), "--debug"));
        // Renewals (forced: a fresh token is kept until half its lifetime is left): the client credentials again,
        // the refresh token, a signed assertion; and a second resource.
        List<Result> tokens = new ArrayList<>();
        for (String[] target : new String[][] {{"graph", "graph"}, {"aad", "graph"}, {"spo", "https://contoso.sharepoint.com"},
            {"graph", "https://contoso.sharepoint.com"}}) {
            tokens.add(o365.run("util", "accesstoken", "get", "--service", target[0], "--resource", target[1], "--new",
                    "--debug"));
        }
        shown.add(o365.run("status", "--debug"));

        String pemKey = Files.readString(env.certificate().pem()).split("-----BEGIN PRIVATE KEY-----")[1].lines()
                .filter(line -> line.length() > 20).findFirst().orElseThrow();
        List<String> secrets = List.of(AppOnlyFlowsIT.SECRET, DelegatedFlowsIT.ALICE_PASSWORD, env.certificate().pfxPassword(),
                pemKey);
        for (Result result : shown) {
            assertEquals(0, result.exitCode(), result::toString);
            assertClean(result.out() + result.err(), secrets);
        }
        for (Result result : tokens) {
            assertEquals(0, result.exitCode(), result::toString);
            String token = result.out().strip();
            assertTrue(JWT.matcher(token).find(), "stdout carries the token asked for");
            assertFalse(result.err().contains(token), "the token is not repeated in the debug output");
            assertClean(result.err(), secrets);
        }
        String all = String.join("\n", shown.stream().map(Result::err).toList()) + tokens.stream().map(Result::err).toList();
        assertAll("the debug output does show the exchanges",
                () -> assertTrue(all.contains("> POST " + env.keycloak().tokenEndpoint()), "requests"),
                () -> assertTrue(all.contains("grant_type=client_credentials"), "client credentials"),
                () -> assertTrue(all.contains("grant_type=refresh_token"), "refresh"),
                () -> assertTrue(all.contains("client_assertion=<redacted>"), "assertion redacted"),
                () -> assertTrue(all.contains("\"access_token\":\"<redacted>\""), "token redacted"));
    }

    private static void assertClean(String output, List<String> secrets) {
        assertAll(
                () -> assertFalse(JWT.matcher(output).find(), () -> "a JWT in: " + excerpt(output, JWT)),
                () -> assertFalse(output.contains("PRIVATE KEY"), "a private key"),
                () -> assertTrue(secrets.stream().noneMatch(output::contains), "a secret or password"));
    }

    private static String excerpt(String output, Pattern pattern) {
        var m = pattern.matcher(output);
        if (!m.find()) {
            return "";
        }
        int start = Math.max(0, m.start() - 100);
        return output.substring(start, Math.min(output.length(), m.end() + 20)).replaceAll("eyJ[A-Za-z0-9_.-]+", "eyJ…");
    }
}
