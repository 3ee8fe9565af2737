package org.o365cli.interop;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The interop suite's shared extension: starts one Keycloak for the whole run (on first use) with
 * this run's certificates, and stops it when the run ends — through the root store at the end of
 * the run, or through a shutdown hook when the JVM is told to stop first (an interrupted build).
 * Tests take an {@link Interop.Environment} as a parameter.
 */
final class Interop implements BeforeAllCallback, ParameterResolver {

    /** What a test needs: the server, the certificates, the built distribution, a folder for its files. */
    record Environment(KeycloakServer keycloak, TestCertificate certificate, TestCertificate unregistered,
                       Path distribution, Path work) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            keycloak.close();
        }
    }

    private static final AtomicReference<Environment> STARTED = new AtomicReference<>();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        environment(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Environment.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        try {
            return environment(context);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the interop environment: " + e.getMessage(), e);
        }
    }

    private static synchronized Environment environment(ExtensionContext context) throws Exception {
        Environment started = STARTED.get();
        if (started != null) {
            return started;
        }
        Path work = Path.of(property("interop.work.dir"));
        TestCertificate certificate = TestCertificate.create(work.resolve("certificates"), "o365-app");
        TestCertificate unregistered = TestCertificate.create(work.resolve("certificates"), "o365-unregistered");
        KeycloakServer keycloak = KeycloakServer.start(Path.of(property("keycloak.home")), Path.of(property("keycloak.realm.file")),
                certificate.derBase64());
        Environment environment = new Environment(keycloak, certificate, unregistered,
                Path.of(property("o365.dist.dir")), work);
        Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close, "stop-keycloak"));
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Interop.class, environment);
        STARTED.set(environment);
        return environment;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: run the suite through Maven"
                    + " (mvn verify -Pinterop)");
        }
        return value;
    }
}
