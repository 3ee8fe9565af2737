import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.o365cli.host.config.HostEnvironment;
import org.o365cli.host.plugin.trust.LoadGate;

/**
 * What the load gate costs a fresh JVM, as in one o365 run: reading installed.json for a service's
 * claim (the mapper already made, as every plugin command makes it), checking one installed plugin's
 * SHA-256 (what a command of that plugin costs), and checking every installed plugin's (what an
 * index rebuild costs, and what every command would cost were all hashed). Prints three figures in
 * ms. Run by bench/plugingate.sh, once per JVM: the first call is the one a command pays.
 */
public class PluginGateCost {

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        // A plugin command has made the mapper and read records with it (connections.json) before the gate reads.
        ObjectMapper mapper = new ObjectMapper();
        mapper.readValue("{\"name\": \"x\", \"items\": [\"y\"]}", Warm.class);
        HostEnvironment environment = new HostEnvironment("0.1.0", Optional.empty(), home, Map.of());
        List<Path> jars = List.of();
        if (Files.isDirectory(environment.userPluginsDir())) {
            try (Stream<Path> files = Files.list(environment.userPluginsDir())) {
                jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
            }
        }
        long start = System.nanoTime();
        LoadGate gate = LoadGate.of(environment, () -> mapper);
        gate.claimant("graph");
        long claim = System.nanoTime();
        if (!jars.isEmpty()) {
            check(gate, jars.get(0));
        }
        long one = System.nanoTime();
        jars.forEach(jar -> check(gate, jar));
        long all = System.nanoTime();
        System.out.printf("%.2f %.2f %.2f%n", (claim - start) / 1e6, (one - claim) / 1e6, (all - one) / 1e6);
    }

    record Warm(String name, List<String> items) {
    }

    private static void check(LoadGate gate, Path jar) {
        String name = jar.getFileName().toString();
        Optional<String> refusal = gate.refusal(jar, name.substring(0, name.indexOf('-')));
        if (refusal.isPresent()) {
            throw new IllegalStateException(refusal.get());
        }
    }
}
