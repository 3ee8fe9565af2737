package org.o365cli.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.o365cli.auth.ServicePlugin;
import org.o365cli.host.plugin.TestPluginJar;

/**
 * The Graph tenant played by the stubs, the one-line error check, the permission check, and runs at a terminal or
 * with more variables, through a pack whose service calls Microsoft Graph.
 */
class GraphTenantTest {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forPack(PackUnderTest.of(peoplePack()));

    @BeforeEach
    void connect() {
        RunResult connect = GraphTenant.connect(o365, "people");
        assertTrue(connect.requests().toString().contains("POST https://login.microsoftonline.com" + GraphTenant.TOKEN_PATH), connect::toString);
    }

    @Test
    void pagesAreServedInGraphsShapeAndFollowedWithTheTenantsToken() {
        GraphTenant.stubPages(o365.stubs(), "/v1.0/users", 5, 2);

        RunResult list = o365.run("people", "user", "list", "-o", "csv");

        assertEquals("id,displayName\n1,Item 1\n2,Item 2\n3,Item 3\n4,Item 4\n5,Item 5\n", list.out(), list::toString);
        assertEquals("[GET https://graph.microsoft.com/v1.0/users, GET https://graph.microsoft.com/v1.0/users?$skiptoken=3,"
                + " GET https://graph.microsoft.com/v1.0/users?$skiptoken=5]", list.requests().toString());
        o365.stubs().verifyThat(3, GraphTenant.withGraphHeaders(getRequestedFor(urlMatching("/v1.0/users.*"))));
    }

    @Test
    void anEmptyCollectionIsOnePageWithNoItems() {
        GraphTenant.stubPages(o365.stubs(), "/v1.0/users", 0, 10);

        assertEquals("[]", o365.run("people", "user", "list").json().toString());
    }

    @Test
    void throttlingIsAnsweredOnceThenTheAnswer() {
        GraphTenant.stubThrottledThenOk(o365.stubs(), () -> get(urlEqualTo("/v1.0/users")), okJson(GraphTenant.page(null, "{\"id\":\"1\"}")));

        RunResult list = o365.run("people", "user", "list");

        assertEquals("[{\"id\":\"1\"}]", list.json().toString(), list::toString);
        assertEquals(2, list.requests().size(), list::toString);
    }

    @ParameterizedTest
    @EnumSource(GraphFailure.class)
    void everyFailureIsTheOneLineErrorItsMessageSays(GraphFailure failure) {
        o365.stubs().register(get(urlEqualTo("/v1.0/users")).willReturn(failure.response()));

        o365.run("people", "user", "list").assertOneLineError(failure.message());
    }

    @Test
    void aSuccessOrAnotherErrorIsNotTheOneLineErrorAsked() {
        GraphTenant.stubPages(o365.stubs(), "/v1.0/users", 1, 10);

        assertThrows(AssertionError.class, () -> o365.run("people", "user", "list").assertOneLineError(""));
        assertThrows(AssertionError.class, () -> new RunResult(1, "", "Error: a\nb\n", List.of()).assertOneLineError("a"));
        assertThrows(AssertionError.class, () -> new RunResult(2, "", "Error: a\n", List.of()).assertOneLineError("a"));
    }

    @Test
    void aConfirmationIsAnsweredWithWhatIsTypedAndRefusedWithoutATerminal() {
        assertEquals("removed 7\n", o365.runTyping("y\n", "people", "user", "remove", "--id", "7", "-o", "text").out());
        assertEquals("kept 7\n", o365.runTyping("n\n", "people", "user", "remove", "--id", "7", "-o", "text").out());
        assertEquals(2, o365.run("people", "user", "remove", "--id", "7").exitCode());
    }

    @Test
    void variablesOfOneRunOverrideTheKitsAndAreGoneInTheNext() {
        GraphTenant.stubPages(o365.stubs(), "/v1.0/users", 1, 10);

        RunResult deadProxy = o365.runWithEnvironment(Map.of("HTTPS_PROXY", "http://127.0.0.1:9"), "people", "user", "list");
        RunResult next = o365.run("people", "user", "list");

        assertEquals(1, deadProxy.exitCode(), deadProxy::toString);
        assertEquals(List.of(), deadProxy.requests());
        assertEquals(0, next.exitCode(), next::toString);
        assertEquals(1, next.requests().size(), next::toString);
    }

    @Test
    void commandsWithoutPermissionsOrWhoseHelpHidesThemAreListed() throws Exception {
        ClassLoader pack = new java.net.URLClassLoader(new java.net.URL[] {peoplePack().toUri().toURL()}, getClass().getClassLoader());
        Class<?> group = pack.loadClass("test.people.UserCommand");

        assertEquals(List.of("people user remove (test.people.UserRemoveCommand) declares no @Permission"),
                CommandPermissions.undeclared(o365, "people", List.of(group)));
        assertEquals(CommandPermissions.section("https://graph.microsoft.com", "User.Read.All", "User.Read.All"),
                CommandPermissions.shown(o365, "people user list"));
        assertEquals(List.of("people user list", "people user remove"), List.copyOf(CommandPermissions.leaves("people", List.of(group)).keySet()));
    }

    private static Path peoplePack() {
        try {
            return TestPluginJar.withId("people-pack")
                    .source("test.people.PeopleService", """
                            package test.people;
                            import java.util.List;
                            import org.o365cli.auth.*;
                            public class PeopleService implements ServicePlugin {
                                public String name() { return "people"; }
                                public String description() { return "People, in Microsoft Graph"; }
                                public List<String> declaredResources() { return List.of("https://graph.microsoft.com"); }
                                public ConnectResource connectResource() { return ConnectResource.fixed("https://graph.microsoft.com"); }
                                public List<Class<?>> commandClasses() { return List.of(UserCommand.class); }
                            }
                            """)
                    .source("test.people.UserCommand", """
                            package test.people;
                            import picocli.CommandLine.Command;
                            @Command(name = "user", subcommands = {UserListCommand.class, UserRemoveCommand.class})
                            public class UserCommand { }
                            """)
                    .source("test.people.UserListCommand", """
                            package test.people;
                            import com.fasterxml.jackson.databind.JsonNode;
                            import java.util.stream.Stream;
                            import org.o365cli.auth.*;
                            import picocli.CommandLine.Command;
                            @Command(name = "list")
                            @Permission(resource = "https://graph.microsoft.com", delegated = "User.Read.All", application = "User.Read.All")
                            public class UserListCommand implements java.util.concurrent.Callable<Stream<JsonNode>> {
                                private final CommandContext context;
                                public UserListCommand(CommandContext context) { this.context = context; }
                                public Stream<JsonNode> call() {
                                    return context.http().pages(ApiRequest.get(ApiUrl.onConnection(context, "/v1.0/users").toString())
                                            .withToken(TokenMethod.ENSURE));
                                }
                            }
                            """)
                    .source("test.people.UserRemoveCommand", """
                            package test.people;
                            import org.o365cli.auth.*;
                            import picocli.CommandLine.Command;
                            import picocli.CommandLine.Option;
                            @Command(name = "remove")
                            public class UserRemoveCommand implements java.util.concurrent.Callable<String> {
                                @Option(names = "--id", required = true) String id;
                                private final CommandContext context;
                                public UserRemoveCommand(CommandContext context) { this.context = context; }
                                public String call() {
                                    return (context.confirm(false, "remove user " + id) ? "removed " : "kept ") + id;
                                }
                            }
                            """)
                    .service(ServicePlugin.class, "test.people.PeopleService")
                    .writeTo(Files.createTempDirectory("people-pack"), "people-pack.jar");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
