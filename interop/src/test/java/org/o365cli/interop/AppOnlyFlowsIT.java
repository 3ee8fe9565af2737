package org.o365cli.interop;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.o365cli.interop.O365.Result;

/** Client credentials against Keycloak: a client secret, and a signed JWT (RS256) from a PEM or a PFX certificate. */
@ExtendWith(Interop.class)
class AppOnlyFlowsIT {

    static final String SECRET_CLIENT = "o365-secret";
    static final String SECRET = "interop-client-secret-1";
    static final String CERTIFICATE_CLIENT = "o365-certificate";
    private static final String GRAPH = "https://graph.microsoft.com";
    private static final String SHAREPOINT = "https://contoso.sharepoint.com";

    enum Credential {
        SECRET(e -> List.of("--authType", "secret", "--appId", SECRET_CLIENT, "--secret", AppOnlyFlowsIT.SECRET)),
        PEM(e -> List.of("--authType", "certificate", "--appId", CERTIFICATE_CLIENT, "-c", e.certificate().pem().toString())),
        PFX(e -> List.of("--authType", "certificate", "--appId", CERTIFICATE_CLIENT, "-c", e.certificate().pfx().toString(),
                "-p", e.certificate().pfxPassword()));

        private final Function<Interop.Environment, List<String>> options;

        Credential(Function<Interop.Environment, List<String>> options) {
            this.options = options;
        }

        String client() {
            return this == SECRET ? SECRET_CLIENT : CERTIFICATE_CLIENT;
        }
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void connectsGetsTokensForItsResourceAndAnotherAndRenewsWithoutAPrompt(Credential credential, Interop.Environment env)
            throws Exception {
        O365 o365 = new O365(env, "app-" + credential.name().toLowerCase());

        Result connect = o365.run(connect(env, credential.options.apply(env)));
        assertEquals(0, connect.exitCode(), connect::toString);
        Result status = o365.run("status", "-o", "json");
        assertAll(
                () -> assertEquals("service-account-" + credential.client(), status.json().get(0).get("connectedAs").asText()),
                () -> assertEquals(GRAPH, status.json().get(0).get("resource").asText()));

        Result graph = o365.run("util", "accesstoken", "get", "--resource", "graph");
        assertEquals(0, graph.exitCode(), graph::toString);
        assertEquals(List.of(GRAPH), Jwt.audience(graph.out()));

        // The same grant again for the other resource: its token is for that resource, the connection stays as it was.
        Result sharepoint = o365.run("util", "accesstoken", "get", "--resource", SHAREPOINT);
        assertEquals(0, sharepoint.exitCode(), sharepoint::toString);
        assertEquals(List.of(SHAREPOINT), Jwt.audience(sharepoint.out()));
        assertEquals(status.out(), o365.run("status", "-o", "json").out(), "the connection itself is unchanged");

        // A token is kept until half its lifetime (30 s of Keycloak's 60 s) is left: --new renews it at once,
        // by running the grant again, and the new token becomes the connection's.
        List<String> renewed = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            byte[] before = o365.connectionsFile();
            Result again = o365.run("util", "accesstoken", "get", "--resource", "graph", "--new");
            assertEquals(0, again.exitCode(), again::toString);
            assertEquals(List.of(GRAPH), Jwt.audience(again.out()));
            assertNotEquals(O365.text(before), O365.text(o365.connectionsFile()), "the renewed token is stored");
            renewed.add(again.out().strip());
        }
        assertAll(
                () -> assertNotEquals(graph.out().strip(), renewed.get(0)),
                () -> assertNotEquals(renewed.get(0), renewed.get(1)),
                () -> assertEquals(0, o365.run("status").exitCode()));
    }

    @Test
    void wrongSecretSaysClientAuthenticationFailed(Interop.Environment env) throws Exception {
        O365 o365 = new O365(env, "wrong-secret");

        Result result = o365.run(connect(env, List.of("--authType", "secret", "--appId", SECRET_CLIENT, "--secret", "not-the-secret")));

        assertAll(
                () -> assertEquals(1, result.exitCode(), result::toString),
                () -> assertTrue(result.err().startsWith("Error: Sign-in failed: client authentication failed: check the secret"
                        + " or certificate"), result::toString),
                () -> assertTrue(result.err().contains("Invalid client or Invalid client credentials"), result::toString),
                () -> assertTrue(o365.run("status", "-o", "json").json().isEmpty(), "nothing stored"));
    }

    @Test
    void certificateWithAnotherKeySaysTheSignatureFailed(Interop.Environment env) throws Exception {
        O365 o365 = new O365(env, "wrong-key");

        Result result = o365.run(connect(env, List.of("--authType", "certificate", "--appId", CERTIFICATE_CLIENT,
                "-c", env.unregistered().pem().toString())));

        assertAll(
                () -> assertEquals(1, result.exitCode(), result::toString),
                () -> assertTrue(result.err().startsWith("Error: Sign-in failed: client authentication failed"), result::toString),
                () -> assertTrue(result.err().contains("Signature on JWT token failed validation"), result::toString),
                () -> assertTrue(o365.run("status", "-o", "json").json().isEmpty(), "nothing stored"));
    }

    @Test
    void wrongPfxPasswordNamesTheFileBeforeAnyRequest(Interop.Environment env) throws Exception {
        O365 o365 = new O365(env, "wrong-pfx-password");

        Result result = o365.run(connect(env, List.of("--authType", "certificate", "--appId", CERTIFICATE_CLIENT,
                "-c", env.certificate().pfx().toString(), "-p", "not-the-password")));

        assertAll(
                () -> assertNotEquals(0, result.exitCode(), result::toString),
                () -> assertTrue(result.err().startsWith("Error: Wrong password for the PFX file ("
                        + env.certificate().pfx()), result::toString),
                () -> assertTrue(o365.run("status", "-o", "json").json().isEmpty(), "nothing stored"));
    }

    static String[] connect(Interop.Environment env, List<String> options) {
        List<String> args = new ArrayList<>(List.of("graph", "connect", "--tenant", "interop", "--authority", env.keycloak().issuer()));
        args.addAll(options);
        return args.toArray(String[]::new);
    }
}
