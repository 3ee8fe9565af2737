package ${package}.${noun};

import static org.junit.jupiter.api.Assertions.assertEquals;

import ${package}.${Service}Service;
import org.junit.jupiter.api.Test;
import org.o365cli.auth.TokenMethod;
import org.o365cli.testkit.FakeCommandContext;
import org.o365cli.testkit.FakeHttp;
import picocli.CommandLine;

/** Unit tests: the request a command sends, without a host. */
class ${Noun}GetCommandTest {

    private final FakeHttp http = new FakeHttp(request -> FakeHttp.ok("{\"id\":\"a/b\",\"name\":\"Adele\"}"));
    private final FakeCommandContext context = new FakeCommandContext("${service}", http).connectedTo(${Service}Service.RESOURCE);

    @Test
    void getsTheItemAtItsEncodedIdWithTheConnectionsToken() {
        ${Noun}GetCommand command = new ${Noun}GetCommand(context);
        new CommandLine(command).parseArgs("--id", "a/b");

        assertEquals("Adele", command.call().get("name").asText());
        assertEquals("GET " + ${Service}Service.RESOURCE + "/api/${noun}s/a%2Fb", http.requests().get(0).toString());
        assertEquals(TokenMethod.ENSURE, http.requests().get(0).tokenMethod());
    }
}
