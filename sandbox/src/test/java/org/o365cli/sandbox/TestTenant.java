package org.o365cli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A sandbox in a temporary home, with helpers to sign in and call it as a client would. */
final class TestTenant {

    static final ObjectMapper JSON = new ObjectMapper();

    final Sandbox sandbox;

    TestTenant(Path home) {
        this.sandbox = Sandbox.open(home);
    }

    TestTenant(Path home, java.time.Clock clock) {
        this.sandbox = new Sandbox(home, clock);
    }

    SandboxResponse send(String method, String url, Map<String, String> headers, String body) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        headers.forEach((name, value) -> all.put(name, List.of(value)));
        return sandbox.handle(new SandboxRequest(method, URI.create(url), all,
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8)));
    }

    SandboxResponse token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), body);
    }

    /** Signs in the administrator with the password grant and returns the token answer. */
    JsonNode adminSignIn(String resource) {
        SandboxResponse response = token(Map.of("grant_type", "password", "client_id", sandbox.status().appId(),
                "username", sandbox.status().admin(), "password", sandbox.status().password(),
                "scope", resource + "/.default offline_access openid profile"));
        if (response.status() != 200) {
            throw new AssertionError(response.text());
        }
        return json(response);
    }

    SandboxResponse get(String url, String token) {
        return send("GET", url, Map.of("Authorization", "Bearer " + token, "Accept", "application/json"), null);
    }

    static JsonNode json(SandboxResponse response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
