package org.o365cli.host.resident;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.o365cli.host.config.HostEnvironment;
import org.o365cli.host.plugin.PluginLogging;

/**
 * The background JVM: listens on the user's socket and runs each command handed to it on a thread
 * of its own, with that command's environment, working directory, streams and terminal. Stops when
 * idle for {@code O365_RESIDENT_IDLE_SECONDS} (default 900), when asked to, when its installation
 * changes, or when its socket is removed.
 */
public final class ResidentRuntime {

    /** The variable setting how long a runtime waits for a command before it exits. */
    public static final String IDLE_VARIABLE = "O365_RESIDENT_IDLE_SECONDS";

    private static final Duration DEFAULT_IDLE = Duration.ofMinutes(15);

    private final Path socket;
    private final Path installDir;
    private final RuntimeKey key;
    private final Duration idle;
    private final Instant started = Instant.now();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicLong served = new AtomicLong();
    private final AtomicLong servedNative = new AtomicLong();
    private volatile long lastUsed = System.nanoTime();
    private volatile boolean stopping;
    private RuntimeSocket listener;

    private ResidentRuntime(Path socket, Path installDir, Map<String, String> env) {
        this.socket = socket;
        this.installDir = installDir;
        this.key = RuntimeKey.of(installDir, env);
        this.idle = idleTime(env);
    }

    /**
     * @param args the socket's path
     */
    public static void main(String[] args) throws IOException {
        Path install = Path.of(System.getProperty(HostEnvironment.INSTALL_PROPERTY));
        PluginLogging.configure(System.getenv(), new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        new ResidentRuntime(Path.of(args[0]), install, System.getenv()).serve();
        System.exit(0);
    }

    static Duration idleTime(Map<String, String> env) {
        try {
            long seconds = Long.parseLong(env.getOrDefault(IDLE_VARIABLE, "").strip());
            return seconds > 0 ? Duration.ofSeconds(seconds) : DEFAULT_IDLE;
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE;
        }
    }

    private void serve() throws IOException {
        try {
            if (!key.socket(socket.getParent().getParent()).equals(socket)) {
                return; // the installation changed while this runtime started
            }
            listener = RuntimeSocket.bind(socket).orElse(null);
            if (listener == null) {
                return; // another runtime took the socket first
            }
        } finally {
            Files.deleteIfExists(RuntimeStarter.marker(socket));
        }
        Thread watcher = new Thread(this::watch, "o365-resident-idle");
        watcher.setDaemon(true);
        watcher.start();
        while (!stopping) {
            SocketChannel channel;
            try {
                channel = listener.accept();
            } catch (IOException e) {
                break; // closed by stop()
            }
            active.incrementAndGet();
            Thread session = new Thread(() -> {
                try {
                    new CommandSession(this, channel).run();
                } finally {
                    lastUsed = System.nanoTime();
                    active.decrementAndGet();
                }
            }, "o365-command");
            session.start();
        }
        awaitCommands();
    }

    private void watch() {
        while (!stopping) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            boolean idleTooLong = active.get() == 0 && System.nanoTime() - lastUsed > idle.toNanos();
            if (idleTooLong || !listener.stillOurs() || !current()) {
                stop();
            }
        }
    }

    /** Whether the installation and this runtime's options are still what it started with. */
    boolean current() {
        return RuntimeKey.of(installDir, System.getenv()).equals(key);
    }

    /** Takes no more commands; exits once those running have finished. */
    synchronized void stop() {
        if (!stopping) {
            stopping = true;
            listener.close();
        }
    }

    private void awaitCommands() {
        while (active.get() > 0) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                break;
            }
        }
        try {
            // An empty log says nothing; a runtime that crashed leaves its log (and the JVM's hs_err file) behind.
            Path log = RuntimeStarter.log(socket);
            if (Files.size(log) == 0) {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            // Nothing to tidy.
        }
    }

    RuntimeKey key() {
        return key;
    }

    boolean stopping() {
        return stopping;
    }

    void countCommand(String client) {
        served.incrementAndGet();
        if (!Request.JVM_CLIENT.equals(client)) {
            servedNative.incrementAndGet();
        }
    }

    /** One line a field, for {@code cli resident status}. */
    String status() {
        return "pid=" + ProcessHandle.current().pid() + "\nstarted=" + started + "\nidleSeconds=" + idle.toSeconds()
                + "\nactive=" + Math.max(0, active.get() - 1) + "\nserved=" + served.get() + "\nservedNative=" + servedNative.get() + "\njava="
                + System.getProperty("java.vm.version") + "\n";
    }
}
