package org.o365cli.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each route's answer against a documented sample (see fidelity/README.md): the sample's properties
 * with values of the same JSON type, recursively, and the same status.
 */
class FidelityTest {

    @TempDir
    Path home;

    static Stream<String> samples() {
        return Stream.of("graph-user-list", "graph-user-get", "graph-group-post", "graph-groupsetting-list",
                "graph-serviceprincipal-list", "graph-application-list", "graph-oauth2permissiongrant-list",
                "graph-approleassignments", "graph-error-404", "token-password", "token-error",
                "spo-contextinfo-nometadata", "spo-contextinfo-verbose", "spo-csom-tenant", "spo-creategroupex",
                "spo-spsitemanager-create", "spo-storageentity", "spo-tenantsettings", "spo-error-nometadata");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theAnswerHasTheDocumentedSamplesShape(String name) throws IOException {
        JsonNode fixture;
        try (InputStream in = getClass().getResourceAsStream("fidelity/" + name + ".json")) {
            fixture = TestTenant.JSON.readTree(in);
        }
        TestTenant tenant = new TestTenant(home);
        SandboxResponse answer = send(tenant, fixture);
        assertEquals(fixture.get("status").asInt(), answer.status(), answer::text);
        JsonNode actual = TestTenant.json(answer);
        boolean each = fixture.path("arrays").asText().equals("each");
        boolean exactNulls = fixture.path("exactNulls").asBoolean();
        compare(fixture.get("sample"), actual, "$", each, exactNulls);
    }

    private static SandboxResponse send(TestTenant tenant, JsonNode fixture) {
        JsonNode request = fixture.get("request");
        Map<String, String> headers = new HashMap<>();
        if (request.has("accept")) {
            headers.put("Accept", request.get("accept").asText());
        }
        if (request.has("contentType")) {
            headers.put("Content-Type", request.get("contentType").asText());
        }
        String auth = fixture.get("auth").asText();
        if (!auth.equals("none")) {
            String resource = switch (auth) {
                case "graph" -> "https://graph.microsoft.com";
                case "sharepoint-admin" -> "https://contoso-admin.sharepoint.com";
                default -> "https://contoso.sharepoint.com";
            };
            headers.put("Authorization", "Bearer " + tenant.adminSignIn(resource).get("access_token").asText());
        }
        if (request.path("form").asText().equals("password") || request.path("form").asText().equals("badPassword")) {
            boolean good = request.get("form").asText().equals("password");
            return tenant.token(Map.of("grant_type", "password", "client_id", tenant.sandbox.status().appId(),
                    "username", tenant.sandbox.status().admin(), "password", good ? tenant.sandbox.status().password() : "x",
                    "scope", "https://graph.microsoft.com/.default offline_access openid"));
        }
        String url = request.get("url").asText().replace("{crm}", org.o365cli.sandbox.directory.Seed.guid(
                "servicePrincipal:9b1b1e42-794b-4c71-93ac-5ed92488b67f"));
        JsonNode body = request.get("body");
        return tenant.send(request.get("method").asText(), url, headers,
                body == null ? null : body.isTextual() ? body.asText() : body.toString());
    }

    private static void compare(JsonNode sample, JsonNode actual, String path, boolean each, boolean exactNulls) {
        if (sample.isNull()) {
            if (exactNulls && !actual.isNull()) {
                fail(path + " is " + actual + " where the sample has null");
            }
            return;
        }
        if (actual == null || actual.isMissingNode()) {
            fail(path + " is missing; the sample has " + sample);
        }
        if (sample.isTextual() && actual.isNull() || sample.getNodeType() != actual.getNodeType()
                && !(sample.isNumber() && actual.isNumber())) {
            fail(path + " is " + actual.getNodeType() + " (" + actual + "); the sample has " + sample.getNodeType());
        }
        if (sample.isObject()) {
            for (Iterator<String> names = sample.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                compare(sample.get(name), actual.path(name), path + "." + name, each, exactNulls);
            }
        } else if (sample.isArray() && each) {
            assertEquals(sample.size(), actual.size(), path + " has " + actual);
            for (int i = 0; i < sample.size(); i++) {
                compare(sample.get(i), actual.get(i), path + "[" + i + "]", false, exactNulls);
            }
        } else if (sample.isArray() && sample.size() > 0) {
            if (actual.isEmpty()) {
                fail(path + " is empty; the sample has items");
            }
            compare(sample.get(0), actual.get(0), path + "[0]", false, exactNulls);
        }
    }
}
