package org.o365cli.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.o365cli.auth.ApiException;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.ApiResponse;
import org.o365cli.auth.NotConnectedException;
import org.o365cli.auth.ResourceNotDeclaredException;
import org.o365cli.auth.TokenMethod;
import org.o365cli.auth.UsageException;

class FakeCommandContextTest {

    @Test
    void pagesAreReadByTheHostsRulesAndEveryRequestIsRecorded() {
        FakeHttp http = new FakeHttp(request -> FakeHttp.ok(request.url().endsWith("skip=2")
                ? "{\"value\":[{\"id\":\"2\"}]}"
                : "{\"value\":[{\"id\":\"1\"}],\"@odata.nextLink\":\"https://hr.contoso.com/api/employees?skip=2\"}"));

        List<String> ids = http.pages(ApiRequest.get("https://hr.contoso.com/api/employees").withToken(TokenMethod.ENSURE))
                .map(item -> item.get("id").asText()).toList();

        assertEquals(List.of("1", "2"), ids);
        assertEquals("[GET https://hr.contoso.com/api/employees, GET https://hr.contoso.com/api/employees?skip=2]",
                http.requests().toString());
        assertEquals(TokenMethod.ENSURE, http.requests().get(1).tokenMethod());
    }

    @Test
    void aNextLinkToAnotherServerEndsTheListingWithAnError() {
        FakeHttp http = FakeHttp.answeringJson(() -> "{\"value\":[],\"@odata.nextLink\":\"https://evil.example.com/next\"}");

        ApiException error = assertThrows(ApiException.class,
                () -> http.pages(ApiRequest.get("https://hr.contoso.com/api/employees")).toList());
        assertTrue(error.getMessage().contains("another server (evil.example.com)"), error.getMessage());
    }

    @Test
    void anErrorStatusIsAnApiException() {
        FakeHttp http = new FakeHttp(request -> new ApiResponse(404, java.util.Map.of(), "{\"error\":\"nope\"}".getBytes()));

        assertEquals(404, assertThrows(ApiException.class, () -> http.json(ApiRequest.get("https://hr.contoso.com/x"))).status());
    }

    @Test
    void tokensComeForDeclaredResourcesOfAConnectedServiceOnly() {
        FakeCommandContext context = new FakeCommandContext("hr", FakeHttp.answeringJson(() -> "{}"));
        assertThrows(NotConnectedException.class, () -> context.auth().connection());

        context.connectedTo("https://hr.contoso.com").declaring("https://*.sharepoint.com").withProperty("region", "eu");

        assertEquals("https://hr.contoso.com", context.auth().connection().resource().uri());
        assertEquals("eu", context.auth().connection().properties().get("region"));
        assertEquals("https://contoso.sharepoint.com",
                context.auth().getAccessToken("https://contoso.sharepoint.com/sites/x").resource().uri());
        assertThrows(ResourceNotDeclaredException.class, () -> context.auth().getAccessToken("https://graph.microsoft.com"));
    }

    @Test
    void confirmationsAreRefusedAsWithoutATerminalUnlessForcedOrAnswered() {
        FakeCommandContext context = new FakeCommandContext("hr", FakeHttp.answeringJson(() -> "{}"));

        assertTrue(assertThrows(UsageException.class, () -> context.confirm(false, "remove x")).getMessage().contains("--force"));
        assertTrue(context.confirm(true, "remove x"));
        assertFalse(context.answering(false).confirm(false, "remove x"));
    }

    @Test
    void logLinesAndCancellationAreSeen() {
        FakeCommandContext context = new FakeCommandContext("hr", FakeHttp.answeringJson(() -> "{}"));
        context.log().info("working");
        context.cancel();

        assertEquals(List.of("info: working"), context.logged());
        assertTrue(context.cancellation().isCancelled());
    }
}
