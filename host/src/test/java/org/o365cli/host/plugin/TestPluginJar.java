package org.o365cli.host.plugin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Builds a real plugin jar for a test: Java sources compiled against the host's class path, a
 * PF4J manifest and {@code META-INF/services} files, as a plugin author's build would make it.
 */
public final class TestPluginJar {

    private final Map<String, String> manifest = new LinkedHashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, List<String>> services = new LinkedHashMap<>();
    private final Map<String, byte[]> extraEntries = new LinkedHashMap<>();

    private TestPluginJar(String id) {
        if (id != null) {
            manifest.put("Plugin-Id", id);
        }
        manifest.put("Plugin-Version", "1.0.0");
        manifest.put("Plugin-Requires", ">=0.1.0");
        manifest.put("Plugin-Provider", "Tests");
    }

    /** A plugin with this id. */
    public static TestPluginJar withId(String id) {
        return new TestPluginJar(id);
    }

    /** A plugin whose manifest has no {@code Plugin-Id}: a bad descriptor. */
    public static TestPluginJar withoutId() {
        return new TestPluginJar(null);
    }

    /** Sets a manifest attribute. */
    public TestPluginJar manifest(String name, String value) {
        manifest.put(name, value);
        return this;
    }

    /** Adds a class to compile, by its fully qualified name. */
    public TestPluginJar source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    /** Registers an implementation under {@code META-INF/services/<extension point>}. */
    public TestPluginJar service(Class<?> extensionPoint, String implementation) {
        services.computeIfAbsent(extensionPoint.getName(), k -> new ArrayList<>()).add(implementation);
        return this;
    }

    /** Adds a raw entry, e.g. a class file in a package the host provides. */
    public TestPluginJar entry(String name, byte[] content) {
        extraEntries.put(name, content);
        return this;
    }

    /**
     * Compiles and writes the jar.
     *
     * @param dir  the plugins folder
     * @param name the file name
     * @return the jar's path
     */
    public Path writeTo(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            Path jar = dir.resolve(name);
            Manifest mf = new Manifest();
            mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.forEach((k, v) -> mf.getMainAttributes().putValue(k, v));
            Set<String> folders = new HashSet<>(Set.of("META-INF/"));
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), mf)) {
                for (Map.Entry<String, byte[]> compiled : compile().entrySet()) {
                    put(out, compiled.getKey().replace('.', '/') + ".class", compiled.getValue(), folders);
                }
                for (Map.Entry<String, List<String>> service : services.entrySet()) {
                    put(out, "META-INF/services/" + service.getKey(),
                            (String.join("\n", service.getValue()) + "\n").getBytes(StandardCharsets.UTF_8), folders);
                }
                for (Map.Entry<String, byte[]> extra : extraEntries.entrySet()) {
                    put(out, extra.getKey(), extra.getValue(), folders);
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Like Maven and Gradle, write each folder as its own entry: PF4J finds META-INF/services as a folder.
    private static void put(JarOutputStream out, String name, byte[] content, Set<String> folders) throws IOException {
        for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
            String folder = name.substring(0, slash + 1);
            if (folders.add(folder)) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
        }
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private Map<String, byte[]> compile() {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        if (sources.isEmpty()) {
            return classes;
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StandardJavaFileManager standard = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((className, code) -> units.add(new SimpleJavaFileObject(
                URI.create("string:///" + className.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        }));
        ForwardingJavaFileManager<StandardJavaFileManager> inMemory = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                       FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return new ByteArrayOutputStream() {
                            @Override
                            public void close() {
                                classes.put(className, toByteArray());
                            }
                        };
                    }
                };
            }
        };
        // Surefire runs tests from a manifest-only jar; it gives the real class path in this property.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        boolean ok = compiler.getTask(new java.io.PrintWriter(diagnostics, true), inMemory, null,
                List.of("-classpath", classPath, "--release", "17", "-proc:none"), null, units).call();
        assertTrue(ok, () -> "test plugin did not compile: " + diagnostics);
        return classes;
    }
}
