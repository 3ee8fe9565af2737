package org.o365cli.host.plugin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.o365cli.host.store.PrivateFiles;

/**
 * The command index on disk, {@code $O365_HOME/cache/command-index.bin}. A plain binary layout
 * (no JSON library) keeps reading it among the first, cheapest steps of every run. A file that is
 * missing, unreadable, truncated, of another format or of another fingerprint is simply not used:
 * the caller rebuilds the index and replaces the file atomically.
 */
public final class CommandIndexFile {

    private static final int MAGIC = 0x4f333649; // "O36I"
    // 2 added either the commands' permissions or the plugins' source and sha256 (two branches); 3 has both;
    // 4 adds the host's class path and its extensions. A file of another format is rebuilt, never read as this one.
    private static final int FORMAT = 4;
    private static final int MAX_STRING = 1 << 20;
    /** Far beyond any installation's index (20 plugins: some 20 KiB); a bigger file is not read into memory. */
    private static final long MAX_FILE = 64L << 20;

    private final Path file;

    /** @param home {@code $O365_HOME} */
    public CommandIndexFile(Path home) {
        this.file = home.resolve("cache").resolve("command-index.bin");
    }

    /** Where the index lies. */
    public Path path() {
        return file;
    }

    /**
     * @param fingerprint the installation's current fingerprint
     * @return the index, when the file holds one for exactly this fingerprint
     */
    public Optional<CommandIndex> read(String fingerprint) {
        // One read of the whole file: a DataInputStream straight on the file reads each number byte by byte,
        // a system call each, and the index grows with every plugin installed.
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(readBounded()))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !readString(in).equals(fingerprint)) {
                return Optional.empty();
            }
            List<PluginReport> reports = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                reports.add(new PluginReport(readString(in), readString(in), readString(in), readString(in), readString(in),
                        readStrings(in),
                        readStrings(in), readString(in), readNullable(in), readString(in), readString(in), readString(in)));
            }
            List<ServiceSummary> services = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                services.add(new ServiceSummary(readString(in), readString(in), readString(in), readStrings(in)));
            }
            List<CommandIndex.Contribution> contributions = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                contributions.add(new CommandIndex.Contribution(readString(in), readString(in)));
            }
            Map<String, CommandIndex.Location> plugins = new LinkedHashMap<>();
            for (int i = count(in); i > 0; i--) {
                plugins.put(readString(in), new CommandIndex.Location(readString(in), readStrings(in)));
            }
            List<CommandPermissions> permissions = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                String pluginId = readString(in);
                String command = readString(in);
                List<DeclaredPermission> declared = new ArrayList<>();
                for (int j = count(in); j > 0; j--) {
                    declared.add(new DeclaredPermission(readString(in), readStrings(in), readStrings(in)));
                }
                permissions.add(new CommandPermissions(pluginId, command, declared));
            }
            String classPath = readString(in);
            List<String> classPathExtensions = readStrings(in);
            if (in.read() != -1) {
                return Optional.empty();
            }
            return Optional.of(new CommandIndex(fingerprint, reports, services, contributions, plugins, permissions,
                    classPath, classPathExtensions));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Truncated, corrupt or unreadable: rebuilding costs one slow run, trusting it could cost a wrong tree.
            return Optional.empty();
        }
    }

    /**
     * Replaces the file atomically, so a concurrent run reads the old index or the new one.
     *
     * @param index the index
     * @throws IOException when it cannot be written
     */
    public void write(CommandIndex index) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            writeString(out, index.fingerprint());
            out.writeInt(index.reports().size());
            for (PluginReport r : index.reports()) {
                writeEach(out, r.id(), r.version(), r.source(), r.sha256(), r.state());
                writeStrings(out, r.services());
                writeStrings(out, r.resources());
                writeString(out, r.path());
                writeNullable(out, r.error());
                writeEach(out, r.provider(), r.requires(), r.description());
            }
            out.writeInt(index.services().size());
            for (ServiceSummary s : index.services()) {
                writeEach(out, s.pluginId(), s.name(), s.description());
                writeStrings(out, s.declaredResources());
            }
            out.writeInt(index.contributions().size());
            for (CommandIndex.Contribution c : index.contributions()) {
                writeEach(out, c.pluginId(), c.service());
            }
            out.writeInt(index.plugins().size());
            for (Map.Entry<String, CommandIndex.Location> plugin : index.plugins().entrySet()) {
                writeEach(out, plugin.getKey(), plugin.getValue().path());
                writeStrings(out, plugin.getValue().dependencies());
            }
            out.writeInt(index.permissions().size());
            for (CommandPermissions command : index.permissions()) {
                writeEach(out, command.pluginId(), command.command());
                out.writeInt(command.permissions().size());
                for (DeclaredPermission permission : command.permissions()) {
                    writeString(out, permission.resource());
                    writeStrings(out, permission.delegated());
                    writeStrings(out, permission.application());
                }
            }
            writeString(out, index.classPath());
            writeStrings(out, index.classPathExtensions());
        }
        PrivateFiles.writeAtomically(file, bytes.toByteArray());
    }

    private byte[] readBounded() throws IOException {
        if (Files.size(file) > MAX_FILE) {
            throw new IOException("too big");
        }
        return Files.readAllBytes(file);
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_STRING) {
            throw new IOException("bad count " + count);
        }
        return count;
    }

    private static String readString(InputStream in) throws IOException {
        int length = count((DataInputStream) in);
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        List<String> strings = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            strings.add(readString(in));
        }
        return strings;
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static void writeEach(DataOutputStream out, String... values) throws IOException {
        for (String value : values) {
            writeString(out, value);
        }
    }

    private static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            writeString(out, value);
        }
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            writeString(out, value);
        }
    }
}
