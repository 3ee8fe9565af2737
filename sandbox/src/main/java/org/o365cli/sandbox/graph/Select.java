package org.o365cli.sandbox.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;

/** OData {@code $select}: only the named properties, in the entity's order. */
final class Select {

    private Select() {
    }

    static List<String> parse(String select) {
        if (select == null || select.isBlank()) {
            return List.of();
        }
        List<String> names = Arrays.stream(select.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        names.stream().filter(name -> !name.matches("\\w+")).findFirst().ifPresent(bad -> {
            throw new IllegalArgumentException("Parsing OData Select and Expand failed: Term '" + bad
                    + "' is not valid in a $select or $expand expression.");
        });
        return names;
    }

    static ObjectNode apply(ObjectMapper json, ObjectNode item, List<String> names) {
        if (names.isEmpty()) {
            return item;
        }
        ObjectNode selected = json.createObjectNode();
        item.fields().forEachRemaining(field -> {
            if (names.stream().anyMatch(name -> name.equalsIgnoreCase(field.getKey()))) {
                selected.set(field.getKey(), field.getValue());
            }
        });
        return selected;
    }
}
