package org.o365cli.host.config;

import java.util.Map;
import java.util.Optional;

/**
 * A setting's effective value when no option gives it: the key's environment variable first
 * (scripts and CI set those), then {@code config.json}. Defaults are the caller's to apply.
 */
public final class Settings {

    private final ConfigStore store;
    private final Map<String, String> environment;

    /**
     * @param store       the user's settings
     * @param environment the environment variables
     */
    public Settings(ConfigStore store, Map<String, String> environment) {
        this.store = store;
        this.environment = environment;
    }

    /**
     * The value from the environment or the settings file, if any, checked as {@code cli config set} would.
     *
     * @param key the setting
     * @return the normalised value
     * @throws IllegalArgumentException when a value is set but invalid, naming where it comes from
     */
    public Optional<String> value(ConfigKey key) {
        Optional<String> fromEnvironment = key.environmentVariable().map(environment::get).filter(v -> !v.isBlank());
        if (fromEnvironment.isPresent()) {
            return Optional.of(normalise(key, fromEnvironment.get(), "environment variable " + key.environmentVariable().get()));
        }
        return store.get(key).map(value -> normalise(key, value, store.file() + " (" + key.id() + ")"));
    }

    private static String normalise(ConfigKey key, String value, String origin) {
        try {
            return key.normalise(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + ", set in " + origin);
        }
    }
}
