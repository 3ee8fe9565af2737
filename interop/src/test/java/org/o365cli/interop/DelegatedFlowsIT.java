package org.o365cli.interop;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.o365cli.interop.O365.Result;

/** Delegated sign-in against Keycloak: password (ROPC) and device code, refresh, revocation. */
@ExtendWith(Interop.class)
class DelegatedFlowsIT {

    static final String PUBLIC_CLIENT = "o365-public";
    static final String ALICE_PASSWORD = "alice-Interop-1";
    private static final String BOB_PASSWORD = "bob-Interop-1";
    private static final String GRAPH = "https://graph.microsoft.com";
    private static final String SHAREPOINT = "https://contoso.sharepoint.com";
    private static final Pattern USER_CODE = Pattern.compile("enter the code (\\S+)");

    @Test
    void passwordConnectGivesATokenForItsResourceAndRefusesAnotherResource(Interop.Environment env) throws Exception {
        O365 o365 = new O365(env, "password");
        Result connect = o365.run(connect(env, "-u", "alice", "-p", ALICE_PASSWORD));
        assertEquals(0, connect.exitCode(), connect::toString);
        Result status = o365.run("status", "-o", "json");
        assertEquals("alice", status.json().get(0).get("connectedAs").asText());

        Result graph = o365.run("util", "accesstoken", "get", "--resource", "graph");
        assertEquals(0, graph.exitCode(), graph::toString);
        assertEquals(List.of(GRAPH), Jwt.audience(graph.out()));

        // Azure AD would redeem the refresh token for SharePoint; Keycloak drops the scope it was not granted and
        // answers with a token for no resource at all. It must not be handed out.
        byte[] before = o365.connectionsFile();
        Result sharepoint = o365.run("util", "accesstoken", "get", "--resource", SHAREPOINT);
        assertAll(
                () -> assertEquals(1, sharepoint.exitCode(), sharepoint::toString),
                () -> assertEquals("", sharepoint.out()),
                () -> assertTrue(sharepoint.err().startsWith("Error: The identity provider answered with a token for another"
                        + " audience than " + SHAREPOINT), sharepoint::toString),
                () -> assertArrayEquals(before, o365.connectionsFile(), "the store is unchanged"),
                () -> assertEquals(status.out(), o365.run("status", "-o", "json").out()));
    }

    @Test
    void deviceCodeIsApprovedOnKeycloaksPagesAsInABrowser(Interop.Environment env) throws Exception {
        O365 o365 = new O365(env, "device-code");
        O365.Running connect = o365.start("graph", "connect", "--authType", "deviceCode", "--appId", PUBLIC_CLIENT,
                "--tenant", "interop", "--authority", env.keycloak().issuer());
        String userCode = connect.awaitOnStderr(USER_CODE, Duration.ofSeconds(60));

        URI done = new DeviceApproval().approve(env.keycloak().issuer(), userCode, "alice", ALICE_PASSWORD);

        Result result = connect.finish();
        assertAll(
                () -> assertTrue(done.getPath().endsWith("/device/status"), done::toString),
                () -> assertEquals(0, result.exitCode(), result::toString),
                () -> assertTrue(result.err().contains(env.keycloak().issuer() + "/device"), result::toString),
                () -> assertEquals("deviceCode", result.json().get("authType").asText()),
                () -> assertEquals("alice", result.json().get("connectedAs").asText()));
        Result token = o365.run("util", "accesstoken", "get", "--resource", "graph");
        assertEquals(List.of(GRAPH), Jwt.audience(token.out()));
    }

    @Test
    void expiredTokenIsRenewedWithTheRefreshTokenWithoutAPrompt(Interop.Environment env) throws Exception {
        O365 o365 = new O365(env, "renewal");
        assertEquals(0, o365.run(connect(env, "-u", "alice", "-p", ALICE_PASSWORD)).exitCode());
        // A token is kept until half its lifetime (30 s of Keycloak's 60 s) is left: --new renews it at once,
        // with the refresh token, as an expired one would be.
        byte[] before = o365.connectionsFile();
        Result first = o365.run("util", "accesstoken", "get", "--resource", "graph", "--new");
        byte[] afterFirst = o365.connectionsFile();
        Result second = o365.run("util", "accesstoken", "get", "--resource", "graph", "--new");

        assertAll(
                () -> assertEquals(0, first.exitCode(), first::toString),
                () -> assertEquals(0, second.exitCode(), second::toString),
                () -> assertFalse(first.err().contains("enter the code") || second.err().contains("enter the code"),
                        "no interactive prompt"),
                () -> assertNotEquals(first.out(), second.out(), "a new token each time"),
                () -> assertEquals(List.of(GRAPH), Jwt.audience(second.out())),
                () -> assertEquals("alice", Jwt.payload(second.out()).get("preferred_username").asText()),
                () -> assertNotEquals(O365.text(before), O365.text(afterFirst), "the renewed token is stored"),
                () -> assertNotEquals(O365.text(afterFirst), O365.text(o365.connectionsFile()), "the renewed token is stored"),
                () -> assertEquals(0, o365.run("status").exitCode()));
    }

    @Test
    void revokedSessionsGiveTheReconnectErrorAndLeaveTheStoreIntact(Interop.Environment env) throws Exception {
        O365 o365 = new O365(env, "revoked");
        assertEquals(0, o365.run(connect(env, "-u", "bob", "-p", BOB_PASSWORD)).exitCode());
        assertEquals(0, o365.run("util", "accesstoken", "get", "--resource", "graph", "--new").exitCode(), "renewal works before");

        env.keycloak().logOut("bob");
        byte[] before = o365.connectionsFile();
        Result result = o365.run("util", "accesstoken", "get", "--resource", "graph", "--new");

        assertAll(
                () -> assertEquals(1, result.exitCode(), result::toString),
                () -> assertEquals("", result.out()),
                () -> assertTrue(result.err().startsWith("Error: Could not renew the token for " + GRAPH
                        + ": the refresh token has expired or was revoked"), result::toString),
                () -> assertTrue(result.err().contains("; run 'o365 graph connect --authType password --appId " + PUBLIC_CLIENT),
                        result::toString),
                () -> assertEquals(1, result.err().lines().count(), "one line"),
                () -> assertArrayEquals(before, o365.connectionsFile(), "the store is unchanged"),
                () -> assertEquals("bob", o365.run("status", "-o", "json").json().get(0).get("connectedAs").asText()));
    }

    @Test
    void wrongUserPasswordNamesTheCause(Interop.Environment env) throws Exception {
        O365 o365 = new O365(env, "wrong-password");

        Result result = o365.run(connect(env, "-u", "alice", "-p", "not-the-password"));

        assertAll(
                () -> assertEquals(1, result.exitCode(), result::toString),
                () -> assertTrue(result.err().startsWith("Error: Sign-in failed:"), result::toString),
                () -> assertTrue(result.err().contains("Invalid user credentials (invalid_grant)"), result::toString),
                () -> assertTrue(o365.run("status", "-o", "json").json().isEmpty(), "nothing stored"));
    }

    private static String[] connect(Interop.Environment env, String... credentials) {
        List<String> args = new java.util.ArrayList<>(List.of("graph", "connect", "--authType", "password", "--appId",
                PUBLIC_CLIENT, "--tenant", "interop", "--authority", env.keycloak().issuer()));
        args.addAll(List.of(credentials));
        return args.toArray(String[]::new);
    }
}
