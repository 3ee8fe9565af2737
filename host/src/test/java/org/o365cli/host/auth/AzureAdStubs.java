package org.o365cli.host.auth;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import java.util.List;
import java.util.Map;

/** Azure AD v2 answers and form reading for WireMock tests. */
public final class AzureAdStubs {

    /** The tenant the tests sign in to. */
    public static final String TENANT = "contoso.onmicrosoft.com";
    /** The token endpoint's path. */
    public static final String TOKEN_PATH = "/" + TENANT + "/oauth2/v2.0/token";
    /** The device authorization endpoint's path. */
    public static final String DEVICE_PATH = "/" + TENANT + "/oauth2/v2.0/devicecode";
    /** An app id. */
    public static final String APP_ID = "31359c7f-bd7e-475c-86db-fdb8c937548e";

    private AzureAdStubs() {
    }

    /** Endpoints of the test tenant on a WireMock base URL. */
    public static Endpoints endpoints(String baseUrl) {
        return Endpoints.azureAd(baseUrl + "/" + TENANT);
    }

    /** A v2 token answer. */
    public static ResponseDefinitionBuilder tokens(String accessToken, String refreshToken, int expiresIn) {
        String refresh = refreshToken == null ? "" : ",\"refresh_token\":\"" + refreshToken + "\"";
        return WireMock.okJson("{\"token_type\":\"Bearer\",\"scope\":\"x\",\"expires_in\":" + expiresIn
                + ",\"ext_expires_in\":" + expiresIn + ",\"access_token\":\"" + accessToken + "\"" + refresh + "}");
    }

    /** An Azure AD error answer with AADSTS code, trace and correlation ids. */
    public static ResponseDefinitionBuilder error(int status, String error, String code, String text) {
        return WireMock.jsonResponse("{\"error\":\"" + error + "\",\"error_description\":\"AADSTS" + code + ": " + text
                + "\\r\\nTrace ID: trace-1\\r\\nCorrelation ID: corr-1\\r\\nTimestamp: 2024-05-01 10:00:00Z\","
                + "\"error_codes\":[" + code + "],\"timestamp\":\"2024-05-01 10:00:00Z\",\"trace_id\":\"trace-1\","
                + "\"correlation_id\":\"corr-1\"}", status);
    }

    /** The form fields of a captured request. */
    public static Map<String, List<String>> form(LoggedRequest request) {
        return URLUtils.parseParameters(request.getBodyAsString());
    }

    /** One form field of a captured request. */
    public static String field(LoggedRequest request, String name) {
        List<String> values = form(request).get(name);
        return values == null ? null : values.get(0);
    }
}
