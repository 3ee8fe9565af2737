package org.o365cli.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.o365cli.auth.Auth;
import org.o365cli.auth.Cancellation;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.CommandLog;
import org.o365cli.auth.Http;
import org.o365cli.auth.UsageException;

/**
 * A {@link CommandContext} for unit tests of a command or client, with no host: a {@link FakeHttp}, an
 * {@link Auth} on the public cloud that gives {@code fake-token-for-<resource>} for the declared resources
 * and refuses others as the host does, the log lines kept, and confirmations answered as the test says
 * (by default refused as a usage error, as the host refuses them when stdin is not a terminal).
 * <pre>{@code
 * FakeHttp http = new FakeHttp(request -> FakeHttp.ok("{\"id\":\"1\",\"name\":\"Adele\"}"));
 * FakeCommandContext context = new FakeCommandContext("hr", http).connectedTo("https://hr.contoso.com");
 * Employee employee = new EmployeeGetCommand(context).get("1");
 * assertEquals("GET https://hr.contoso.com/api/employees/1", http.requests().get(0).toString());
 * }</pre>
 */
public final class FakeCommandContext implements CommandContext {

    private final String service;
    private final FakeHttp http;
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> logged = new ArrayList<>();
    private final List<String> declared = new ArrayList<>();
    private final Map<String, String> properties = new LinkedHashMap<>();
    private String resource;
    private Boolean confirmation;
    private boolean cancelled;

    /**
     * A context with no connection: token methods throw {@code NotConnectedException} until {@link #connectedTo}.
     *
     * @param service the service the command belongs to
     * @param http    its HTTP
     */
    public FakeCommandContext(String service, FakeHttp http) {
        this.service = service;
        this.http = http;
    }

    /**
     * Connects the service to its resource, which is declared too.
     *
     * @param connectionResource e.g. {@code https://hr.contoso.com}
     * @return this context
     */
    public FakeCommandContext connectedTo(String connectionResource) {
        this.resource = connectionResource;
        declared.add(connectionResource);
        return this;
    }

    /**
     * Declares more resources tokens may be asked for, patterns included ({@code https://*.sharepoint.com}).
     *
     * @param resources the resources
     * @return this context
     */
    public FakeCommandContext declaring(String... resources) {
        declared.addAll(List.of(resources));
        return this;
    }

    /**
     * A service property of the connection, as a connect flag or {@code afterConnect} keeps it.
     *
     * @param name  the name
     * @param value the value
     * @return this context
     */
    public FakeCommandContext withProperty(String name, String value) {
        properties.put(name, value);
        return this;
    }

    /**
     * Answers confirmations as a user at a terminal would.
     *
     * @param yes true for "y"
     * @return this context
     */
    public FakeCommandContext answering(boolean yes) {
        this.confirmation = yes;
        return this;
    }

    /** Makes the user's Ctrl-C seen: {@link Cancellation#isCancelled()} is true from now on. */
    public void cancel() {
        cancelled = true;
    }

    /** The log lines so far, each prefixed with its level: {@code info: }, {@code verbose: }, {@code debug: }. */
    public List<String> logged() {
        return List.copyOf(logged);
    }

    @Override
    public String service() {
        return service;
    }

    @Override
    public Auth auth() {
        return new FakeAuth(service, declared, Optional.ofNullable(resource).map(r -> FakeAuth.connection(service, r, properties)));
    }

    @Override
    public FakeHttp http() {
        return http;
    }

    @Override
    public CommandLog log() {
        return new CommandLog() {
            @Override
            public void info(String message) {
                logged.add("info: " + message);
            }

            @Override
            public void verbose(String message) {
                logged.add("verbose: " + message);
            }

            @Override
            public void debug(String message) {
                logged.add("debug: " + message);
            }
        };
    }

    @Override
    public ObjectMapper json() {
        return json;
    }

    @Override
    public Cancellation cancellation() {
        return () -> cancelled;
    }

    @Override
    public boolean confirm(boolean force, String action) {
        if (force) {
            return true;
        }
        if (confirmation == null) {
            throw new UsageException("Refusing to " + action + " without a confirmation: stdin is not a terminal to ask it on;"
                    + " add --force to go ahead");
        }
        return confirmation;
    }
}
