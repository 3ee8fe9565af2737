package ${package}.${noun};

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ${package}.${Service}Service;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

/** End to end: o365 with this pack as built, signed in on the sandbox tenant, the API stubbed at its own URL. */
class ${Noun}CommandsIT {

    private static final String HOST = URI.create(${Service}Service.RESOURCE).getHost();

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack().withApi(${Service}Service.RESOURCE);

    @BeforeEach
    void connect() {
        RunResult connect = o365.run("${service}", "connect", "--sandbox");
        assertEquals(0, connect.exitCode(), connect::toString);
    }

    @Test
    void listFollowsTheNextPageLinkAndPrintsEveryItem() {
        o365.stubs().register(get(urlEqualTo("/api/${noun}s")).withHost(equalTo(HOST)).willReturn(okJson(
                "{\"value\":[{\"id\":\"1\",\"name\":\"Adele\"}],\"@odata.nextLink\":\"" + ${Service}Service.RESOURCE + "/api/${noun}s?page=2\"}")));
        o365.stubs().register(get(urlEqualTo("/api/${noun}s?page=2")).withHost(equalTo(HOST)).willReturn(okJson(
                "{\"value\":[{\"id\":\"2\",\"name\":\"Alex\"}]}")));

        RunResult list = o365.run("${service}", "${noun}", "list", "-o", "json");

        assertEquals(0, list.exitCode(), list::toString);
        assertEquals("[{\"id\":\"1\",\"name\":\"Adele\"},{\"id\":\"2\",\"name\":\"Alex\"}]", list.json().toString());
        assertEquals(2, list.requests().size());
        assertTrue(list.requests().get(0).header("Authorization").orElseThrow().startsWith("Bearer "));
    }

    @Test
    void getOfAMissingItemIsAnErrorOnOneLine() {
        o365.stubs().register(get(urlEqualTo("/api/${noun}s/42")).withHost(equalTo(HOST)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"code\":\"NotFound\",\"message\":\"No such ${noun}.\"}}")));

        RunResult get = o365.run("${service}", "${noun}", "get", "--id", "42");

        assertEquals(1, get.exitCode(), get::toString);
        assertTrue(get.err().startsWith("Error: ") && get.err().strip().lines().count() == 1, get::toString);
        assertEquals("GET " + ${Service}Service.RESOURCE + "/api/${noun}s/42", get.requests().get(0).toString());
    }
}
