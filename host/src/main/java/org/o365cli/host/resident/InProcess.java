package org.o365cli.host.resident;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a command in the client's own JVM, exactly as the launcher does without the runtime. The client
 * starts with the host jar alone on its class path: every other jar there would be opened by the JDK's
 * first service lookup (the socket's selector provider), which costs the client a good part of its
 * start-up. So the host, with all of {@code lib/}, is loaded here into a class loader of its own.
 */
final class InProcess {

    private static final String MAIN = "org.o365cli.host.Main";

    private InProcess() {
    }

    /**
     * Never returns: {@code Main} exits with the command's code.
     *
     * @param installDir the installation, or {@code null} when the class path holds the whole host
     * @param args       the command line
     */
    static void run(String installDir, String[] args) throws Throwable {
        ClassLoader loader = installDir == null || installDir.isBlank() ? ClassLoader.getSystemClassLoader() : loader(installDir);
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Class.forName(MAIN, true, loader).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static ClassLoader loader(String installDir) throws MalformedURLException {
        File[] jars = new File(new File(installDir), "lib").listFiles();
        if (jars == null) {
            return ClassLoader.getSystemClassLoader();
        }
        Arrays.sort(jars);
        List<URL> urls = new ArrayList<>();
        StringBuilder classPath = new StringBuilder();
        for (File jar : jars) {
            if (jar.getName().endsWith(".jar")) {
                urls.add(jar.toURI().toURL());
                classPath.append(classPath.length() == 0 ? "" : File.pathSeparator).append(jar.getPath());
            }
        }
        // As launched with all of lib/: the processes the host starts (the command index's) take its class path.
        System.setProperty("java.class.path", classPath.toString());
        // The platform loader as parent, not the application one: the host's classes there could not see lib/.
        return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }
}
