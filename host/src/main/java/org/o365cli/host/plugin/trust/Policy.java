package org.o365cli.host.plugin.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.o365cli.host.store.IoReason;

/**
 * An organisation's plugin policy: which plugin ids may be installed and loaded from the user's
 * folder, each with the archive hashes or jar signer certificates allowed for it. Read from
 * {@code O365_POLICY}, else {@code /etc/o365/policy.json}; without either file every plugin is
 * allowed. A policy file that cannot be read allows nothing: failing open would defeat it.
 */
public final class Policy {

    /** The variable naming the policy file. */
    public static final String VARIABLE = "O365_POLICY";

    /** Where the policy lies when the variable is not set. */
    public static final Path DEFAULT_PATH = Path.of("/etc/o365/policy.json");

    private final Path file;
    private final Map<String, Allowed> allowed;
    private final String unreadable;

    private record Allowed(Set<String> sha256, Set<String> signers) {
    }

    private Policy(Path file, Map<String, Allowed> allowed, String unreadable) {
        this.file = file;
        this.allowed = allowed;
        this.unreadable = unreadable;
    }

    /**
     * @param variables   the environment
     * @param defaultPath the file used when {@code O365_POLICY} is not set
     * @param json        the host's mapper
     * @return the policy, or empty when there is none
     */
    public static Optional<Policy> load(Map<String, String> variables, Path defaultPath, ObjectMapper json) {
        String named = variables.get(VARIABLE);
        Path file = named == null || named.isBlank() ? defaultPath : Path.of(named);
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return named == null || named.isBlank() ? Optional.empty()
                    : Optional.of(new Policy(file, Map.of(), "it does not exist"));
        } catch (IOException e) {
            return Optional.of(new Policy(file, Map.of(), IoReason.of(e)));
        }
        try {
            JsonNode plugins = json.readTree(content).get("plugins");
            if (plugins == null || !plugins.isArray()) {
                return Optional.of(new Policy(file, Map.of(), "it has no \"plugins\" list"));
            }
            Map<String, Allowed> allowed = new LinkedHashMap<>();
            for (JsonNode plugin : plugins) {
                String id = plugin.path("id").asText("");
                if (id.isEmpty()) {
                    return Optional.of(new Policy(file, Map.of(), "an entry has no \"id\""));
                }
                allowed.put(id, new Allowed(hexes(plugin.get("sha256")), hexes(plugin.get("signers"))));
            }
            return Optional.of(new Policy(file, allowed, null));
        } catch (IllegalArgumentException e) {
            return Optional.of(new Policy(file, Map.of(), "a \"sha256\" or \"signers\" value is not 64 hex digits"));
        } catch (IOException | RuntimeException e) {
            return Optional.of(new Policy(file, Map.of(), "it is not valid JSON"));
        }
    }

    /**
     * Why this plugin archive is not allowed, or empty when it is.
     *
     * @param id      the plugin id
     * @param archive its jar or zip
     * @param sha256  the archive's SHA-256
     * @return one line, for after "refused: "
     */
    public Optional<String> refusal(String id, Path archive, String sha256) {
        if (unreadable != null) {
            return Optional.of("the plugin policy " + file + " cannot be read (" + unreadable + "), so it allows no plugin;"
                    + " ask its administrator to fix it");
        }
        Allowed rule = allowed.get(id);
        if (rule == null) {
            return Optional.of("the plugin policy " + file + " does not allow plugin id '" + id + "'");
        }
        if (rule.sha256().contains(sha256)) {
            return Optional.empty();
        }
        if (!rule.signers().isEmpty() && archive.getFileName().toString().endsWith(".jar")) {
            try {
                if (JarSigners.of(archive).stream().anyMatch(rule.signers()::contains)) {
                    return Optional.empty();
                }
            } catch (IOException | SecurityException e) {
                return Optional.of("its signature cannot be verified (" + e.getMessage() + ")");
            }
        }
        return Optional.of("the plugin policy " + file + " allows plugin '" + id + "' only with "
                + (rule.signers().isEmpty() ? "" : "a jar signed by an allowed certificate or ") + "an allowed SHA-256,"
                + " and this archive's is " + sha256);
    }

    private static Set<String> hexes(JsonNode list) {
        List<String> values = new ArrayList<>();
        if (list != null && list.isArray()) {
            for (JsonNode value : list) {
                String hex = Sha256.normalise(value.asText());
                if (hex == null) {
                    throw new IllegalArgumentException("not a SHA-256");
                }
                values.add(hex);
            }
        }
        return Set.copyOf(values);
    }
}
