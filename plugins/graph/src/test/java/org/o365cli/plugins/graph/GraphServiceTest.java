package org.o365cli.plugins.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;

/** The graph service as the host loads it from the class path. */
class GraphServiceTest {

    @TempDir
    Path root;

    @Test
    void serviceConnectsToMicrosoftGraphAndSaysWhenNotConnected() {
        CliRunner o365 = new CliRunner(root);

        Result help = o365.run("graph", "connect", "--help");
        Result status = o365.run("graph", "status");

        assertEquals(0, help.exitCode(), help::toString);
        assertEquals(1, status.exitCode(), status::toString);
        assertEquals("Error: Not connected to graph: run 'o365 graph connect' first", status.err().trim());
        assertTrue(o365.run("plugins", "list").out().contains("https://graph.microsoft.com"));
    }
}
