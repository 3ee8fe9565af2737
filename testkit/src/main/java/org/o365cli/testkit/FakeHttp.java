package org.o365cli.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.o365cli.host.http.PageIterator;

/**
 * An {@link Http} for unit tests: records every request and answers it with what the test's function
 * gives. An answer with a status of 400 or more throws an {@link ApiException}; paging is the host's own
 * (each page read when the previous one is used up, {@code @odata.nextLink} or {@code odata.nextLink}
 * followed on the first page's origin only, a link given twice an error). Retries, tokens, timeouts and
 * the host's wording of API errors are not played here: check them end to end with {@link O365Extension}.
 */
public final class FakeHttp implements Http {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ApiRequest> requests = new ArrayList<>();
    private final Function<ApiRequest, ApiResponse> answers;

    /** @param answers the answer to each request */
    public FakeHttp(Function<ApiRequest, ApiResponse> answers) {
        this.answers = answers;
    }

    /**
     * Answers every request with 200 and the supplier's JSON text.
     *
     * @param json the body of the next answer
     * @return the fake
     */
    public static FakeHttp answeringJson(Supplier<String> json) {
        return new FakeHttp(request -> ok(json.get()));
    }

    /**
     * A 200 answer with a JSON body.
     *
     * @param json the body
     * @return the answer
     */
    public static ApiResponse ok(String json) {
        return new ApiResponse(200, Map.of("Content-Type", List.of("application/json")), json.getBytes(StandardCharsets.UTF_8));
    }

    /** The requests sent so far, in order. */
    public List<ApiRequest> requests() {
        return requests;
    }

    @Override
    public ApiResponse send(ApiRequest request) {
        requests.add(request);
        ApiResponse response = answers.apply(request);
        if (response.status() >= 400) {
            throw new ApiException(response.status(), request.method() + " " + request.url() + " failed with "
                    + response.status() + ": " + response.text());
        }
        return response;
    }

    @Override
    public JsonNode json(ApiRequest request) {
        ApiResponse response = send(request);
        if (response.body().length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new ApiException(response.status(), request.url() + " answered with something that is not JSON");
        }
    }

    @Override
    public Stream<JsonNode> pages(ApiRequest first) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new PageIterator(first, this::json), Spliterator.ORDERED), false);
    }
}
