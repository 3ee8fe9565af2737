package org.o365cli.host.connection;

import java.util.concurrent.Callable;
import java.util.function.BiPredicate;
import org.o365cli.auth.ForceOption;
import org.o365cli.host.store.ConnectionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code o365 <service> connection remove <name>}: forgets a connection and its tokens. When it was
 * the active one and exactly one other is left, that one becomes active; with several left, none
 * is until the user chooses with {@code connection use}.
 */
@Command(name = "remove", description = "Forget this connection and its tokens; asks first unless --force.",
        footer = {"", "Examples:", "  o365 graph connection remove fabrikam", "  o365 graph connection remove fabrikam --force"})
public final class ConnectionRemoveCommand implements Callable<Object> {

    @Parameters(index = "0", paramLabel = "<name>", description = "The connection's name, as 'connection list' shows it.")
    String name;

    @Mixin
    ForceOption force;

    private final String service;
    private final ConnectionStore store;
    private final BiPredicate<Boolean, String> confirm;

    /**
     * @param service the service
     * @param store   the connections
     * @param confirm asks before removing: (--force given, what will be done) to go ahead or not
     */
    public ConnectionRemoveCommand(String service, ConnectionStore store, BiPredicate<Boolean, String> confirm) {
        this.service = service;
        this.store = store;
        this.confirm = confirm;
    }

    @Override
    public Object call() {
        String connection = name.trim();
        // An unknown name is an error before any question is asked.
        store.require(service, connection);
        if (confirm.test(force.given(), "remove the " + service + " connection '" + connection + "' and its tokens")) {
            store.remove(service, connection);
        }
        return null;
    }
}
