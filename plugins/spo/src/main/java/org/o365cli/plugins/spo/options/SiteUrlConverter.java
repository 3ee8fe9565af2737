package org.o365cli.plugins.spo.options;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A SharePoint site URL option: an absolute https URL, kept without a trailing slash. */
public final class SiteUrlConverter implements ITypeConverter<String> {

    @Override
    public String convert(String value) {
        String url = value.trim();
        try {
            URI uri = new URI(url);
            if (!"https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw invalid(value);
            }
        } catch (URISyntaxException e) {
            throw invalid(value);
        }
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    private static TypeConversionException invalid(String value) {
        return new TypeConversionException("'" + value + "' is not a SharePoint site URL; give one such as https://contoso.sharepoint.com/sites/team");
    }
}
