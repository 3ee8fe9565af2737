package org.o365cli.plugins.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

/** The graph service as the host loads it through PF4J from the built jar. */
class GraphServiceIT {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    @Test
    void serviceConnectsToMicrosoftGraphAndSaysWhenNotConnected() {
        RunResult help = o365.run("graph", "connect", "--help");
        RunResult status = o365.run("graph", "status");

        assertEquals(0, help.exitCode(), help::toString);
        assertEquals(1, status.exitCode(), status::toString);
        assertEquals("Error: Not connected to graph: run 'o365 graph connect' first", status.err().trim());
        assertTrue(o365.run("plugins", "list").out().contains("https://graph.microsoft.com"));
    }
}
