package org.o365cli.host.resident;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.o365cli.host.config.HostEnvironment;
import org.o365cli.host.store.PrivateFiles;

/**
 * Starts a resident runtime in the background, detached from the terminal: it ignores the Ctrl-C
 * and hang-up meant for the command in the foreground, and its own output goes to a log beside
 * its socket. One start at a time: a marker file keeps concurrent first commands from starting
 * several; they all wait for the one starting.
 */
final class RuntimeStarter {

    /** How long a first command waits for the runtime to listen; a start older than this failed. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    /** No terminal's signals: ignored, and with setsid (where there is one) no controlling terminal at all. */
    private static final String DETACH = "trap '' INT HUP TSTP TTIN TTOU; if command -v setsid >/dev/null 2>&1; then exec setsid \"$@\"; fi;"
            + " exec \"$@\"";

    private RuntimeStarter() {
    }

    /**
     * Starts a runtime (unless another client is starting one) and hands it the command once it listens.
     *
     * @return how the hand-over ended: {@code NO_RUNTIME} when none came up in time
     */
    static ClientSession.Outcome startAndRun(Path socket, Path installDir, Map<String, String> env, Request request) {
        Process process = null;
        try {
            Path folder = socket.getParent();
            PrivateFiles.ensurePrivateDir(folder);
            if (claim(marker(socket))) {
                Path log = log(socket);
                PrivateFiles.openPrivate(log).close();
                ProcessBuilder builder = new ProcessBuilder(command(socket, installDir, env))
                        .directory(folder.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
                builder.environment().clear();
                builder.environment().putAll(env);
                process = builder.start();
            }
        } catch (IOException | RuntimeException e) {
            return new ClientSession.Outcome(ClientSession.State.NO_RUNTIME, -1);
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            ClientSession.Outcome outcome = ClientSession.run(socket, request);
            boolean starting = process != null ? process.isAlive() : Files.exists(marker(socket));
            if (outcome.state() != ClientSession.State.NO_RUNTIME || !starting) {
                if (process != null && !starting) {
                    // It died starting (its log says why): the clients waiting for it stop waiting.
                    deleteQuietly(marker(socket));
                }
                return outcome;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                break;
            }
        }
        return new ClientSession.Outcome(ClientSession.State.NO_RUNTIME, -1);
    }

    /** Where the runtime's own output goes (nothing, unless it fails). */
    static Path log(Path socket) {
        return socket.resolveSibling(socket.getFileName().toString().replace(".sock", ".log"));
    }

    /** The runtime deletes the marker once it listens. */
    static Path marker(Path socket) {
        return socket.resolveSibling(socket.getFileName() + ".starting");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // It expires by itself.
        }
    }

    private static boolean claim(Path marker) throws IOException {
        try {
            Files.createFile(marker);
            return true;
        } catch (FileAlreadyExistsException e) {
            FileTime made = Files.getLastModifiedTime(marker);
            if (made.toInstant().isAfter(Instant.now().minus(START_TIMEOUT))) {
                return false;
            }
            Files.setLastModifiedTime(marker, FileTime.from(Instant.now()));
            return true;
        }
    }

    private static List<String> command(Path socket, Path installDir, Map<String, String> env) {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", DETACH, "o365-resident",
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        List<String> options = new ArrayList<>();
        boolean gc = false;
        for (String option : env.getOrDefault("JAVA_OPTS", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                options.add(option);
                gc |= option.startsWith("-XX:+Use") && option.endsWith("GC");
            }
        }
        // A long-lived JVM: full JIT (no TieredStopAtLevel), but the small serial collector of a CLI.
        if (!gc) {
            command.add("-XX:+UseSerialGC");
        }
        command.add("-Xshare:auto");
        command.addAll(options);
        command.add("-D" + HostEnvironment.INSTALL_PROPERTY + "=" + installDir);
        command.add("-cp");
        command.add(installDir.resolve("lib") + File.separator + "*");
        command.add(ResidentRuntime.class.getName());
        command.add(socket.toString());
        return command;
    }
}
