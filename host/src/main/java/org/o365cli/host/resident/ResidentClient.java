package org.o365cli.host.resident;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.o365cli.host.config.HostEnvironment;

/**
 * The launcher's entry point unless {@code O365_RESIDENT=off}: hands the command to the user's resident
 * runtime (starting one and waiting for it when there is none) and exits with its exit code. Whatever
 * keeps the runtime from taking the command (it cannot start, is stale, refuses, speaks another
 * protocol) runs it in this process instead, exactly as without the runtime.
 */
public final class ResidentClient {

    /** The variable that switches the resident runtime: {@code off}, or on (the default, any other value). */
    public static final String SWITCH = "O365_RESIDENT";

    /** Variables naming files: made absolute here, as the runtime's working directory is not the user's. */
    private static final List<String> PATH_VARIABLES = List.of("O365_HOME", "O365_CA_FILE");

    private static final int MAX_SOCKET_PATH = 103;

    private ResidentClient() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) throws Throwable {
        String install = System.getProperty(HostEnvironment.INSTALL_PROPERTY);
        Path cwd = Path.of("").toAbsolutePath();
        Map<String, String> env = forwardedEnvironment(System.getenv(), cwd);
        if (install != null && !install.isBlank() && !"off".equals(env.get(SWITCH)) && canRunResident(args, env)) {
            RuntimeKey key = RuntimeKey.of(Path.of(install), env);
            Path socket = key.socket(HostEnvironment.homeFrom(env));
            // A path the OS has no room for: no runtime could listen there, and starting one per command would slow each.
            if (fitsTheOs(socket)) {
                handOver(socket, key, Path.of(install), cwd, args, env);
            }
        }
        InProcess.run(install, args);
    }

    /** Exits with the command's code once the runtime ran it; returns when the command is to run here. */
    private static void handOver(Path socket, RuntimeKey key, Path install, Path cwd, String[] args, Map<String, String> env) {
        Request request = new Request(Request.JVM_CLIENT, key.text(), cwd.toString(),
                Terminals.of(System.getProperty(Terminals.PROPERTY), System.console() != null), List.of(args), env);
        ClientSession.Outcome outcome = ClientSession.run(socket, request);
        if (outcome.state() == ClientSession.State.NO_RUNTIME) {
            outcome = RuntimeStarter.startAndRun(socket, install, env, request);
        }
        if (outcome.state() == ClientSession.State.RAN) {
            System.exit(outcome.exitCode());
        }
    }

    /**
     * The one definition of what the runtime may run, for both clients: the JVM client asks before it
     * starts a runtime, the runtime asks for every request (the native client knows none of this, and
     * is told {@code RUN_HERE}). Commands that behave differently in another process run here: picocli reads {@code @files} from
     * the working directory; sign-ins open the browser with this session's display and listen for it;
     * {@code sandbox serve} runs until Ctrl-C; a plugin log level is set once per JVM; {@code cli resident}
     * must not start a runtime to show or stop runtimes.
     */
    static boolean canRunResident(String[] args, Map<String, String> env) {
        if (env.containsKey("O365_PLUGIN_LOG_LEVEL")) {
            return false;
        }
        boolean sandbox = false;
        for (String arg : args) {
            if (arg.startsWith("@") || arg.equals("connect") || arg.equals("resident") || sandbox && arg.equals("serve")) {
                return false;
            }
            sandbox |= arg.equals("sandbox");
        }
        return true;
    }

    /** A Unix socket's path has room for 107 bytes on Linux, 103 on macOS and the BSDs. */
    static boolean fitsTheOs(Path socket) {
        return socket.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH;
    }

    /** Also applied by the runtime to every request: the native client forwards its environment as it is. */
    static Map<String, String> forwardedEnvironment(Map<String, String> env, Path cwd) {
        Map<String, String> forwarded = new HashMap<>(env);
        for (String name : PATH_VARIABLES) {
            String value = forwarded.get(name);
            if (value != null && !value.isBlank()) {
                forwarded.put(name, cwd.resolve(value).toString());
            }
        }
        return forwarded;
    }
}
