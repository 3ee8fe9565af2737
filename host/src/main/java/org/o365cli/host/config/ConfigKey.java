package org.o365cli.host.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.o365cli.host.output.OutputFormat;

/**
 * The settings {@code o365 cli config} accepts. Each key checks and normalises its value, so a
 * bad value is refused when it is set rather than when it is used.
 */
public enum ConfigKey {

    /** The default of {@code --output}. */
    OUTPUT("output", "Default output format of every command: json, text, csv, md or none",
            value -> OutputFormat.parse(value).id());

    private final String id;
    private final String description;
    private final UnaryOperator<String> validator;

    ConfigKey(String id, String description, UnaryOperator<String> validator) {
        this.id = id;
        this.description = description;
        this.validator = validator;
    }

    /** The key as users type it, e.g. {@code output}. */
    public String id() {
        return id;
    }

    /** One sentence for {@code cli config list}. */
    public String description() {
        return description;
    }

    /**
     * The value to store for what the user typed.
     *
     * @param value what the user typed
     * @return the normalised value
     * @throws IllegalArgumentException naming what is wrong and what is allowed
     */
    public String normalise(String value) {
        return validator.apply(value);
    }

    /** The key with this id, if any. */
    public static Optional<ConfigKey> find(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    /**
     * The key with this id.
     *
     * @param id what the user typed
     * @return the key
     * @throws IllegalArgumentException listing the valid keys when there is none
     */
    public static ConfigKey parse(String id) {
        return find(id == null ? "" : id.trim()).orElseThrow(() -> new IllegalArgumentException(
                "Unknown config key '" + id + "': valid keys are " + validIds()));
    }

    /** The valid keys, comma separated. */
    public static String validIds() {
        return Arrays.stream(values()).map(ConfigKey::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
