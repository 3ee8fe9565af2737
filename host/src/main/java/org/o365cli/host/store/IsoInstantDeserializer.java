package org.o365cli.host.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** ISO-8601 instants, because jackson-datatype-jsr310 is not on the host's class path. */
final class IsoInstantDeserializer extends StdScalarDeserializer<Instant> {

    private static final long serialVersionUID = 1L;

    IsoInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
        try {
            return Instant.parse(parser.getText());
        } catch (DateTimeParseException e) {
            return (Instant) context.handleWeirdStringValue(Instant.class, parser.getText(), "not an ISO-8601 instant");
        }
    }
}
