package org.o365cli.host.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o365cli.host.store.StoreSamples.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Real JVMs racing for one store, as o365 commands started together by a script do. */
@Timeout(30)
class ConnectionStoreProcessesTest {

    private static final int PROCESSES = 8;

    @TempDir
    Path temp;

    private final List<Contender> contenders = new ArrayList<>();

    @AfterEach
    void stopLeftovers() {
        contenders.forEach(contender -> contender.process.destroyForcibly());
    }

    @Test
    void processesFindingTheTokenExpiredTogetherMakeOneRequestAndShareItsToken() throws Exception {
        Path home = temp.resolve("home");
        ConnectionStore store = StoreSamples.store(home);
        store.put(StoreSamples.expiredSpo());
        store.put(graph("graph"));
        Path requests = temp.resolve("requests.log");

        List<String> tokens = race(i -> List.of("renew", home.toString(), start().toString(), requests.toString()));

        List<String> lines = Files.readAllLines(requests);
        assertEquals(1, lines.size(), "token requests: " + lines);
        assertEquals(List.of("eyJfresh-" + lines.get(0)), tokens.stream().distinct().toList());
        assertEquals(tokens.get(0), store.get("spo").orElseThrow().accessToken());
        assertEquals(graph("graph"), store.get("graph").orElseThrow());
        assertEquals(2, new ObjectMapper().readTree(store.file().toFile()).get("version").intValue());
    }

    @Test
    void processesStoringTheirOwnServicesTogetherLoseNoUpdate() throws Exception {
        Path home = temp.resolve("home");
        ConnectionStore store = StoreSamples.store(home);
        store.put(StoreSamples.spo());

        race(i -> List.of("put", home.toString(), start().toString(), "svc" + i));

        Set<String> expected = IntStream.range(0, PROCESSES).mapToObj(i -> "svc" + i).collect(Collectors.toCollection(TreeSet::new));
        expected.add("spo");
        assertEquals(expected, store.all().stream().map(StoredConnection::service).collect(Collectors.toCollection(TreeSet::new)));
        IntStream.range(0, PROCESSES).forEach(i -> assertEquals(graph("svc" + i), store.get("svc" + i).orElseThrow()));
        assertEquals(StoreSamples.spo(), store.get("spo").orElseThrow());
    }

    private Path start() {
        return temp.resolve("go");
    }

    /** Starts the contenders, lets them all go at once when every one is ready, and returns what each printed. */
    private List<String> race(IntFunction<List<String>> arguments) throws Exception {
        for (int i = 0; i < PROCESSES; i++) {
            contenders.add(new Contender(i, arguments.apply(i)));
        }
        for (Contender contender : contenders) {
            assertEquals("ready", contender.readLine());
        }
        Files.createFile(start());
        List<String> results = new ArrayList<>();
        for (Contender contender : contenders) {
            results.add(contender.readLine());
            assertTrue(contender.process.waitFor(10, TimeUnit.SECONDS), "contender " + contender.index + " did not end");
            assertEquals(0, contender.process.exitValue(), contender.errors());
        }
        return results;
    }

    private final class Contender {

        final int index;
        final Process process;
        final BufferedReader out;
        final Path err;

        Contender(int index, List<String> arguments) throws IOException {
            this.index = index;
            this.err = temp.resolve("contender-" + index + ".err");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // A quick start matters more than peak speed for a process that does one thing.
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                    StoreContender.class.getName()));
            command.addAll(arguments);
            this.process = new ProcessBuilder(command).redirectError(err.toFile()).start();
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        String readLine() throws IOException {
            String line = out.readLine();
            if (line == null) {
                throw new AssertionError("contender " + index + " printed nothing: " + errors());
            }
            return line;
        }

        String errors() {
            try {
                return Files.readString(err);
            } catch (IOException e) {
                return e.toString();
            }
        }
    }
}
