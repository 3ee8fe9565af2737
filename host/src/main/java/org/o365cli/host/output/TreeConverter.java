package org.o365cli.host.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Turns results into JSON trees with the caller's mapper, through a copy that writes java.time values as
 * ISO-8601 text: the host ships no JavaTimeModule, and without one Jackson refuses an {@code Instant} outright.
 * A copy, because the caller's mapper is shared with code that may want java.time handled otherwise.
 */
final class TreeConverter {

    // Their toString() is ISO-8601 (ZonedDateTime's adds the [region], as java.time does).
    private static final List<Class<?>> ISO_TEXT_TYPES = List.of(Instant.class, OffsetDateTime.class,
            ZonedDateTime.class, LocalDateTime.class, LocalDate.class, LocalTime.class, OffsetTime.class,
            Year.class, YearMonth.class, Duration.class, Period.class);

    private final ObjectMapper mapper;

    TreeConverter(ObjectMapper callerMapper) {
        SimpleModule isoText = new SimpleModule("o365-output-java-time");
        ISO_TEXT_TYPES.forEach(type -> isoText.addSerializer(type, ToStringSerializer.instance));
        this.mapper = callerMapper.copy().registerModule(isoText);
    }

    /** The mapper used for conversion, for writers that must agree with it. */
    ObjectMapper mapper() {
        return mapper;
    }

    /** The value as a tree; a null item of a list becomes JSON null. */
    JsonNode toTree(Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        return value instanceof JsonNode node ? node : mapper.valueToTree(value);
    }
}
