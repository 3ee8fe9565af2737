package org.o365cli.plugins.spo.site;

import java.util.Locale;
import java.util.Map;
import org.o365cli.plugins.spo.options.GuidConverter;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --siteDesign}: Topic, Showcase, Blank, or the id of a custom site design. */
final class SiteDesignConverter implements ITypeConverter<String> {

    private static final Map<String, String> BUILT_IN = Map.of(
            "topic", "96c933ac-3698-44c7-9f4a-5fd17d71af9e",
            "showcase", "6142d2a0-63a5-4ba0-aede-d9fefca2c767",
            "blank", "f6cc5403-0d63-442e-96c0-285923709ffc");

    @Override
    public String convert(String value) {
        String id = BUILT_IN.get(value.trim().toLowerCase(Locale.ROOT));
        if (id != null) {
            return id;
        }
        try {
            return new GuidConverter().convert(value);
        } catch (TypeConversionException e) {
            throw new TypeConversionException("'" + value + "' is not a site design; give Topic, Showcase, Blank or a site design id");
        }
    }
}
