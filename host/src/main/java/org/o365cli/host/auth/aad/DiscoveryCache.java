package org.o365cli.host.auth.aad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.o365cli.host.auth.Endpoints;
import org.o365cli.host.store.PrivateFiles;

/**
 * What OpenID Connect discovery found for each authority, kept in {@code $O365_HOME/discovery.json}
 * for {@value #HOURS} hours so that renewals do not fetch the document again. It is a cache: the
 * file is replaced atomically without the store's lock (the last writer wins, every copy is whole),
 * and a file that is missing, unreadable or stale only means one more fetch. Entries are checked
 * again by {@link AuthorityResolver} when read.
 */
public final class DiscoveryCache {

    static final int HOURS = 24;

    private final Path file;
    private final ObjectMapper json;
    private final Clock clock;

    /**
     * @param file  the cache file, normally {@code $O365_HOME/discovery.json}
     * @param json  the host's mapper
     * @param clock the time, for the expiry
     */
    public DiscoveryCache(Path file, ObjectMapper json, Clock clock) {
        this.file = file;
        this.json = json;
        this.clock = clock;
    }

    Optional<Endpoints> get(String authority) {
        JsonNode entry = read().path(authority);
        try {
            Instant fetched = Instant.parse(entry.path("fetchedAt").asText(""));
            if (fetched.plus(Duration.ofHours(HOURS)).isBefore(clock.instant()) || fetched.isAfter(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(new Endpoints(entry.path("issuer").asText(), URI.create(entry.path("token").asText()),
                    uri(entry.path("deviceAuthorization")), uri(entry.path("authorization"))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    void put(String authority, Endpoints endpoints) {
        ObjectNode all = read();
        ObjectNode entry = all.putObject(authority);
        entry.put("issuer", endpoints.issuer());
        entry.put("token", endpoints.token().toString());
        entry.put("deviceAuthorization", endpoints.deviceAuthorization() == null ? null : endpoints.deviceAuthorization().toString());
        entry.put("authorization", endpoints.authorization() == null ? null : endpoints.authorization().toString());
        entry.put("fetchedAt", clock.instant().toString());
        try {
            PrivateFiles.writeAtomically(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(all));
        } catch (IOException e) {
            // Not kept: the next run fetches the document again.
        }
    }

    private ObjectNode read() {
        try {
            JsonNode node = json.readTree(Files.readAllBytes(file));
            return node instanceof ObjectNode object ? object : json.createObjectNode();
        } catch (NoSuchFileException e) {
            return json.createObjectNode();
        } catch (IOException | RuntimeException e) {
            return json.createObjectNode();
        }
    }

    private static URI uri(JsonNode value) {
        return value.isTextual() ? URI.create(value.asText()) : null;
    }
}
