package org.o365cli.host.plugin.trust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.o365cli.host.config.HostEnvironment;
import org.o365cli.host.config.Lazy;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.plugin.install.InstalledPlugin;
import org.o365cli.host.plugin.install.InstalledPlugins;

/**
 * Decides, each time a plugin's code is about to be loaded from the user's plugins folder,
 * whether it may be: an installed archive must still have the SHA-256 recorded at install, and
 * under a policy the plugin must be allowed. The distribution's own plugins came with the host
 * and are not checked. Runs only when plugin code is loaded, that is for the plugins a command
 * needs, or for every plugin when the installation changed; hashing costs about 2 ms per MiB on a
 * busy 2-core machine (a 20 KiB pack: 0.6 ms, cold).
 */
public final class LoadGate {

    private final Path userPlugins;
    private final InstalledPlugins installed;
    private final Supplier<Optional<Policy>> policy;
    private final Map<String, String> earlier;
    private List<InstalledPlugin> records;
    private String unreadable;

    /**
     * @param userPlugins {@code $O365_HOME/plugins}
     * @param installed   its records
     * @param policy      the organisation's policy, read on first need
     */
    public LoadGate(Path userPlugins, InstalledPlugins installed, Supplier<Optional<Policy>> policy) {
        this(userPlugins, installed, policy, Map.of());
    }

    private LoadGate(Path userPlugins, InstalledPlugins installed, Supplier<Optional<Policy>> policy, Map<String, String> earlier) {
        this.userPlugins = userPlugins.toAbsolutePath().normalize();
        this.installed = installed;
        this.policy = policy;
        this.earlier = Map.copyOf(earlier);
    }

    /**
     * The gate of this installation: its records, and the policy of {@code O365_POLICY} or
     * {@code /etc/o365/policy.json}.
     *
     * @param environment the installation
     * @param json        the host's mapper
     * @return the gate
     */
    public static LoadGate of(HostEnvironment environment, Supplier<ObjectMapper> json) {
        Lazy<Optional<Policy>> policy = new Lazy<>(() -> Policy.load(environment.variables(), Policy.DEFAULT_PATH, json.get()));
        return new LoadGate(environment.userPluginsDir(), new InstalledPlugins(environment.userPluginsDir(), json), policy,
                EarlierFailures.read(environment.variables()));
    }

    /**
     * A gate for an archive being inspected before install, outside the user's plugins folder:
     * install checks it itself.
     */
    public static LoadGate none() {
        return new LoadGate(Path.of("/nonexistent-o365-plugins"), null, Optional::empty);
    }

    /**
     * Where a plugin came from.
     *
     * @param pluginPath the plugin's jar, or the folder PF4J unpacked its zip into
     * @return the install's source and SHA-256; {@code distribution} or {@code copied} when not installed
     */
    public PluginOrigin origin(Path pluginPath) {
        Path path = pluginPath.toAbsolutePath().normalize();
        if (!path.startsWith(userPlugins)) {
            return new PluginOrigin("distribution", "");
        }
        Path archive = archiveOf(path);
        return records().stream().filter(r -> archive != null && r.file().equals(archive.getFileName().toString()))
                .findFirst().map(r -> new PluginOrigin(r.source(), r.sha256())).orElse(new PluginOrigin("copied", ""));
    }

    /**
     * The plugin that claimed this service name at install, if one did.
     *
     * @param service a service name
     * @return the claiming plugin's id
     */
    public Optional<String> claimant(String service) {
        return records().stream().filter(r -> r.services().contains(service)).map(InstalledPlugin::id).findFirst();
    }

    /**
     * @param pluginPath the plugin's jar, or the folder PF4J unpacked its zip into
     * @param pluginId   its id, from its descriptor
     * @return why it must not load, one line; empty when it may
     */
    public Optional<String> refusal(Path pluginPath, String pluginId) {
        if (earlier.containsKey(pluginId)) {
            return Optional.of(earlier.get(pluginId));
        }
        Path path = pluginPath.toAbsolutePath().normalize();
        if (!path.startsWith(userPlugins)) {
            return Optional.empty();
        }
        Path archive = archiveOf(path);
        if (archive == null) {
            return policy.get().isPresent() ? Optional.of("a plugin folder cannot be checked against the plugin policy;"
                    + " install its archive with o365 plugins install") : Optional.empty();
        }
        String sha256;
        try {
            sha256 = Sha256.of(archive);
        } catch (IOException e) {
            return Optional.of("cannot read " + archive + " (" + e.getMessage() + ")");
        }
        Optional<String> pinned = pinRefusal(archive, sha256);
        if (pinned.isPresent()) {
            return pinned;
        }
        return policy.get().flatMap(p -> p.refusal(pluginId, archive, sha256));
    }

    private List<InstalledPlugin> records() {
        if (records == null && unreadable == null) {
            try {
                records = installed == null ? List.of() : installed.read();
            } catch (O365Exception e) {
                unreadable = e.getMessage();
            }
        }
        return records == null ? List.of() : records;
    }

    private Optional<String> pinRefusal(Path archive, String sha256) {
        List<InstalledPlugin> known = records();
        if (unreadable != null) {
            return Optional.of("its recorded SHA-256 cannot be checked: " + unreadable);
        }
        String name = archive.getFileName().toString();
        return known.stream().filter(r -> r.file().equals(name)).findFirst()
                .filter(r -> !r.sha256().equals(sha256))
                .map(r -> archive.getFileName() + " changed since it was installed (SHA-256 " + sha256 + ", installed "
                        + r.sha256() + "); if you trust the new file, install it again: o365 plugins install " + r.source());
    }

    // PF4J loads a zip from the folder it unpacks it into, beside it; the zip is what was installed.
    private static Path archiveOf(Path path) {
        if (!Files.isDirectory(path)) {
            return path;
        }
        Path zip = path.resolveSibling(path.getFileName() + ".zip");
        return Files.isRegularFile(zip) ? zip : null;
    }
}
