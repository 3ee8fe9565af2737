package org.o365cli.host.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The JSON form of {@code connections.json}, format 2:
 * {@code {"version": 2, "services": {"<service>": {"active": "<name>", "connections": {"<name>": {...}}}}}},
 * instants as ISO-8601 strings, null fields left out, unknown fields inside a connection ignored.
 * Format 1, {@code {"version": 1, "connections": {"<service>": {...}}}} (one connection a
 * service), is still read: each connection gets its derived name ({@link ConnectionNames}) and is
 * its service's active one.
 *
 * <p>Jackson's own error messages may quote the file's content, tokens included, so a failure to
 * decode is reported in this class's words only: what is wrong and where, never what was there.
 */
final class ConnectionsFile {

    /** The format this version writes, and the newest it reads. */
    static final int VERSION = 2;

    /** Names that may appear in a reason: the fields of the stored records, never a value. */
    private static final Set<String> FIELD_NAMES = Stream.of(StoredConnection.class, StoredCredential.class, StoredToken.class)
            .flatMap(type -> Arrays.stream(type.getRecordComponents()))
            .map(RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());

    private final Supplier<ObjectMapper> host;
    private ObjectMapper mapper;

    /** @param host the host's mapper; a configured copy is made on first use, the original is left as it is */
    ConnectionsFile(Supplier<ObjectMapper> host) {
        this.host = host;
    }

    /**
     * What a file holds, and in which format it was written.
     *
     * @param version  the file's format version
     * @param services the connections, by service
     */
    record Decoded(int version, SortedMap<String, ServiceConnections> services) {
    }

    /**
     * Reads the connections, by service.
     *
     * @throws Corrupt when the content is not a document of a format this version knows
     * @throws TooNew  when a newer o365 wrote it
     */
    Decoded decode(byte[] content) throws Corrupt, TooNew {
        JsonNode root = tree(content);
        if (root == null || root.isMissingNode()) {
            throw new Corrupt("the file is empty");
        }
        if (!root.isObject()) {
            throw new Corrupt("it is not a JSON object");
        }
        JsonNode version = root.get("version");
        if (version == null) {
            throw new Corrupt("it has no \"version\"");
        }
        if (!version.isIntegralNumber() || version.bigIntegerValue().signum() < 1) {
            throw new Corrupt("its \"version\" is not a positive whole number");
        }
        // Past int range too: a far newer format is still a newer format, not damage.
        if (version.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(VERSION)) > 0) {
            throw new TooNew(version.bigIntegerValue().toString());
        }
        return version.intValue() == 1 ? new Decoded(1, versionOne(root)) : new Decoded(VERSION, versionTwo(root));
    }

    private SortedMap<String, ServiceConnections> versionOne(JsonNode root) throws Corrupt {
        JsonNode connections = root.get("connections");
        if (connections == null || !connections.isObject()) {
            throw new Corrupt("its \"connections\" is missing or not an object");
        }
        SortedMap<String, ServiceConnections> result = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : connections.properties()) {
            StoredConnection connection = connection(entry.getKey(), null, entry.getValue());
            String name = ConnectionNames.base(connection);
            result.put(entry.getKey(), new ServiceConnections(name, new TreeMap<>(Map.of(name, connection.withName(name)))));
        }
        return result;
    }

    private SortedMap<String, ServiceConnections> versionTwo(JsonNode root) throws Corrupt {
        JsonNode services = root.get("services");
        if (services == null || !services.isObject()) {
            throw new Corrupt("its \"services\" is missing or not an object");
        }
        SortedMap<String, ServiceConnections> result = new TreeMap<>();
        for (Map.Entry<String, JsonNode> service : services.properties()) {
            JsonNode connections = service.getValue().get("connections");
            JsonNode active = service.getValue().get("active");
            if (connections == null || !connections.isObject()) {
                throw new Corrupt("a service's \"connections\" is missing or not an object");
            }
            if (active != null && !active.isTextual() && !active.isNull()) {
                throw new Corrupt("a service's \"active\" is not a connection name");
            }
            SortedMap<String, StoredConnection> named = new TreeMap<>();
            for (Map.Entry<String, JsonNode> entry : connections.properties()) {
                named.put(entry.getKey(), connection(service.getKey(), entry.getKey(), entry.getValue()));
            }
            if (!named.isEmpty()) {
                result.put(service.getKey(), new ServiceConnections(active == null ? null : active.textValue(), named));
            }
        }
        return result;
    }

    /** The document holding these connections, pretty-printed with keys sorted so that diffs stay small. */
    byte[] encode(SortedMap<String, ServiceConnections> services) {
        try {
            // A tree, not a map, so that "version" comes first although map keys are sorted.
            ObjectNode document = mapper().createObjectNode().put("version", VERSION);
            ObjectNode byService = document.putObject("services");
            services.forEach((service, connections) -> {
                if (!connections.connections().isEmpty()) {
                    ObjectNode node = byService.putObject(service);
                    if (connections.active() != null) {
                        node.put("active", connections.active());
                    }
                    node.set("connections", mapper().valueToTree(connections.connections()));
                }
            });
            return mapper().writeValueAsBytes(document);
        } catch (IOException | IllegalArgumentException e) {
            // Records of strings, instants and maps always serialise; failing here is a bug.
            throw new IllegalStateException("Cannot serialise the connections: " + e.getClass().getSimpleName());
        }
    }

    private JsonNode tree(byte[] content) throws Corrupt {
        try {
            return mapper().readTree(content);
        } catch (JsonEOFException e) {
            throw new Corrupt("it ends too early" + at(e.getLocation()));
        } catch (StreamReadException e) {
            throw new Corrupt("it is not valid JSON" + at(e.getLocation()));
        } catch (IOException e) {
            throw new Corrupt("it is not valid JSON");
        }
    }

    private StoredConnection connection(String service, String name, JsonNode node) throws Corrupt {
        if (!node.isObject()) {
            throw new Corrupt("a connection is not a JSON object");
        }
        // The keys are what lookups use; a "service" or "name" field that disagrees with them must not win.
        ObjectNode withService = ((ObjectNode) node).deepCopy().put("service", service);
        if (name != null) {
            withService.put("name", name);
        }
        StoredConnection connection;
        try {
            connection = mapper().treeToValue(withService, StoredConnection.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new Corrupt("a connection has a field of the wrong type" + field(e));
        }
        // Without it no token can be renewed: such a connection ({} say) is damage, not a connection.
        if (isBlank(connection.authType())) {
            throw new Corrupt("a connection has no authType");
        }
        return connection;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : ", at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String field(Exception e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "";
        }
        StringJoiner path = new StringJoiner(".", " (", ")").setEmptyValue("");
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null && FIELD_NAMES.contains(reference.getFieldName())) {
                path.add(reference.getFieldName());
            }
        }
        return path.toString();
    }

    /** Makes the mapper and its reader of connections, which a cold JVM takes a while over, ahead of the first read. */
    void prepare() {
        mapper().readerFor(StoredConnection.class);
    }

    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            SimpleModule instants = new SimpleModule("o365-instants");
            instants.addSerializer(Instant.class, ToStringSerializer.instance);
            instants.addDeserializer(Instant.class, new IsoInstantDeserializer());
            mapper = host.get().copy()
                    .registerModule(instants)
                    .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
                    .configure(SerializationFeature.INDENT_OUTPUT, true)
                    .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        }
        return mapper;
    }

    /** The file is not a readable document; the reason quotes nothing from it. */
    static final class Corrupt extends Exception {

        private static final long serialVersionUID = 1L;

        Corrupt(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The file was written in a newer format than this o365 knows. */
    static final class TooNew extends Exception {

        private static final long serialVersionUID = 1L;

        private final String version;

        TooNew(String version) {
            super("format version " + version, null, false, false);
            this.version = version;
        }

        String version() {
            return version;
        }
    }
}
