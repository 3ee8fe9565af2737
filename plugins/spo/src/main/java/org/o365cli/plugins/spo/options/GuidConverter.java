package org.o365cli.plugins.spo.options;

import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A GUID option, such as an app's id. */
public final class GuidConverter implements ITypeConverter<String> {

    private static final Pattern GUID = Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Override
    public String convert(String value) {
        if (!GUID.matcher(value.trim()).matches()) {
            throw new TypeConversionException("'" + value + "' is not a GUID; give one such as b2307a39-e878-458b-bc90-03bc578531d6");
        }
        return value.trim();
    }
}
