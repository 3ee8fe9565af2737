package org.o365cli.host.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ResidentClientTest {

    @ParameterizedTest
    @ValueSource(strings = {"graph connect --sandbox", "spo connect https://contoso-admin.sharepoint.com",
        "sandbox serve --port 8443", "graph user list @args.txt", "cli resident status", "cli resident stop"})
    void commandsThatDependOnThisProcessRunInIt(String line) {
        assertFalse(ResidentClient.canRunResident(line.split(" "), Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "graph user list -o text", "sandbox status", "cli config list", "status"})
    void otherCommandsGoToTheRuntime(String line) {
        assertTrue(ResidentClient.canRunResident(line.split(" "), Map.of()));
    }

    @Test
    void aPluginLogLevelIsSetOncePerJvmSoThatRunRunsHere() {
        assertFalse(ResidentClient.canRunResident(new String[] {"--version"}, Map.of("O365_PLUGIN_LOG_LEVEL", "debug")));
    }

    @Test
    void fileVariablesAreMadeAbsoluteAgainstTheClientsWorkingDirectory() {
        Map<String, String> env = ResidentClient.forwardedEnvironment(Map.of("O365_HOME", "state", "O365_CA_FILE", "/etc/ca.pem",
                "PATH", "bin"), Path.of("/home/adele/work"));
        assertEquals(Map.of("O365_HOME", "/home/adele/work/state", "O365_CA_FILE", "/etc/ca.pem", "PATH", "bin"), env);
    }

    @Test
    void aRequestArrivesAsItWasSent() throws IOException {
        Request request = new Request("native", "key\ntext", "/home/adele", new Terminals(false, true, false),
                List.of("graph", "user", "get", "--id", "ä b"),
                Map.of("O365_HOME", "/home/adele/.o365", "EMPTY", ""));
        assertEquals(request, Request.decode(request.encode()));
    }

    @Test
    void eachStreamsTerminalComesFromTheLaunchersNoteAndAPersonIsAskedOnlyWhenStdinAndStdoutAreOne() {
        assertEquals(new Terminals(true, false, true), Terminals.of("101", true));
        assertFalse(Terminals.of("101", true).interactive(), "stdout redirected: no prompt, as in its own process");
        assertTrue(Terminals.of("110", false).interactive());
        assertEquals(new Terminals(true, true, true), Terminals.of(null, true), "no note: the console");
        assertEquals(new Terminals(false, false, false), Terminals.of("1x1", false), "a note the launcher never writes");
        assertEquals(new Terminals(false, false, false), Terminals.of("1111", false));
    }

    @Test
    void aRequestOfAnotherProtocolIsRefused() {
        byte[] payload = new Request(Request.JVM_CLIENT, "k", "/", new Terminals(false, false, false), List.of(), Map.of()).encode();
        ByteBuffer.wrap(payload).putInt(Frames.PROTOCOL + 1);
        IOException refused = assertThrows(IOException.class, () -> Request.decode(payload));
        assertTrue(refused.getMessage().startsWith("protocol "), refused.getMessage());
    }

    @Test
    void theRuntimeKeyChangesWithTheJvmOptionsAndTheLocale() {
        Path install = Path.of("/opt/o365");
        RuntimeKey plain = RuntimeKey.of(install, Map.of());
        assertEquals(plain, RuntimeKey.of(install, Map.of("PATH", "/usr/bin")));
        assertFalse(plain.equals(RuntimeKey.of(install, Map.of("JAVA_OPTS", "-Xmx1g"))));
        assertFalse(plain.name().equals(RuntimeKey.of(install, Map.of("TZ", "Europe/Paris")).name()));
        assertEquals(Path.of("/h/resident/" + plain.name() + ".sock"), plain.socket(Path.of("/h")));
    }

    @Test
    void theSocketsNameIsFnv1aOfTheKeysUtf8BytesAsTheNativeClientComputesIt() {
        assertEquals("af63dc4c8601ec8c", new RuntimeKey("a").name());
        assertEquals("3b798f22fc049218", new RuntimeKey("/opt/\u00e9").name(), "bytes, not UTF-16 chars");
    }
}
