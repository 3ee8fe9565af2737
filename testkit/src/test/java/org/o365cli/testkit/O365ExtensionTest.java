package org.o365cli.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.o365cli.auth.ServicePlugin;
import org.o365cli.host.plugin.TestPluginJar;

/** The runner loads a real pack archive through PF4J and runs it on the sandbox with its API stubbed. */
class O365ExtensionTest {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forPack(PackUnderTest.of(hrPack())).withApi("https://hr.contoso.com");

    @Test
    void aPagedListSignsInOnTheSandboxAndReachesTheStubsAtTheProductionUrlWithATokenForTheApi() throws Exception {
        o365.stubs().register(get(urlEqualTo("/api/employees")).withHost(equalTo("hr.contoso.com"))
                .willReturn(okJson("{\"value\":[{\"id\":\"1\"}],\"@odata.nextLink\":\"https://hr.contoso.com/api/employees?$skiptoken=2\"}")));
        o365.stubs().register(get(urlEqualTo("/api/employees?$skiptoken=2")).withHost(equalTo("hr.contoso.com"))
                .willReturn(okJson("{\"value\":[{\"id\":\"2\"}]}")));

        RunResult connect = o365.run("hr", "connect", "--sandbox");
        assertEquals(0, connect.exitCode(), connect::toString);
        assertTrue(connect.requests().isEmpty(), "sign-in stays in the sandbox: " + connect);
        RunResult list = o365.run("hr", "employee", "list", "-o", "json");

        assertEquals(0, list.exitCode(), list::toString);
        assertEquals("[{\"id\":\"1\"},{\"id\":\"2\"}]", list.json().toString());
        assertEquals("[GET https://hr.contoso.com/api/employees, GET https://hr.contoso.com/api/employees?$skiptoken=2]",
                list.requests().toString());
        String token = list.requests().get(0).header("authorization").orElseThrow().substring("Bearer ".length());
        assertEquals("https://hr.contoso.com", SignedJWT.parse(token).getJWTClaimsSet().getAudience().get(0));
    }

    @Test
    void thePackIsLoadedThroughPf4jFromItsArchiveNotFromTheClassPath() {
        RunResult plugins = o365.run("plugins", "list", "-o", "json");

        assertEquals(0, plugins.exitCode(), plugins::toString);
        JsonNode pack = null;
        for (JsonNode plugin : plugins.json()) {
            if (plugin.path("id").asText().equals("hr-pack")) {
                pack = plugin;
            }
            assertTrue(!plugin.path("id").asText().equals("classpath"), plugins::toString);
        }
        assertTrue(pack != null && pack.path("state").asText().equals("started"), plugins::toString);
        assertTrue(pack.toString().contains("hr-pack.jar"), pack::toString);
    }

    @Test
    void eachTestHasItsOwnHomeAndAnUnstubbedRequestIsA404ThatNeverLeavesTheMachine() {
        assertTrue(Files.notExists(o365.home().resolve("connections.json")));
        assertEquals(0, o365.run("hr", "connect", "--sandbox").exitCode());

        RunResult get = o365.run("hr", "employee", "get", "--id", "7");

        assertEquals(1, get.exitCode(), get::toString);
        assertTrue(get.err().startsWith("Error: "), get::toString);
        assertEquals("GET https://hr.contoso.com/api/employees/7", get.requests().get(0).toString());
    }

    @Test
    void aProcessOfItsOwnRunsThePackWithThisTestsHomeAndStubs() throws Exception {
        o365.stubs().register(get(urlEqualTo("/api/employees/7")).withHost(equalTo("hr.contoso.com"))
                .willReturn(okJson("{\"id\":\"7\"}")));
        assertEquals(0, o365.run("hr", "connect", "--sandbox").exitCode());
        Path out = Files.createTempFile("o365-process", ".out");
        Path err = Files.createTempFile("o365-process", ".err");

        Process process = o365.process("hr", "employee", "get", "--id", "7").redirectOutput(out.toFile()).redirectError(err.toFile()).start();

        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the process ended");
        assertEquals(0, process.exitValue(), () -> readString(err));
        assertEquals("{\"id\":\"7\"}", new ObjectMapper().readTree(out.toFile()).toString());
        assertEquals(1, o365.stubs().find(getRequestedFor(urlEqualTo("/api/employees/7"))).size());
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path hrPack() {
        try {
            return TestPluginJar.withId("hr-pack")
                    .source("test.hr.HrService", """
                            package test.hr;
                            import java.util.List;
                            import org.o365cli.auth.*;
                            public class HrService implements ServicePlugin {
                                public String name() { return "hr"; }
                                public String description() { return "Contoso HR"; }
                                public List<String> declaredResources() { return List.of("https://hr.contoso.com"); }
                                public ConnectResource connectResource() { return ConnectResource.fixed("https://hr.contoso.com"); }
                                public List<Class<?>> commandClasses() { return List.of(EmployeeCommand.class); }
                            }
                            """)
                    .source("test.hr.EmployeeCommand", """
                            package test.hr;
                            import picocli.CommandLine.Command;
                            @Command(name = "employee", subcommands = {EmployeeListCommand.class, EmployeeGetCommand.class})
                            public class EmployeeCommand { }
                            """)
                    .source("test.hr.EmployeeListCommand", """
                            package test.hr;
                            import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
                            import java.util.stream.Stream;
                            import org.o365cli.auth.*;
                            import picocli.CommandLine.Command;
                            @Command(name = "list")
                            public class EmployeeListCommand implements java.util.concurrent.Callable<Stream<JsonNode>> {
                                private final CommandContext context;
                                public EmployeeListCommand(CommandContext context) { this.context = context; }
                                public Stream<JsonNode> call() {
                                    return context.http().pages(ApiRequest.get(ApiUrl.onConnection(context, "/api/employees").toString())
                                            .withToken(TokenMethod.ENSURE));
                                }
                            }
                            """)
                    .source("test.hr.EmployeeGetCommand", """
                            package test.hr;
                            import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
                            import org.o365cli.auth.*;
                            import picocli.CommandLine.Command;
                            import picocli.CommandLine.Option;
                            @Command(name = "get")
                            public class EmployeeGetCommand implements java.util.concurrent.Callable<JsonNode> {
                                @Option(names = "--id", required = true) String id;
                                private final CommandContext context;
                                public EmployeeGetCommand(CommandContext context) { this.context = context; }
                                public JsonNode call() {
                                    return context.http().json(ApiRequest.get(ApiUrl.onConnection(context, "/api/employees").segment(id)
                                            .toString()).withToken(TokenMethod.ENSURE));
                                }
                            }
                            """)
                    .service(ServicePlugin.class, "test.hr.HrService")
                    .writeTo(Files.createTempDirectory("hr-pack"), "hr-pack.jar");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
