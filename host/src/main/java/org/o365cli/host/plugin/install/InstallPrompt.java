package org.o365cli.host.plugin.install;

import java.io.PrintWriter;
import java.util.List;
import org.o365cli.host.http.ServerText;
import org.o365cli.host.plugin.PluginDescription;

/** What {@code plugins install} shows before asking, on stderr: all a user needs to decide. */
final class InstallPrompt {

    private InstallPrompt() {
    }

    static void show(PrintWriter err, PluginDescription plugin, String source, String sha256) {
        // Every value comes from the archive, so control characters are stripped like a server's text.
        err.println("Plugin:        " + ServerText.line(plugin.id()) + " " + ServerText.line(plugin.version()));
        err.println("Provider:      " + (plugin.provider().isEmpty() ? "(not given)" : ServerText.line(plugin.provider())));
        err.println("Source:        " + ServerText.line(source));
        err.println("SHA-256:       " + sha256);
        err.println("Services:      " + list(plugin.services()));
        err.println("Contributions: " + list(plugin.contributions()));
        err.println("May ask tokens for: " + list(plugin.resources()));
        err.println("A plugin runs with your rights in o365's JVM; install only plugins you trust.");
        err.flush();
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? "(none)" : ServerText.line(String.join(", ", values));
    }
}
