package org.o365cli.host.auth.federated;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.auth.aad.JsonExchange;
import org.o365cli.host.auth.aad.JsonReply;

/**
 * Fetches the OIDC token a CI system issues to a running job, which Azure AD takes as a
 * federated credential: GitHub Actions ({@code ACTIONS_ID_TOKEN_REQUEST_URL},
 * {@code ACTIONS_ID_TOKEN_REQUEST_TOKEN}) or Azure DevOps ({@code SYSTEM_OIDCREQUESTURI},
 * {@code SYSTEM_ACCESSTOKEN}, {@code AZURESUBSCRIPTION_SERVICE_CONNECTION_ID}).
 */
public final class FederatedAssertion {

    /** The GitHub Actions provider name. */
    public static final String GITHUB = "github";
    /** The Azure DevOps provider name. */
    public static final String AZURE_DEVOPS = "azuredevops";

    private static final String AUDIENCE = "api://AzureADTokenExchange";
    private static final List<String> GITHUB_VARIABLES = List.of("ACTIONS_ID_TOKEN_REQUEST_URL", "ACTIONS_ID_TOKEN_REQUEST_TOKEN");
    private static final List<String> DEVOPS_VARIABLES = List.of("SYSTEM_OIDCREQUESTURI", "SYSTEM_ACCESSTOKEN",
            "AZURESUBSCRIPTION_SERVICE_CONNECTION_ID");

    private final JsonExchange exchange;

    /** @param exchange how requests reach the network */
    public FederatedAssertion(JsonExchange exchange) {
        this.exchange = exchange;
    }

    /**
     * @param provider {@link #GITHUB}, {@link #AZURE_DEVOPS}, or null to tell from the environment
     * @param env      the process environment
     * @return the provider's OIDC token
     * @throws O365Exception naming the missing environment variables, or when the provider refuses
     */
    public String fetch(String provider, Map<String, String> env) {
        String chosen = provider == null || provider.isBlank() ? detect(env) : provider.strip().toLowerCase(Locale.ROOT);
        return switch (chosen) {
            case GITHUB -> github(env);
            case AZURE_DEVOPS -> azureDevOps(env);
            default -> throw new O365Exception("Unknown federated identity provider '" + provider + "': use "
                    + GITHUB + " or " + AZURE_DEVOPS);
        };
    }

    private static String detect(Map<String, String> env) {
        if (present(env, "ACTIONS_ID_TOKEN_REQUEST_URL")) {
            return GITHUB;
        }
        if (present(env, "SYSTEM_OIDCREQUESTURI")) {
            return AZURE_DEVOPS;
        }
        throw new O365Exception("No federated identity found in the environment: in GitHub Actions set"
                + " 'permissions: id-token: write' so that " + String.join(" and ", GITHUB_VARIABLES)
                + " are set; in Azure DevOps use an Azure service connection so that " + String.join(", ", DEVOPS_VARIABLES)
                + " are set");
    }

    private String github(Map<String, String> env) {
        requireVariables(env, GITHUB_VARIABLES, "GitHub Actions", "add 'permissions: id-token: write' to the workflow");
        String url = env.get("ACTIONS_ID_TOKEN_REQUEST_URL");
        url += (url.contains("?") ? "&" : "?") + "audience=" + URLEncoder.encode(AUDIENCE, StandardCharsets.UTF_8);
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.GET, URI.create(url));
        request.setAuthorization("Bearer " + env.get("ACTIONS_ID_TOKEN_REQUEST_TOKEN"));
        request.setAccept("application/json");
        return token(exchange.send(request, "the GitHub Actions ID token endpoint"), "value", "GitHub Actions");
    }

    private String azureDevOps(Map<String, String> env) {
        requireVariables(env, DEVOPS_VARIABLES, "Azure DevOps", "run the step with an Azure service connection"
                + " and map SYSTEM_ACCESSTOKEN into its environment");
        String url = env.get("SYSTEM_OIDCREQUESTURI");
        url += (url.contains("?") ? "&" : "?") + "api-version=7.1&serviceConnectionId="
                + URLEncoder.encode(env.get("AZURESUBSCRIPTION_SERVICE_CONNECTION_ID"), StandardCharsets.UTF_8);
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, URI.create(url));
        request.setAuthorization("Bearer " + env.get("SYSTEM_ACCESSTOKEN"));
        request.setEntityContentType(com.nimbusds.common.contenttype.ContentType.APPLICATION_JSON);
        request.setAccept("application/json");
        return token(exchange.send(request, "the Azure DevOps OIDC token endpoint"), "oidcToken", "Azure DevOps");
    }

    private static String token(JsonReply reply, String field, String provider) {
        if (!reply.ok()) {
            throw new O365Exception(provider + " refused to issue an OIDC token (HTTP " + reply.status()
                    + "): check the job's permissions to request ID tokens");
        }
        String token = reply.text(field);
        if (token == null || token.isBlank()) {
            throw new O365Exception(provider + " answered without an OIDC token (no '" + field + "' field)");
        }
        return token;
    }

    private static void requireVariables(Map<String, String> env, List<String> names, String provider, String hint) {
        List<String> missing = names.stream().filter(name -> !present(env, name)).toList();
        if (!missing.isEmpty()) {
            throw new O365Exception(provider + " federated identity needs " + String.join(", ", missing)
                    + " in the environment: " + hint);
        }
    }

    private static boolean present(Map<String, String> env, String name) {
        return env.get(name) != null && !env.get(name).isBlank();
    }
}
