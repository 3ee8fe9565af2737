package org.o365cli.host.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.o365cli.host.config.JsonMapper;
import org.o365cli.auth.Auth;
import org.o365cli.auth.Cancellation;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.CommandLog;
import org.o365cli.auth.Http;

/**
 * The context the host hands to a service's commands.
 *
 * @param service      the service name
 * @param auth         tokens for the service's connection
 * @param http         the HTTP stack with those tokens
 * @param log          stderr messages
 * @param mapper       the host's mapper, made on first use
 * @param cancellation Ctrl-C
 * @param confirmations where destructive commands ask for confirmation
 */
record HostCommandContext(String service, Auth auth, Http http, CommandLog log, JsonMapper mapper, Cancellation cancellation,
                          Confirmations confirmations) implements CommandContext {

    @Override
    public ObjectMapper json() {
        return mapper.get();
    }

    @Override
    public boolean confirm(boolean force, String action) {
        return confirmations.confirm(force, action);
    }
}
