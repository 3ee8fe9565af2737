package org.o365cli.host.sandbox;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.sandbox.serve.ProxyServer;
import org.o365cli.sandbox.Sandbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code o365 sandbox serve}: the sandbox tenant for any HTTP client, through a loopback HTTPS proxy. */
@Command(name = "serve", description = "Serve the sandbox tenant on loopback as an HTTPS proxy (its CA in the sandbox folder) "
        + "until Ctrl-C, for curl and other clients.",
        footer = {"", "Production URLs reach the sandbox through the proxy; requests sent to the proxy itself go to the",
                "sign-in endpoints. Tunnels to any other host are refused.", "", "Examples:", "  o365 sandbox serve --port 8443",
                "  HTTPS_PROXY=http://127.0.0.1:8443 curl --cacert ~/.o365/sandbox/ca.pem https://graph.microsoft.com/v1.0/users "
                        + "-H \"Authorization: Bearer $TOKEN\""})
public final class SandboxServeCommand implements Callable<Map<String, Object>> {

    @Option(names = "--port", paramLabel = "<port>", defaultValue = "0",
            description = "The loopback port to listen on; default ${DEFAULT-VALUE}, any free port.")
    int port;

    @Spec
    CommandSpec spec;

    private final Sandbox sandbox;
    private final Path folder;

    SandboxServeCommand(Sandbox sandbox, Path folder) {
        this.sandbox = sandbox;
        this.folder = folder;
    }

    @Override
    public Map<String, Object> call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        sandbox.status();
        CountDownLatch stopped = new CountDownLatch(1);
        try (ProxyServer server = new ProxyServer(sandbox, folder, port)) {
            // Progress and addresses go to stderr: stdout stays for data.
            PrintWriter err = spec.commandLine().getErr();
            err.println("Sandbox tenant serving: HTTPS_PROXY=http://127.0.0.1:" + server.port()
                    + "  CA: " + folder.resolve("ca.pem") + "  (Ctrl-C stops it)");
            err.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        } catch (IOException e) {
            throw new O365Exception("Can't listen on 127.0.0.1:" + port + ": " + e.getMessage() + "; choose another --port");
        }
        return Map.of("stopped", true);
    }
}
