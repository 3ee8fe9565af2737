package org.o365cli.host.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.plugin.TestPlugins;

/** Two connections of one service to two identities of the sandbox tenant, managed as a user would. */
class NamedConnectionsEndToEndTest {

    static final String ADMIN = "admin@contoso.onmicrosoft.com";
    static final String ADELE = "AdeleV@contoso.onmicrosoft.com";

    @TempDir
    Path root;

    private CliRunner o365;

    /** The administrator (its derived name) and Adele (named {@code adele}, active since connected last). */
    static CliRunner twoConnections(Path root) {
        // A proxy nobody listens on: a sandbox connection must never reach the network.
        CliRunner o365 = new CliRunner(root).withEnvironment(Map.of("HTTPS_PROXY", "http://127.0.0.1:9"));
        o365.ship(TestPlugins.service("graph", "graph", "https://graph.microsoft.com"), "graph.jar");
        Result admin = o365.run("graph", "connect", "--sandbox");
        assertEquals(0, admin.exitCode(), admin::toString);
        assertEquals(ADMIN, admin.json().get("name").asText());
        String password = o365.run("sandbox", "status").json().get("password").asText();
        Result adele = o365.run("graph", "connect", "--sandbox", "--authType", "password", "--userName", ADELE,
                "--password", password, "--name", "adele");
        assertEquals(0, adele.exitCode(), adele::toString);
        assertEquals("adele", adele.json().get("name").asText());
        return o365;
    }

    @BeforeEach
    void connect() {
        o365 = twoConnections(root);
    }

    private String tokenUser(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("util", "accesstoken", "get", "--resource", "graph", "--decoded"));
        args.addAll(List.of(more));
        Result token = o365.run(args.toArray(String[]::new));
        assertEquals(0, token.exitCode(), token::toString);
        return token.json().get("payload").get("upn").asText();
    }

    @Test
    void statusListsEveryConnectionAndMarksTheActiveOne() {
        JsonNode status = o365.run("status").json();
        assertEquals(2, status.size(), status::toString);
        assertEquals("adele", status.get(0).get("name").asText());
        assertTrue(status.get(0).get("active").asBoolean());
        assertEquals(ADELE, status.get(0).get("connectedAs").asText());
        assertEquals(ADMIN, status.get(1).get("name").asText());
        assertFalse(status.get(1).get("active").asBoolean());
        assertEquals("graph", status.get(1).get("plugin").asText());
        List<String> table = o365.run("status", "-o", "text").out().lines().toList();
        assertTrue(table.get(0).matches("service +name +active +connectedAs +authType +cloud +resource +expiresOn"), table::toString);
        assertTrue(table.get(2).matches("graph +adele +true +" + ADELE + " +password +Sandbox .*"), table::toString);
        assertFalse(o365.run("status").out().contains("eyJ"), "no token in status");
        JsonNode list = o365.run("graph", "connection", "list").json();
        assertEquals(2, list.size(), list::toString);
        assertEquals("adele", list.get(0).get("name").asText());
        assertTrue(list.get(0).get("active").asBoolean());
        assertFalse(list.get(1).get("active").asBoolean());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "text|adele +true +" + ADELE,
            "csv|adele,true," + ADELE,
            "md|\\| adele +\\| true +\\| " + ADELE})
    void connectionListWorksInEveryFormat(String format, String adeleRow) {
        Result list = o365.run("graph", "connection", "list", "-o", format);
        assertEquals(0, list.exitCode(), list::toString);
        assertTrue(list.out().lines().anyMatch(line -> line.matches(".*" + adeleRow + ".*")), list::toString);
        assertTrue(list.out().contains(ADMIN), list::toString);
        assertEquals("", list.err());
    }

    @Test
    void theConnectionOptionAndVariablePickAConnectionForOneCommandOnly() {
        assertEquals(ADELE, tokenUser());
        assertEquals(ADMIN, tokenUser("--connection", ADMIN));
        assertEquals(ADMIN, o365.run("graph", "status", "--connection", ADMIN).json().get("connectedAs").asText());
        // Before the service's name too: the option's value is not taken for the name of a service or command.
        Result before = o365.run("--connection", ADMIN, "graph", "status");
        assertEquals(ADMIN, before.json().get("connectedAs").asText(), before::toString);
        assertEquals(ADELE, tokenUser());
        assertEquals("adele", o365.run("graph", "status").json().get("name").asText());
        o365.withEnvironment(Map.of("O365_CONNECTION", ADMIN));
        assertEquals(ADMIN, tokenUser());
        assertEquals(ADELE, tokenUser("--connection", "adele"));
    }

    @Test
    void useMakesAConnectionActiveUntilAnotherIsUsed() {
        Result use = o365.run("graph", "connection", "use", ADMIN);
        assertEquals(0, use.exitCode(), use::toString);
        assertTrue(use.json().get("active").asBoolean());
        assertEquals(ADMIN, tokenUser());
        assertEquals(0, o365.run("graph", "connection", "use", "adele", "-o", "none").exitCode());
        assertEquals(ADELE, tokenUser());
    }

    @Test
    void renameKeepsTheConnectionAndItsActiveMark() {
        Result rename = o365.run("graph", "connection", "rename", "adele", "contoso-adele");
        assertEquals(0, rename.exitCode(), rename::toString);
        assertEquals("contoso-adele", rename.json().get("name").asText());
        assertTrue(rename.json().get("active").asBoolean());
        assertEquals(ADELE, tokenUser());
        assertEquals(ADELE, tokenUser("--connection", "contoso-adele"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "use|graph connection use nobody",
            "remove|graph connection remove nobody --force",
            "rename|graph connection rename nobody somebody",
            "disconnect|graph disconnect --name nobody",
            "status|graph status --connection nobody",
            "command|util accesstoken get --resource graph --service graph --connection nobody"})
    void anUnknownNameIsOneLineNamingTheKnownOnesWithExitTwo(String what, String command) {
        Result result = o365.run(command.split(" "));
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals("Error: No graph connection is named 'nobody'; known: adele, " + ADMIN
                + " (see 'o365 graph connection list')\n", result.err());
        assertEquals(2, o365.run("status").json().size());
    }

    @Test
    void removeAsksOnATerminalRefusesWithoutOneAndGoesAheadWithForce() {
        Result refused = o365.run("graph", "connection", "remove", ADMIN);
        assertEquals(2, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("add --force"), refused::toString);
        Result no = o365.withTerminal("n\n").run("graph", "connection", "remove", ADMIN);
        assertEquals(0, no.exitCode(), no::toString);
        assertTrue(no.err().contains("Are you sure you want to remove the graph connection '" + ADMIN + "' and its tokens?"));
        assertEquals(2, o365.run("status").json().size());
        assertEquals(0, o365.withTerminal("y\n").run("graph", "connection", "remove", ADMIN).exitCode());
        assertEquals(1, o365.run("status").json().size());
        assertEquals(0, o365.withTerminal(null).run("graph", "connection", "remove", "adele", "--force").exitCode());
        assertEquals(0, o365.run("status").json().size());
    }

    @Test
    void disconnectForgetsTheActiveOrTheNamedConnectionAndLogoutForgetsAll() {
        assertEquals(0, o365.run("graph", "disconnect").exitCode());
        JsonNode left = o365.run("status").json();
        assertEquals(1, left.size());
        assertEquals(ADMIN, left.get(0).get("name").asText());
        assertTrue(left.get(0).get("active").asBoolean(), "the only connection left is the active one");
        o365 = twoConnections(root.resolve("again"));
        assertEquals(0, o365.run("graph", "disconnect", "--name", ADMIN).exitCode());
        assertEquals("adele", o365.run("status").json().get(0).get("name").asText());
        o365 = twoConnections(root.resolve("third"));
        assertEquals(0, o365.run("logout").exitCode());
        assertEquals(0, o365.run("status").json().size());
    }

    @Test
    void connectingAgainWithANameInUseReplacesThatConnection() {
        String password = o365.run("sandbox", "status").json().get("password").asText();
        Result megan = o365.run("graph", "connect", "--sandbox", "--authType", "password", "--userName",
                "MeganB@contoso.onmicrosoft.com", "--password", password, "--name", "adele");
        assertEquals(0, megan.exitCode(), megan::toString);
        JsonNode status = o365.run("status").json();
        assertEquals(2, status.size());
        assertEquals("MeganB@contoso.onmicrosoft.com", status.get(0).get("connectedAs").asText());
        Result invalid = o365.run("graph", "connect", "--sandbox", "--name", "two words");
        assertEquals(2, invalid.exitCode(), invalid::toString);
        assertTrue(invalid.err().startsWith("Error: Invalid --name: 'two words' is not a valid connection name"), invalid::toString);
    }
}
