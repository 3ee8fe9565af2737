package org.o365cli.host.http;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.nio.file.Path;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;

/**
 * The contoso tenant the host's own tests of Graph requests run against: a connection made with a client secret.
 * Plugins' tests use the test kit's {@code GraphTenant} and {@code GraphFailure} instead.
 */
public final class GraphTestTenant {

    /** The access token the tenant issues for Microsoft Graph: an unsigned JWT with the Graph audience. */
    public static final String TOKEN = new PlainJWT(new JWTClaimsSet.Builder()
            .audience("https://graph.microsoft.com").build()).serialize();

    private GraphTestTenant() {
    }

    /** Runs {@code o365 <service> connect} with a client secret against the WireMock tenant, and returns the runner. */
    public static CliRunner connect(AzureWireMock azure, Path root, String service) {
        CliRunner o365 = new CliRunner(root).withEnvironment(azure.environment());
        azure.client().register(post(urlEqualTo("/contoso.onmicrosoft.com/oauth2/v2.0/token"))
                .willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"" + TOKEN + "\"}")));
        Result connect = o365.run(service, "connect", "--authType", "secret", "--appId", "a", "--tenant",
                "contoso.onmicrosoft.com", "--secret", "secret-value");
        assertEquals(0, connect.exitCode(), connect::toString);
        return o365;
    }

    /** Asserts the run failed with exit code 1 and one line on stderr holding {@code message}. */
    public static void assertOneLineError(Result result, String message) {
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("", result.out(), result::toString);
        String err = result.err().trim();
        assertTrue(err.startsWith("Error: ") && err.contains(message), result::toString);
        assertFalse(err.contains("\n"), result::toString);
    }
}
