package org.o365cli.testkit;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.o365cli.host.http.AzureWireMock;
import org.o365cli.sandbox.Sandbox;

/**
 * Runs {@code o365} end to end with the built pack, as a user of the distribution would: the real host,
 * the pack loaded through PF4J from its archive, an isolated {@code O365_HOME} for each test, the sandbox
 * tenant "contoso" for sign-in (and for Graph and SharePoint), and stubs for the pack's own API.
 * <p>
 * Register it on a static field of a test named {@code *IT} (run after {@code package}):
 * <pre>{@code
 * @RegisterExtension
 * static O365Extension o365 = O365Extension.forBuiltPack().withApi("https://hr.contoso.com");
 *
 * @Test
 * void listsEmployees() {
 *     o365.stubs().register(get(urlPathEqualTo("/api/employees")).withHost(equalTo("hr.contoso.com"))
 *             .willReturn(okJson("{\"value\":[{\"id\":\"1\"}]}")));
 *     assertEquals(0, o365.run("hr", "connect", "--sandbox").exitCode());
 *     RunResult list = o365.run("hr", "employee", "list");
 *     assertEquals("GET https://hr.contoso.com/api/employees", list.requests().get(0).toString());
 * }
 * }</pre>
 * An API given to {@link #withApi} keeps its production URL: the host reaches it through an HTTPS proxy on
 * loopback that answers with a certificate the run trusts, as behind a TLS-inspecting corporate proxy, and
 * the API is registered in the sandbox so that {@code connect --sandbox} issues tokens for it. A request no
 * stub matches gets a 404; nothing leaves the machine.
 */
public final class O365Extension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private final PackUnderTest pack;
    private final List<String> apis = new ArrayList<>();
    private AzureWireMock stubs;
    private IsolatedHost host;
    private Path root;
    private final Map<String, String> environment = new HashMap<>();

    private O365Extension(PackUnderTest pack) {
        this.pack = pack;
    }

    /**
     * The pack this build made (see {@link PackUnderTest#built()}).
     *
     * @return the extension
     */
    public static O365Extension forBuiltPack() {
        return new O365Extension(PackUnderTest.built());
    }

    /**
     * A given pack archive.
     *
     * @param pack the pack
     * @return the extension
     */
    public static O365Extension forPack(PackUnderTest pack) {
        return new O365Extension(pack);
    }

    /**
     * The pack's own APIs, by resource ({@code https://} and a host): stubbed on loopback at their production
     * URLs and registered in the sandbox.
     *
     * @param resources e.g. {@code https://hr.contoso.com}
     * @return this extension
     */
    public O365Extension withApi(String... resources) {
        for (String resource : resources) {
            URI uri = URI.create(resource);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("An API is https:// and a host, not " + resource);
            }
            apis.add(resource);
        }
        return this;
    }

    /**
     * Sets an environment variable for every later run of this test class, e.g. {@code O365_OUTPUT}.
     *
     * @param name  the variable
     * @param value its value
     * @return this extension
     */
    public O365Extension withEnvironment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        stubs = new AzureWireMock(apis.stream().map(api -> URI.create(api).getHost()).toArray(String[]::new));
        stubs.beforeAll(context);
        host = IsolatedHost.of(pack);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (host == null) {
            throw new IllegalStateException("Register O365Extension on a static field: @RegisterExtension static O365Extension o365 = ...");
        }
        stubs.beforeEach(context);
        try {
            root = Files.createTempDirectory("o365-testkit");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        host.install(root);
        if (!apis.isEmpty()) {
            Sandbox sandbox = sandbox();
            apis.forEach(sandbox::registerApi);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        stubs.afterAll(context);
        host.close();
    }

    /**
     * Runs one command line, as {@code o365 <args>} typed in a shell with stdin not a terminal.
     *
     * @param args the arguments, e.g. {@code "hr", "employee", "list", "-o", "json"}
     * @return exit code, stdout, stderr and the requests sent to the stubs
     */
    public RunResult run(String... args) {
        return run(Map.of(), null, null, args);
    }

    /**
     * Runs one command line as {@link #run} does, its stdout written to a stream through the launcher's own writer,
     * e.g. one that fails as a pipe closed by {@code head} does.
     *
     * @param stdout the stream
     * @param args   the arguments
     * @return exit code, stdout (empty: it went to the stream), stderr and the requests sent to the stubs
     */
    public RunResult runWritingTo(OutputStream stdout, String... args) {
        return run(Map.of(), null, stdout, args);
    }

    /**
     * Runs one command line as {@link #run} does, with stdin a terminal on which the user types these lines, e.g.
     * {@code "y\n"} to answer a confirmation.
     *
     * @param typed what the user types
     * @param args  the arguments
     * @return exit code, stdout, stderr and the requests sent to the stubs
     */
    public RunResult runTyping(String typed, String... args) {
        return run(Map.of(), typed, null, args);
    }

    /**
     * Runs one command line as {@link #run} does, with more environment variables for this run only, e.g.
     * {@code O365_CLOUD}.
     *
     * @param variables the variables, over those of {@link #withEnvironment}
     * @param args      the arguments
     * @return exit code, stdout, stderr and the requests sent to the stubs
     */
    public RunResult runWithEnvironment(Map<String, String> variables, String... args) {
        return run(variables, null, null, args);
    }

    private RunResult run(Map<String, String> more, String typed, OutputStream stdout, String... args) {
        Set<UUID> before = new HashSet<>();
        stubs.server().getAllServeEvents().forEach(event -> before.add(event.getId()));
        RunResult result = host.run(root, variables(more), typed, stdout, args);
        List<ServeEvent> events = new ArrayList<>(stubs.server().getAllServeEvents());
        events.removeIf(event -> before.contains(event.getId()));
        events.sort(Comparator.comparing(event -> event.getRequest().getLoggedDate()));
        return new RunResult(result.exitCode(), result.out(), result.err(), events.stream().map(e -> SentRequest.of(e.getRequest())).toList());
    }

    /**
     * The same command line for an {@code o365} process of its own, with this test's installation, {@code O365_HOME}
     * and variables, as the launcher starts it: for runs side by side, or a run killed midway. Redirect its output
     * before starting it; its requests are seen through {@link #stubs()}.
     *
     * @param args the arguments
     * @return the process, not started
     */
    public ProcessBuilder process(String... args) {
        return host.process(root, variables(Map.of()), args);
    }

    /** The stubs' proxy and trusted certificate, then this class's variables, then the run's. */
    private Map<String, String> variables(Map<String, String> more) {
        Map<String, String> variables = new HashMap<>(stubs.environment());
        variables.putAll(environment);
        variables.putAll(more);
        return variables;
    }

    /** The stubs' client: register the pack's API answers with it, matching the host with {@code withHost}. */
    public WireMock stubs() {
        return stubs.client();
    }

    /** The sandbox tenant of this test's {@code O365_HOME}: its status (user names, password, secret), faults, reset. */
    public Sandbox sandbox() {
        return Sandbox.open(home());
    }

    /** This test's {@code O365_HOME}. */
    public Path home() {
        return root.resolve("home");
    }
}
