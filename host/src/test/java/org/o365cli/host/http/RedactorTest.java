package org.o365cli.host.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    /** A JWT-shaped token: header and payload are base64url JSON. */
    static final String JWT = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2dyYXBoLm1pY3Jvc29mdC5jb20ifQ.c2lnbmF0dXJl-_x";
    static final String PEM = """
            -----BEGIN PRIVATE KEY-----
            MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj
            MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu
            -----END PRIVATE KEY-----
            """;

    private final Redactor redactor = new Redactor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "grant_type=refresh_token&refresh_token=0.AAAA-secret&client_id=app | grant_type=refresh_token&refresh_token=<redacted>&client_id=app",
            "client_secret=s3cr3t~x&scope=https%3A%2F%2Fgraph | client_secret=<redacted>&scope=https%3A%2F%2Fgraph",
            "username=megan&password=P%40ss | username=megan&password=<redacted>",
            "client_assertion_type=jwt-bearer&client_assertion=abc.def | client_assertion_type=jwt-bearer&client_assertion=<redacted>",
            "grant_type=urn:ietf:params:oauth:grant-type:device_code&device_code=DAQABAA | grant_type=urn:ietf:params:oauth:grant-type:device_code&device_code=<redacted>",
            "code=0.AXoA&code_verifier=xyz&redirect_uri=http://localhost | code=<redacted>&code_verifier=<redacted>&redirect_uri=http://localhost",
            "assertion=abc&Token=def&ACCESS_TOKEN=ghi | assertion=<redacted>&Token=<redacted>&ACCESS_TOKEN=<redacted>",
            "https://localhost:8400/?code=0.AXoA&state=42 | https://localhost:8400/?code=<redacted>&state=42",
            "https://contoso.sharepoint.com/file?access_token=abc#top | https://contoso.sharepoint.com/file?access_token=<redacted>#top",
            "scope=openid&mycode=kept&barcode=kept | scope=openid&mycode=kept&barcode=kept"})
    void formFieldsAndQueryParametersWithSecretNamesAreMasked(String text, String expected) {
        assertEquals(expected, redactor.redact(text));
    }

    @Test
    void jsonPropertiesWithSecretNamesAreMaskedAtAnyDepth() {
        String json = """
                {"token_type":"Bearer","access_token":"at-value","refresh_token" : "rt-value",
                 "nested":{"list":[{"password":"pw \\"quoted\\" value","clientSecret":"cs-value"}]},"expires_in":3599}""";

        String redacted = redactor.redact(json);

        assertEquals("""
                {"token_type":"Bearer","access_token":"<redacted>","refresh_token" : "<redacted>",
                 "nested":{"list":[{"password":"<redacted>","clientSecret":"<redacted>"}]},"expires_in":3599}""", redacted);
    }

    @Test
    void aJsonErrorCodeStaysVisible() {
        String error = "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Access token is empty.\"}}";

        assertEquals(error, redactor.redact(error));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%s", "Bearer %s", "{\"id_token\":\"%s\"}", "x=%s;", "token %s expired", "<a>%s</a>"})
    void aJwtIsMaskedWherever(String template) {
        String redacted = redactor.redact(template.formatted(JWT));

        assertFalse(redacted.contains("eyJ"), redacted);
        assertTrue(redacted.contains(Redactor.MASK), redacted);
    }

    @Test
    void aPemPrivateKeyIsMaskedAlsoWhenCutShort() {
        String withKey = "key follows\n" + PEM + "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
        String cut = "{\"key\":\"-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEA";

        assertEquals("key follows\n<redacted>\n-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n", redactor.redact(withKey));
        assertEquals("{\"key\":\"<redacted>", redactor.redact(cut));
    }

    @Test
    void knownSecretsAreMaskedAsTheyAreUrlEncodedAndJsonEscaped() {
        String secret = "p@ss/w\"rd+1";

        String redacted = redactor.redact("said p@ss/w\"rd+1, sent p%40ss%2Fw%22rd%2B1, stored \"p@ss\\/w\\\"rd+1\"", List.of(secret));

        assertEquals("said <redacted>, sent <redacted>, stored \"<redacted>\"", redacted);
    }

    @Test
    void registeredSecretsAreMaskedByEveryLaterRedaction() {
        redactor.register("hunter2-client-secret");
        redactor.register(" ");

        assertEquals("secret is <redacted> here", redactor.redact("secret is hunter2-client-secret here"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Authorization | Bearer eyJabc.eyJdef.ghi | Bearer <redacted>",
            "proxy-authorization | Basic bWVnYW46cHc= | Basic <redacted>",
            "Cookie | FedAuth=77u/PD94; rtFa=abc | <redacted>",
            "Set-Cookie | FedAuth=77u/PD94; path=/ | <redacted>",
            "X-IDENTITY-HEADER | 1f2e3d | <redacted>",
            "secret | 853b9a84-5bfa-4b22 | <redacted>",
            "api-key | 0123456789abcdef | <redacted>",
            "Ocp-Apim-Subscription-Key | 0123456789abcdef | <redacted>",
            "X-Client-Secret | hush | <redacted>",
            "X-Auth-Token | abc | <redacted>",
            "X-Password | pw | <redacted>",
            "Metadata | true | true",
            "Content-Type | application/json | application/json"})
    void secretHeadersAreMasked(String name, String value, String expected) {
        assertEquals(expected, redactor.redactHeader(name, value));
    }

    @Test
    void theSignatureOfASasUrlIsMasked() {
        assertEquals("https://contoso.blob.core.windows.net/c/f?sv=2022-11-02&se=2026-12-01&sp=r&sig=<redacted>",
                redactor.redact("https://contoso.blob.core.windows.net/c/f?sv=2022-11-02&se=2026-12-01&sp=r&sig=Zm9vYmFy%2Bx%3D"));
    }

    @Test
    void theStartOfASecretThatACutLeftBeforeTheEllipsisIsMasked() {
        redactor.register("hunter2-client-secret");
        String cut = ServerText.line("the server echoed hunter2-client-secret", 27);

        assertEquals("the server echoed hunter2-c…", cut);
        assertEquals("the server echoed <redacted>… [code]", redactor.redact(cut + " [code]"));
    }

    @Test
    void aJwtCutShortIsMasked() {
        assertEquals("token <redacted>…", redactor.redact("token " + JWT.substring(0, 60) + "…"));
    }

    @Test
    void textWithoutSecretsIsUnchanged() {
        String text = "GET https://graph.microsoft.com/v1.0/users?$filter=startswith(displayName,'a')&$top=5 -> 200";

        assertEquals(text, redactor.redact(text));
    }

    @org.junit.jupiter.api.Test
    void secretsTooShortToProtectAreNotMaskedSoMessagesStayReadable() {
        Redactor redactor = new Redactor();
        redactor.register("s");

        org.junit.jupiter.api.Assertions.assertEquals("--authType secret signs in as the application",
                redactor.redact("--authType secret signs in as the application"));
    }
}
