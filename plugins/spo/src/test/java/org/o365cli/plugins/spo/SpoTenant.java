package org.o365cli.plugins.spo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.Date;
import org.o365cli.host.config.JsonMapper;
import org.o365cli.host.store.ConnectionStore;
import org.o365cli.host.store.StoredConnection;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

/**
 * The contoso tenant as the spo tests meet it: Azure AD's token endpoint, the admin site's
 * contextinfo and tenant query, and {@code o365 spo connect} run against them.
 */
public final class SpoTenant {

    public static final String ADMIN = "https://contoso-admin.sharepoint.com";
    public static final String ROOT = "https://contoso.sharepoint.com";
    public static final String ADMIN_HOST = "contoso-admin.sharepoint.com";
    public static final String ROOT_HOST = "contoso.sharepoint.com";
    public static final String TOKEN_PATH = "/contoso.onmicrosoft.com/oauth2/v2.0/token";
    public static final String TENANT_ID = "c8e761e2-d528-34d1-8776-dc51157d619a";
    /** The Tenant's {@code _ObjectIdentity_}, as SharePoint gives it. */
    public static final String TENANT_IDENTITY = "fcc9b5e4-1b1d-4c2d-8000-9b5e1c1d7a39|908bed80-a04a-4433-b4a0-883d9847d110:"
            + TENANT_ID + "\nTenant";
    public static final String ADMIN_TOKEN = jwt(ADMIN);
    public static final String ROOT_TOKEN = jwt(ROOT);
    public static final String ADMIN_DIGEST = "0x1111,28 Nov 2026 04:30:00 -0000";
    public static final String REFRESH_TOKEN = "rt-1";
    /** The TraceCorrelationId of CSOM errors. */
    public static final String CORRELATION_ID = "5d3b1f9f-e07e-0000-2cdb-c4a3b1e0a2f5";

    private final O365Extension o365;

    /**
     * Stubs Azure AD: the password grant answers with a token for the scope's site, a refresh for
     * contoso.sharepoint.com with a root site token.
     */
    public SpoTenant(O365Extension o365) {
        this.o365 = o365;
        o365.stubs().register(post(urlEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=password"))
                .withRequestBody(containing("contoso-admin.sharepoint.com"))
                .willReturn(okJson(tokenResponse(ADMIN_TOKEN, REFRESH_TOKEN))));
        o365.stubs().register(post(urlEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=password"))
                .withRequestBody(containing("contoso.sharepoint.com"))
                .willReturn(okJson(tokenResponse(ROOT_TOKEN, REFRESH_TOKEN))));
        o365.stubs().register(post(urlEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("contoso.sharepoint.com"))
                .willReturn(okJson(tokenResponse(ROOT_TOKEN, "rt-rotated"))));
    }

    /** The stubs' client. */
    public WireMock wiremock() {
        return o365.stubs();
    }

    /** Connects spo to the admin site, its contextinfo and tenant query stubbed; asserts it worked. */
    public RunResult connectToAdminSite() {
        o365.stubs().register(contextInfo(ADMIN_HOST, "").willReturn(digest(ADMIN_DIGEST)));
        o365.stubs().register(post(urlEqualTo("/_vti_bin/client.svc/ProcessQuery")).withHost(equalTo(ADMIN_HOST))
                .withRequestBody(containing("SelectAllProperties")).willReturn(okJson(tenantAnswer())));
        RunResult result = connect(ADMIN);
        assertEquals(0, result.exitCode(), result::toString);
        return result;
    }

    /** Runs {@code o365 spo connect <siteUrl>} with a password. */
    public RunResult connect(String siteUrl) {
        return o365.run("spo", "connect", siteUrl, "--authType", "password", "--appId", "a",
                "--tenant", "contoso.onmicrosoft.com", "-u", "admin@contoso.com", "-p", "pw");
    }

    /** Runs o365. */
    public RunResult run(String... args) {
        return o365.run(args);
    }

    /**
     * The spo connection as {@code connections.json} keeps it, read with the host's own store: the test kit has no
     * view of stored connections, and these tests check fields (tokens, expiry) that no command prints.
     */
    public StoredConnection storedConnection() {
        return new ConnectionStore(o365.home(), new JsonMapper()).get("spo").orElseThrow();
    }

    /** A stub of {@code POST <site path>/_api/contextinfo} on a host. */
    public static MappingBuilder contextInfo(String host, String sitePath) {
        return post(urlEqualTo(sitePath + "/_api/contextinfo")).withHost(equalTo(host));
    }

    /** A contextinfo answer with a digest valid 30 minutes, flat as {@code Accept: application/json;odata=nometadata} has it. */
    public static ResponseDefinitionBuilder digest(String value) {
        return okJson("{\"FormDigestTimeoutSeconds\":1800,\"FormDigestValue\":\"" + value + "\",\"LibraryVersion\":\"16.0.23401.12003\","
                + "\"SupportedSchemaVersions\":[\"14.0.0.0\",\"15.0.0.0\"]}");
    }

    /** A CSOM answer for a request that succeeded, with more elements after the first. */
    public static String csomOk(String... more) {
        return "[{\"SchemaVersion\":\"15.0.0.0\",\"LibraryVersion\":\"16.0.20315.12009\",\"ErrorInfo\":null,"
                + "\"TraceCorrelationId\":\"5d3b1f9f-e07e-0000-2cdb-c4a3b1e0a2f5\"}" + (more.length == 0 ? "" : "," + String.join(",", more)) + "]";
    }

    /** A CSOM answer reporting an error. */
    public static String csomError(String message, int code, String type) {
        return "[{\"SchemaVersion\":\"15.0.0.0\",\"LibraryVersion\":\"16.0.20315.12009\",\"ErrorInfo\":{\"ErrorMessage\":\""
                + message + "\",\"ErrorValue\":null,\"TraceCorrelationId\":\"" + CORRELATION_ID + "\",\"ErrorCode\":" + code
                + ",\"ErrorTypeName\":\"" + type + "\"},\"TraceCorrelationId\":\"" + CORRELATION_ID + "\"}]";
    }

    /** SharePoint's 403 in OData's words. */
    public static ResponseDefinitionBuilder accessDenied() {
        return aResponse().withStatus(403).withHeader("Content-Type", "application/json;odata=nometadata")
                .withBody("{\"odata.error\":{\"code\":\"-2147024891, System.UnauthorizedAccessException\","
                        + "\"message\":{\"lang\":\"en-US\",\"value\":\"Access denied.\"}}}");
    }

    /** SharePoint's 404 for a missing file or site, in OData's nometadata words. */
    public static ResponseDefinitionBuilder fileNotFound() {
        return aResponse().withStatus(404).withHeader("Content-Type", "application/json;odata=nometadata")
                .withBody("{\"odata.error\":{\"code\":\"-2147024894, System.IO.FileNotFoundException\","
                        + "\"message\":{\"lang\":\"en-US\",\"value\":\"File Not Found.\"}}}");
    }

    /** The answer to a POST whose action returns nothing, with {@code Accept: application/json;odata=nometadata}. */
    public static ResponseDefinitionBuilder nothingReturned() {
        return okJson("{\"odata.null\":true}");
    }

    /** The audience of the bearer token in an Authorization header. */
    public static String audience(String authorization) {
        try {
            return JWTParser.parse(authorization.substring("Bearer ".length())).getJWTClaimsSet().getAudience().get(0);
        } catch (ParseException e) {
            throw new AssertionError("not a JWT: " + authorization, e);
        }
    }

    /**
     * The CSOM answer to the tenant query (ObjectPath action 1, Query action 2), as SharePoint gives it:
     * the ObjectPath's own {@code {"IsNull":false}} pair, then the Tenant object.
     */
    public static String tenantAnswer() {
        return csomOk("1", "{\"IsNull\":false}", "2", "{\"_ObjectType_\":\"Microsoft.Online.SharePoint.TenantAdministration.Tenant\","
                + "\"_ObjectIdentity_\":\"" + TENANT_IDENTITY.replace("\n", "\\n") + "\",\"AllowDownloadingNonWebViewableFiles\":true}");
    }

    /** An access token for a resource. */
    public static String jwt(String audience) {
        return new PlainJWT(new JWTClaimsSet.Builder().audience(audience).claim("upn", "admin@contoso.com")
                .issuer("https://sts.windows.net/tid-1/").claim("tid", "tid-1")
                .expirationTime(new Date(System.currentTimeMillis() + 3_600_000L)).build()).serialize();
    }

    /** A token endpoint answer. */
    public static String tokenResponse(String accessToken, String refreshToken) {
        return "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"" + accessToken + "\",\"refresh_token\":\""
                + refreshToken + "\"}";
    }
}
