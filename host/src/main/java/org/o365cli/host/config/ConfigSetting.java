package org.o365cli.host.config;

/**
 * One setting as {@code cli config} shows it.
 *
 * @param key         the key
 * @param value       the stored value, or null when the default applies
 * @param description what it sets
 */
public record ConfigSetting(String key, String value, String description) {

    static ConfigSetting of(ConfigKey key, ConfigStore store) {
        return new ConfigSetting(key.id(), store.get(key).orElse(null), key.description());
    }
}
