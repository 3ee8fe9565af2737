package org.o365cli.host.plugin;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;
import org.pf4j.ServiceProviderExtensionFinder;
import org.pf4j.processor.ExtensionStorage;

/**
 * PF4J's finder of extensions declared the ServiceLoader way, reading the same files in the same way, but
 * without a zip file system: the JDK looks for the first one's provider in every jar of the host's class
 * path ({@code lib/}), which costs a run that loads one plugin more than loading it. The host's class path
 * itself is left to {@link PluginCatalog}, which reads it (or knows it from the command index).
 */
final class ServiceFileFinder extends ServiceProviderExtensionFinder {

    private static final String PREFIX = EXTENSIONS_RESOURCE + "/";

    ServiceFileFinder(PluginManager manager) {
        super(manager);
    }

    @Override
    public Map<String, Set<String>> readClasspathStorages() {
        return new LinkedHashMap<>();
    }

    @Override
    public Map<String, Set<String>> readPluginsStorages() {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        for (PluginWrapper plugin : List.copyOf(pluginManager.getPlugins())) {
            Set<String> bucket = new HashSet<>();
            try {
                Enumeration<URL> urls = ((PluginClassLoader) plugin.getPluginClassLoader()).findResources(EXTENSIONS_RESOURCE);
                while (urls.hasMoreElements()) {
                    read(urls.nextElement(), bucket);
                }
                result.put(plugin.getPluginId(), bucket);
            } catch (IOException | URISyntaxException | UncheckedIOException | IllegalArgumentException e) {
                // As PF4J: a plugin whose declarations cannot be read offers no extensions, and the catalog says so.
            }
        }
        return result;
    }

    private static void read(URL folder, Set<String> bucket) throws IOException, URISyntaxException {
        if ("jar".equals(folder.getProtocol())) {
            String spec = folder.toURI().getRawSchemeSpecificPart();
            int separator = spec.indexOf("!/");
            if (separator < 0) {
                throw new IOException("not a jar entry: " + folder);
            }
            try (JarFile jar = new JarFile(Path.of(new URI(spec.substring(0, separator))).toFile())) {
                for (JarEntry entry : jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(PREFIX)).toList()) {
                    ExtensionStorage.read(new InputStreamReader(jar.getInputStream(entry), StandardCharsets.UTF_8), bucket);
                }
            }
            return;
        }
        try (Stream<Path> files = Files.walk(Path.of(folder.toURI()))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                ExtensionStorage.read(Files.newBufferedReader(file, StandardCharsets.UTF_8), bucket);
            }
        }
    }
}
