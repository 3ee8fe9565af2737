package org.o365cli.plugins.spo.csom;

/** The XML of CSOM requests: the envelope, the Tenant object path, escaped parameters. */
public final class CsomXml {

    /** The type id of {@code Microsoft.Online.SharePoint.TenantAdministration.Tenant}. */
    public static final String TENANT_TYPE_ID = "{268004ae-ef6b-4e9b-8425-127220d84719}";

    private CsomXml() {
    }

    /**
     * A whole request.
     *
     * @param actions     the content of {@code <Actions>}
     * @param objectPaths the content of {@code <ObjectPaths>}
     * @return the XML to post to ProcessQuery
     */
    public static String request(String actions, String objectPaths) {
        return "<Request AddExpandoFieldTypeSuffix=\"true\" SchemaVersion=\"15.0.0.0\" LibraryVersion=\"16.0.0.0\""
                + " ApplicationName=\"o365cli\" xmlns=\"http://schemas.microsoft.com/sharepoint/clientquery/2009\">"
                + "<Actions>" + actions + "</Actions><ObjectPaths>" + objectPaths + "</ObjectPaths></Request>";
    }

    /** The constructor of the Tenant object, with the given object path id. */
    public static String tenantConstructor(int id) {
        return "<Constructor Id=\"" + id + "\" TypeId=\"" + TENANT_TYPE_ID + "\" />";
    }

    /** A string parameter, its value escaped. */
    public static String stringParameter(String value) {
        return "<Parameter Type=\"String\">" + escape(value) + "</Parameter>";
    }

    /**
     * Escapes text for XML content and attribute values.
     *
     * @param text any text, or null for an empty string
     * @return the text with {@code & < > " '} escaped
     * @throws org.o365cli.auth.O365Exception when it holds a character XML 1.0 forbids: the host refuses those in
     *                                        option values, so this guards text from elsewhere (a server's paging
     *                                        token), which is refused rather than silently changed
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF') {
                        throw new org.o365cli.auth.O365Exception(String.format(
                                "Cannot send U+%04X in a CSOM request: XML does not allow it; remove it from the value", (int) c));
                    }
                    escaped.append(c);
                }
            }
        }
        return escaped.toString();
    }
}
