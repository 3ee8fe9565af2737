package org.o365cli.host.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads and writes {@code connections.json}. Reading tells three cases apart, because each asks
 * for something else: a good file, a corrupt one (moved aside), one from a newer o365 (left alone).
 */
final class ConnectionsCodec {

    private final ObjectMapper mapper;

    ConnectionsCodec(ObjectMapper hostMapper) {
        // A copy: instants as ISO-8601 text and nulls left out, without changing the host's mapper.
        mapper = hostMapper.copy()
                .registerModule(new SimpleModule("o365-store")
                        .addSerializer(Instant.class, ToStringSerializer.instance)
                        .addDeserializer(Instant.class, new InstantDeserializer()))
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    byte[] write(ConnectionsDocument document) throws IOException {
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    }

    /**
     * @param bytes the file's content
     * @return the document
     * @throws NewerFormatException when a newer o365 wrote it
     * @throws CorruptException     when it is not a connections document; the message quotes no content
     */
    ConnectionsDocument read(byte[] bytes) {
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (JacksonException e) {
            // The original message only: Jackson's full one can quote the file, tokens included.
            throw new CorruptException(e.getOriginalMessage());
        } catch (IOException e) {
            throw new CorruptException(e.getMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new CorruptException("not a JSON object");
        }
        JsonNode version = tree.get("version");
        if (version == null || !version.isInt()) {
            throw new CorruptException("no format version");
        }
        if (version.intValue() > ConnectionsDocument.CURRENT) {
            throw new NewerFormatException(version.intValue());
        }
        try {
            return mapper.treeToValue(tree, ConnectionsDocument.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new CorruptException(e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage());
        }
    }

    /** The file is not a connections document. */
    static final class CorruptException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CorruptException(String reason) {
            super(reason);
        }
    }

    /** The file was written by a newer o365. */
    static final class NewerFormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NewerFormatException(int version) {
            super("format version " + version);
        }
    }

    private static final class InstantDeserializer extends StdDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            try {
                return Instant.parse(parser.getValueAsString());
            } catch (DateTimeParseException | NullPointerException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, parser.getValueAsString(), "not an ISO-8601 instant");
            }
        }
    }
}
