package org.o365cli.host.auth.browser;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Opens the system browser: {@link Desktop} when the machine has a display, else the platform's
 * opener command ({@code rundll32}, {@code open}, {@code xdg-open}); when neither works, prints the
 * URL for the user to open.
 */
public final class SystemBrowserOpener implements BrowserOpener {

    private final Consumer<String> prompt;
    private final String osName;

    /**
     * @param prompt where a message for the user goes (the host prints it on stderr)
     * @param osName the {@code os.name} system property
     */
    public SystemBrowserOpener(Consumer<String> prompt, String osName) {
        this.prompt = prompt;
        this.osName = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
    }

    @Override
    public void open(URI url) {
        if (openWithDesktop(url) || openWithCommand(url)) {
            prompt.accept("Sign in in the browser window that opened. If none did, open this address: " + url);
            return;
        }
        prompt.accept("To sign in, open this address in a browser on this machine: " + url);
    }

    private static boolean openWithDesktop(URI url) {
        try {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(url);
                return true;
            }
        } catch (IOException | RuntimeException e) {
            // Fall back to the platform's command.
        }
        return false;
    }

    private boolean openWithCommand(URI url) {
        List<String> command;
        if (osName.contains("win")) {
            command = List.of("rundll32", "url.dll,FileProtocolHandler", url.toString());
        } else if (osName.contains("mac")) {
            command = List.of("open", url.toString());
        } else {
            command = List.of("xdg-open", url.toString());
        }
        try {
            new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
