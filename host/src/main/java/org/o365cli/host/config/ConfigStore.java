package org.o365cli.host.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.store.PrivateFiles;

/**
 * The user's settings in {@code $O365_HOME/config.json}: a flat JSON object of known keys.
 * Unknown keys found in the file (left by a newer version) are kept as they are.
 */
public final class ConfigStore {

    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };

    private final Path file;
    private final JsonMapper json;

    /**
     * @param home the user's state folder
     * @param json the host's JSON mapper
     */
    public ConfigStore(Path home, JsonMapper json) {
        this.file = home.resolve("config.json");
        this.json = json;
    }

    /** The file the settings live in. */
    public Path file() {
        return file;
    }

    /** Every stored setting, sorted by key. */
    public Map<String, String> all() {
        try {
            return json.get().readValue(Files.readAllBytes(file), MAP);
        } catch (NoSuchFileException e) {
            return new TreeMap<>();
        } catch (JacksonException e) {
            throw new O365Exception(file + " is not a JSON object of settings (" + e.getOriginalMessage()
                    + "); fix it by hand or run 'o365 cli config reset'");
        } catch (IOException e) {
            throw new O365Exception("Cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The stored value of a key, if set. */
    public Optional<String> get(ConfigKey key) {
        return Optional.ofNullable(all().get(key.id()));
    }

    /**
     * Stores a value after checking it.
     *
     * @param key   the setting
     * @param value what the user typed
     * @return the stored (normalised) value
     */
    public String set(ConfigKey key, String value) {
        String normalised = key.normalise(value);
        Map<String, String> settings = all();
        settings.put(key.id(), normalised);
        save(settings);
        return normalised;
    }

    /** Removes one setting, back to its default. */
    public void reset(ConfigKey key) {
        Map<String, String> settings = all();
        if (settings.remove(key.id()) != null) {
            save(settings);
        }
    }

    /** Removes every setting, even an unreadable file's. */
    public void resetAll() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void save(Map<String, String> settings) {
        try {
            PrivateFiles.writeAtomically(file, json.get().writerWithDefaultPrettyPrinter().writeValueAsBytes(settings));
        } catch (IOException e) {
            throw new O365Exception("Cannot write " + file + ": " + e.getMessage());
        }
    }
}
