package org.o365cli.testkit;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The real host, in this JVM but on a class path of its own: the test's class path without the pack's
 * classes and without any other plugin, as the distribution's {@code lib/} is. Plugins reach it only as
 * archives in its {@code plugins/} folder, loaded through PF4J: the pack as built, and the plugin jars
 * the test depends on (o365's own {@code spo}, for a pack contributing to it).
 */
final class IsolatedHost implements AutoCloseable {

    private static final String RUNNER = "org.o365cli.host.cli.CliRunner";
    private static final String MAIN = "org.o365cli.host.Main";
    private static final String BUNDLED_PLUGINS = "org.o365cli.host.plugin.BundledPlugins";

    private final URLClassLoader loader;
    private final List<Path> classPath;
    private final List<Path> plugins;
    private final String version;

    private IsolatedHost(URLClassLoader loader, List<Path> classPath, List<Path> plugins, String version) {
        this.loader = loader;
        this.classPath = List.copyOf(classPath);
        this.plugins = List.copyOf(plugins);
        this.version = version;
    }

    /** Splits the test's class path: the host's own libraries, the plugins on it, the pack's build folder left out. */
    static IsolatedHost of(PackUnderTest pack) {
        // Surefire and failsafe run tests from a manifest-only jar; they give the real class path in this property.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<Path> hostPath = new ArrayList<>();
        List<Path> plugins = new ArrayList<>(List.of(pack.archive()));
        Path buildFolder = pack.buildFolder().toAbsolutePath().normalize();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry).toAbsolutePath().normalize();
            if (path.startsWith(buildFolder)) {
                continue;
            }
            if (isPluginJar(path)) {
                plugins.add(path);
            } else {
                hostPath.add(path);
            }
        }
        URLClassLoader loader = new URLClassLoader("o365-host", hostPath.stream().map(IsolatedHost::url).toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
        return new IsolatedHost(loader, hostPath, plugins, hostVersion());
    }

    /**
     * Puts the plugins into an installation's {@code plugins/} folder, {@code <root>/install/plugins}, listed
     * in its {@code bundled.sha256} as a distribution lists the plugins it ships: the host then reads them in
     * the process that runs the command rather than starting a second JVM to index them for every test.
     */
    void install(Path root) {
        Path folder = root.resolve("install").resolve("plugins");
        try {
            Files.createDirectories(folder);
            List<String> names = new ArrayList<>();
            for (Path plugin : plugins) {
                Files.copy(plugin, folder.resolve(plugin.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                names.add(plugin.getFileName().toString());
            }
            loader.loadClass(BUNDLED_PLUGINS).getMethod("write", Path.class, Collection.class).invoke(null, folder, names);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not install the plugins into " + folder, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Could not list the plugins in " + folder + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The host's " + BUNDLED_PLUGINS + " is not on the test class path: " + e, e);
        }
    }

    /**
     * Runs one command line with {@code <root>/install} as the installation and {@code <root>/home} as {@code O365_HOME}.
     *
     * @param typed  what the user types on a terminal, or null for stdin not a terminal
     * @param stdout where stdout goes through the launcher's own writer, or null to keep it in the result
     * @return exit code, stdout (empty when written to {@code stdout}) and stderr; no requests
     */
    RunResult run(Path root, Map<String, String> environment, String typed, OutputStream stdout, String... args) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Class<?> runnerType = loader.loadClass(RUNNER);
            Object runner = runnerType.getConstructor(Path.class, String.class).newInstance(root, version);
            runnerType.getMethod("withEnvironment", Map.class).invoke(runner, environment);
            runnerType.getMethod("withTerminal", String.class).invoke(runner, typed);
            Object result = stdout == null ? runnerType.getMethod("run", String[].class).invoke(runner, (Object) args)
                    : runnerType.getMethod("run", OutputStream.class, String[].class).invoke(runner, stdout, args);
            Class<?> resultType = result.getClass();
            return new RunResult((int) accessor(resultType, "exitCode").invoke(result),
                    (String) accessor(resultType, "out").invoke(result), (String) accessor(resultType, "err").invoke(result), List.of());
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The host failed outside the command: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The host's runner " + RUNNER + " is not on the test class path"
                    + " (o365-host, type test-jar, comes with o365-testkit): " + e, e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /**
     * The same command line for an {@code o365} process of its own on the host's class path, as the launcher starts it.
     *
     * @return the process, not started
     */
    ProcessBuilder process(Path root, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()),
                "-Do365.install=" + root.resolve("install"), MAIN));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.environment().put("O365_HOME", root.resolve("home").toString());
        return builder;
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }

    private static Method accessor(Class<?> type, String name) throws NoSuchMethodException {
        return type.getMethod(name);
    }

    private static boolean isPluginJar(Path path) {
        if (!Files.isRegularFile(path) || !path.getFileName().toString().endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(path.toFile())) {
            Manifest manifest = jar.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue("Plugin-Id") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a class path entry: " + path, e);
        }
    }

    private static String hostVersion() {
        try (InputStream in = IsolatedHost.class.getResourceAsStream("testkit.properties")) {
            if (in == null) {
                throw new IllegalStateException("The test kit's testkit.properties is missing from its jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("host.version");
        } catch (IOException e) {
            throw new UncheckedIOException("The test kit's testkit.properties cannot be read", e);
        }
    }
}
