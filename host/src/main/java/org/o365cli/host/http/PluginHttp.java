package org.o365cli.host.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.o365cli.auth.ApiException;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.ApiResponse;
import org.o365cli.auth.Http;
import org.o365cli.auth.TokenMethod;

/**
 * The {@link Http} of a plugin's commands: {@link ApiRequest}s sent through the {@link HttpStack}
 * with tokens from the command's Auth, errors in the API's words, OData paging as a lazy stream.
 */
public final class PluginHttp implements Http {

    private final Supplier<HttpStack> stack;
    private final Function<ApiRequest, TokenSource> tokens;
    private final Supplier<ObjectMapper> json;

    /**
     * @param stack  the HTTP stack, made on first use
     * @param tokens the token source for a request, by its {@link TokenMethod}
     * @param json   the host's mapper
     */
    public PluginHttp(Supplier<HttpStack> stack, Function<ApiRequest, TokenSource> tokens, Supplier<ObjectMapper> json) {
        this.stack = stack;
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    public ApiResponse send(ApiRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url()))
                .method(request.method(), request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        HttpRequest http = builder.build();
        HttpResponse<byte[]> response = request.tokenMethod() == TokenMethod.NONE ? stack.get().send(http)
                : stack.get().send(http, tokens.apply(request));
        if (response.statusCode() >= 400) {
            throw new ApiException(response.statusCode(), ApiErrors.of(response, json.get()));
        }
        java.util.Map<String, java.util.List<String>> headers = new java.util.HashMap<>();
        response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
        return new ApiResponse(response.statusCode(), headers, response.body());
    }

    @Override
    public JsonNode json(ApiRequest request) {
        ApiResponse response = send(request);
        if (response.body().length == 0) {
            return MissingNode.getInstance();
        }
        String type = response.header("content-type").orElse("").toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            throw new ApiException(response.status(), request + " answered with an HTML page instead of JSON; check the URL"
                    + " (a sign-in page or a proxy's error page often means a wrong site or an expired session)");
        }
        try {
            return json.get().readTree(response.body());
        } catch (IOException e) {
            throw new ApiException(response.status(), request + " answered with something that is not JSON");
        }
    }

    @Override
    public Stream<JsonNode> pages(ApiRequest first) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new PageIterator(first, this::json),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
