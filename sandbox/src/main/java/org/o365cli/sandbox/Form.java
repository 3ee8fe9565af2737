package org.o365cli.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The parameters of a query string or an {@code application/x-www-form-urlencoded} body. */
public final class Form {

    private final Map<String, String> values;

    private Form(Map<String, String> values) {
        this.values = values;
    }

    /** Parses {@code a=1&b=2}; the first value of a repeated name wins. */
    public static Form parse(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                values.putIfAbsent(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return new Form(values);
    }

    /** A parameter's value. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** All parameters, in order. */
    public Map<String, String> all() {
        return Map.copyOf(values);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
