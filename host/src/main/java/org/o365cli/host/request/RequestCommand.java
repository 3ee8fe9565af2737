package org.o365cli.host.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.o365cli.auth.ApiException;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.Authentication;
import org.o365cli.host.auth.ConnectionAuth;
import org.o365cli.host.auth.ConnectionPicker;
import org.o365cli.host.http.ApiErrors;
import org.o365cli.host.http.HttpStack;
import org.o365cli.host.output.RawText;
import org.o365cli.host.store.StoredConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code o365 request}: any API call with the right token for the URL's resource, through the
 * same HTTP stack as every command (retries, proxy, tracing, tokens only to their origin).
 */
@Command(name = "request", description = "Call any API behind Azure AD with a token for its URL's resource.",
        footer = {"", "URL prefixes: @graph = https://graph.microsoft.com/v1.0 (of your cloud), @graphbeta = …/beta,",
                "@spo = the site your spo connection is to.", "", "Examples:",
                "  o365 request --url @graph/me",
                "  o365 request --url @spo/_api/web --header 'accept: application/json;odata=nometadata'",
                "  o365 request --url @graph/groups --method post --body '{\"displayName\":\"x\"}' --header 'content-type: application/json'"})
public final class RequestCommand implements Callable<Object> {

    @Option(names = {"-u", "--url"}, required = true, paramLabel = "<url>", description = "The URL to call; @graph, @graphbeta and @spo prefixes allowed.")
    String url;

    @Option(names = {"-m", "--method"}, defaultValue = "GET", paramLabel = "<method>", description = "The HTTP method; default ${DEFAULT-VALUE}.")
    String method;

    @Option(names = {"-b", "--body"}, paramLabel = "<text>", description = "The request body.")
    String body;

    @Option(names = {"-f", "--filePath"}, paramLabel = "<file>",
            description = "A file whose content is the request body, up to httpMaxBodyMiB (default 100 MiB).")
    Path filePath;

    @Option(names = "--header", paramLabel = "<name: value>", description = "A request header; repeat for more.")
    List<String> headers = List.of();

    @Option(names = "--resource", paramLabel = "<resource>", description = "The resource to get a token for; by default the URL's.")
    String resource;

    @Option(names = "--service", paramLabel = "<service>", description = "The connection to use; by default the one for the URL's resource.")
    String service;

    @Spec
    CommandSpec spec;

    private final ConnectionPicker picker;
    private final Authentication authentication;
    private final Supplier<HttpStack> http;
    private final Supplier<ObjectMapper> json;

    /**
     * @param picker         chooses the connection
     * @param authentication gives its Auth
     * @param http           the HTTP stack, made on first use
     * @param json           the JSON mapper
     */
    public RequestCommand(ConnectionPicker picker, Authentication authentication, Supplier<HttpStack> http,
                          Supplier<ObjectMapper> json) {
        this.picker = picker;
        this.authentication = authentication;
        this.http = http;
        this.json = json;
    }

    @Override
    public Object call() throws IOException {
        if (body != null && filePath != null) {
            throw new ParameterException(spec.commandLine(), "Give --body or --filePath, not both");
        }
        URI target = URI.create(expand(url));
        Resource tokenResource = resource != null ? picker.resolve(resource, service) : Resource.fromUrl(target.toString());
        StoredConnection connection = picker.pick(tokenResource, service);
        ConnectionAuth auth = authentication.forUser(connection);
        HttpRequest request = request(target);
        HttpResponse<byte[]> response = http.get().send(request, forceNew -> auth.getAccessToken(tokenResource.uri(), forceNew));
        if (response.statusCode() >= 400) {
            throw new ApiException(response.statusCode(), ApiErrors.of(response, json.get()));
        }
        return result(response);
    }

    private String expand(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("@graphbeta")) {
            return picker.resolve("graph", service) + "/beta" + value.substring("@graphbeta".length());
        }
        if (lower.startsWith("@graph")) {
            return picker.resolve("graph", service) + "/v1.0" + value.substring("@graph".length());
        }
        if (lower.startsWith("@spo")) {
            StoredConnection spo = picker.pick(picker.resolve("sharepoint", service), service);
            String site = spo.properties().getOrDefault("url", spo.resource());
            return (site.endsWith("/") ? site.substring(0, site.length() - 1) : site) + value.substring("@spo".length());
        }
        try {
            Resource.fromUrl(value);
            return value;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid --url: " + e.getMessage());
        }
    }

    private HttpRequest request(URI target) throws IOException {
        HttpRequest.BodyPublisher publisher = body != null ? HttpRequest.BodyPublishers.ofString(body)
                : filePath != null ? HttpRequest.BodyPublishers.ofByteArray(readBody())
                : HttpRequest.BodyPublishers.noBody();
        HttpRequest.Builder builder = HttpRequest.newBuilder(target).method(method.toUpperCase(Locale.ROOT), publisher);
        boolean accept = false;
        for (String header : headers) {
            int colon = header.indexOf(':');
            if (colon <= 0) {
                throw new ParameterException(spec.commandLine(), "Invalid --header '" + header + "': use 'Name: value'");
            }
            String name = header.substring(0, colon).trim();
            accept |= name.equalsIgnoreCase("accept");
            try {
                builder.header(name, header.substring(colon + 1).trim());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "Invalid --header '" + name + "': " + e.getMessage());
            }
        }
        if (!accept) {
            builder.header("Accept", "application/json");
        }
        return builder.build();
    }

    private byte[] readBody() {
        try {
            // The body is held in memory to be sent again on a retry: a file past the limit is refused, not read.
            long limit = http.get().maxBodyBytes();
            if (Files.size(filePath) > limit) {
                throw new O365Exception("--filePath " + filePath + " is larger than the " + limit / (1024 * 1024) + " MiB a request body"
                        + " may have; raise httpMaxBodyMiB (o365 cli config set httpMaxBodyMiB <MiB>) to send it");
            }
            return Files.readAllBytes(filePath);
        } catch (IOException e) {
            throw new O365Exception("Cannot read --filePath " + filePath + ": " + e.getMessage());
        }
    }

    private Object result(HttpResponse<byte[]> response) throws IOException {
        if (response.body().length == 0) {
            return null;
        }
        String type = response.headers().firstValue("content-type").orElse("").toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return json.get().readTree(response.body());
        }
        return new RawText(new String(response.body(), StandardCharsets.UTF_8));
    }
}
