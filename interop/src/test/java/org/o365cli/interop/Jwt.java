package org.o365cli.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads an access token's claims the way an API would, independently of o365's own reading. */
final class Jwt {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Jwt() {
    }

    static JsonNode payload(String token) throws IOException {
        String[] parts = token.strip().split("\\.");
        if (parts.length != 3) {
            throw new AssertionError("Not a signed JWT: " + parts.length + " parts");
        }
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    /** The {@code aud} claim as a list (a JWT may carry one string or an array). */
    static List<String> audience(String token) throws IOException {
        JsonNode aud = payload(token).path("aud");
        List<String> values = new ArrayList<>();
        if (aud.isArray()) {
            aud.forEach(v -> values.add(v.asText()));
        } else if (!aud.isMissingNode() && !aud.isNull()) {
            values.add(aud.asText());
        }
        return values;
    }
}
