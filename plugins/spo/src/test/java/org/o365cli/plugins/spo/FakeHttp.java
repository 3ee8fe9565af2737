package org.o365cli.plugins.spo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.ApiResponse;
import org.o365cli.auth.Http;

/** An {@link Http} for unit tests: records the JSON requests and answers each with the supplier's JSON. */
public final class FakeHttp implements Http {

    private final List<ApiRequest> requests = new ArrayList<>();
    private final Supplier<String> answer;

    /** @param answer the JSON text of the next answer */
    public FakeHttp(Supplier<String> answer) {
        this.answer = answer;
    }

    /** The requests sent so far. */
    public List<ApiRequest> requests() {
        return requests;
    }

    @Override
    public ApiResponse send(ApiRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public JsonNode json(ApiRequest request) {
        requests.add(request);
        try {
            return new ObjectMapper().readTree(answer.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Stream<JsonNode> pages(ApiRequest first) {
        throw new UnsupportedOperationException();
    }
}
