package org.o365cli.host.plugin.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pf4j.util.FileUtils;

/** A plugin's files in the user's plugins folder: its archive and the folder PF4J unpacks a zip into. */
final class PluginFiles {

    private PluginFiles() {
    }

    /**
     * Deletes the archive and its unpacked folder, so that nothing of it loads any more.
     *
     * @param pluginsDir the user's plugins folder
     * @param file       the archive's file name
     * @throws IOException when either cannot be deleted
     */
    static void delete(Path pluginsDir, String file) throws IOException {
        deleteUnpacked(pluginsDir, file);
        Files.deleteIfExists(pluginsDir.resolve(file));
    }

    /** Deletes the folder PF4J unpacked a zip into, if there is one. */
    static void deleteUnpacked(Path pluginsDir, String file) throws IOException {
        if (file.endsWith(".zip")) {
            Path folder = pluginsDir.resolve(file.substring(0, file.length() - ".zip".length()));
            if (Files.isDirectory(folder)) {
                FileUtils.delete(folder);
            }
        }
    }
}
