package org.o365cli.host.plugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * Where a run that indexes the plugins for another run ({@link IndexProcess}) says whose code it
 * is about to run, one plugin id a line, and {@value #DONE} when it finished: if the process then
 * ends early or stops moving, the last line names the plugin to blame.
 */
public interface LoadProgress {

    /** The variable naming the progress file, set only for an indexing run. */
    String VARIABLE = "O365_LOAD_PROGRESS";

    /** The last line of a run that finished. */
    String DONE = "-";

    /** No progress kept: every ordinary run. */
    LoadProgress NONE = pluginId -> { };

    /**
     * @param pluginId the plugin whose code runs next, or {@link #DONE}
     */
    void entering(String pluginId);

    /**
     * @param variables the environment
     * @return the progress file the variable names, or {@link #NONE}
     */
    static LoadProgress of(Map<String, String> variables) {
        String file = variables.get(VARIABLE);
        if (file == null || file.isBlank()) {
            return NONE;
        }
        Path path = Path.of(file);
        return pluginId -> {
            try {
                Files.writeString(path, pluginId + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.SYNC);
            } catch (IOException e) {
                // Without progress a failure is blamed on no plugin; the indexing run itself goes on.
            }
        };
    }
}
