package org.o365cli.host.auth.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.oauth2.sdk.id.State;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoopbackReceiverTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void strayRequestsDoNotEndTheSignIn() throws Exception {
        State state = new State();
        try (LoopbackReceiver receiver = LoopbackReceiver.start(state)) {
            assertEquals(404, get(receiver.redirectUri() + "/favicon.ico").statusCode());
            assertEquals(404, get(receiver.redirectUri() + "/").statusCode());

            assertEquals(200, get(receiver.redirectUri() + "/?code=c-1&state=" + state.getValue()).statusCode());

            assertEquals("c-1", receiver.await(Duration.ofSeconds(5), () -> false).getValue());
            assertEquals(409, get(receiver.redirectUri() + "/?code=c-2&state=" + state.getValue()).statusCode());
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
