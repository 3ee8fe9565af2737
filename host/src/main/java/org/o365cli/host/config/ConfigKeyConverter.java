package org.o365cli.host.config;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Turns the key a user typed into a {@link ConfigKey}; an unknown key is a usage error listing the valid ones. */
final class ConfigKeyConverter implements ITypeConverter<ConfigKey> {

    @Override
    public ConfigKey convert(String value) {
        try {
            return ConfigKey.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
