package org.o365cli.host.auth.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nimbusds.oauth2.sdk.id.State;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.o365cli.auth.O365Exception;

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

    @Test
    void answersWithoutTheStateSentAreIgnoredAndTheRealOneStillCounts() throws Exception {
        State state = new State();
        try (LoopbackReceiver receiver = LoopbackReceiver.start(state)) {
            HttpResponse<String> forged = get(receiver.redirectUri() + "/?code=forged&state=other");
            HttpResponse<String> stateless = get(receiver.redirectUri() + "/?code=forged");
            HttpResponse<String> deniedForged = get(receiver.redirectUri() + "/?error=access_denied&state=other");

            for (HttpResponse<String> page : List.of(forged, stateless, deniedForged)) {
                assertEquals(400, page.statusCode());
                assertTrue(page.body().contains("o365 keeps waiting for the real sign-in"), page.body());
            }
            assertEquals(200, get(receiver.redirectUri() + "/?code=c-1&state=" + state.getValue()).statusCode());
            assertEquals("c-1", receiver.await(Duration.ofSeconds(5), () -> false).getValue());
        }
    }

    @Test
    void aForgedAnswerAloneEndsInTheTimeoutNotAnError() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start(new State())) {
            assertEquals(400, get(receiver.redirectUri() + "/?code=forged&state=other").statusCode());

            O365Exception e = assertThrows(O365Exception.class, () -> receiver.await(Duration.ofMillis(300), () -> false));
            assertTrue(e.getMessage().startsWith("No sign-in arrived from the browser within"), e.getMessage());
        }
    }

    @Test
    void listensOnBothLoopbackAddressesOfTheLocalhostRedirect() throws Exception {
        assumeTrue(ipv6Loopback(), "this machine has no IPv6 loopback");
        State state = new State();
        try (LoopbackReceiver receiver = LoopbackReceiver.start(state)) {
            int port = receiver.redirectUri().getPort();
            assertEquals("localhost", receiver.redirectUri().getHost());
            assertEquals(404, get("http://127.0.0.1:" + port + "/favicon.ico").statusCode());

            assertEquals(200, get("http://[::1]:" + port + "/?code=c-6&state=" + state.getValue()).statusCode());

            assertEquals("c-6", receiver.await(Duration.ofSeconds(5), () -> false).getValue());
        }
    }

    private static boolean ipv6Loopback() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
