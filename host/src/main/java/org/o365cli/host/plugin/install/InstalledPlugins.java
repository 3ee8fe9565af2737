package org.o365cli.host.plugin.install;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.store.IoReason;
import org.o365cli.host.store.LockWait;
import org.o365cli.host.store.PrivateFiles;
import org.o365cli.host.store.StoreLock;

/**
 * {@code $O365_HOME/plugins/installed.json}: the plugins the user installed, written atomically.
 * A file that cannot be read is an error naming it, never an empty list: rewriting it from an
 * empty list would silently forget every pinned hash and service claim. Reads take no lock (the
 * file is only ever replaced whole); every change is a read-modify-write inside {@link #locked},
 * under the lock all o365 processes share, so that two changing it at once keep each other's records.
 */
public final class InstalledPlugins {

    /** The file's name in the user's plugins folder. */
    public static final String FILE_NAME = "installed.json";

    private final Path file;
    private final Supplier<ObjectMapper> json;
    private final StoreLock lock;

    /**
     * For reading: waits for the lock silently, should it ever be taken.
     *
     * @param pluginsDir {@code $O365_HOME/plugins}
     * @param json       the host's mapper
     */
    public InstalledPlugins(Path pluginsDir, Supplier<ObjectMapper> json) {
        this(pluginsDir, json, LockWait.quiet());
    }

    /**
     * @param pluginsDir {@code $O365_HOME/plugins}
     * @param json       the host's mapper
     * @param wait       how to wait while another process changes the records
     */
    public InstalledPlugins(Path pluginsDir, Supplier<ObjectMapper> json, LockWait wait) {
        this.file = pluginsDir.resolve(FILE_NAME);
        this.json = json;
        this.lock = new StoreLock(pluginsDir.resolve(FILE_NAME + ".lock"), wait);
    }

    /**
     * Runs a change under the lock: the body reads the records ({@link #read}) and writes them
     * ({@link #write}) in there, and must not wait for anything slow (a download, a plugin's
     * code, the user) while it holds the lock.
     *
     * @param body the read-modify-write
     * @return what the body returned
     */
    public <T> T locked(Supplier<T> body) {
        try {
            PrivateFiles.ensurePrivateDir(file.getParent());
        } catch (IOException e) {
            throw new O365Exception("Cannot make " + file.getParent() + " (" + IoReason.of(e) + "); nothing was changed");
        }
        return lock.run(body);
    }

    /** Where the records lie. */
    public Path path() {
        return file;
    }

    /**
     * @return every record, in install order; none when the file does not exist
     * @throws O365Exception naming the file and what is wrong with it
     */
    public List<InstalledPlugin> read() {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new O365Exception("Cannot read " + file + " (" + IoReason.of(e) + "); fix its permissions");
        }
        try {
            JsonNode root = json.get().readTree(content);
            if (root == null || !root.isObject() || root.path("version").asInt() != 1 || !root.path("plugins").isArray()) {
                throw corrupt("it is not a version-1 document with a \"plugins\" list");
            }
            List<InstalledPlugin> plugins = new ArrayList<>();
            for (JsonNode node : root.get("plugins")) {
                InstalledPlugin plugin = json.get().treeToValue(node, InstalledPlugin.class);
                if (plugin.id() == null || plugin.sha256() == null || plugin.file() == null) {
                    throw corrupt("a plugin has no id, sha256 or file");
                }
                plugins.add(plugin);
            }
            return List.copyOf(plugins);
        } catch (IOException | IllegalArgumentException e) {
            throw corrupt("it is not valid JSON");
        }
    }

    /** The record of one plugin. */
    public Optional<InstalledPlugin> find(String id) {
        return read().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * Replaces the records atomically.
     *
     * @param plugins every record
     */
    public void write(List<InstalledPlugin> plugins) {
        ObjectNode root = json.get().createObjectNode();
        root.put("version", 1);
        root.set("plugins", json.get().valueToTree(plugins));
        try {
            PrivateFiles.writeAtomically(file, json.get().writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        } catch (IOException e) {
            throw new O365Exception("Cannot write " + file + " (" + IoReason.of(e) + "); nothing was changed");
        }
    }

    private O365Exception corrupt(String why) {
        return new O365Exception("Cannot read " + file + ": " + why + "; restore it from a backup, or delete it and"
                + " install the plugins again");
    }
}
