package org.o365cli.host.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.o365cli.auth.Auth;
import org.o365cli.auth.Cancellation;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.CommandLog;

/**
 * The context the host hands to a service's commands.
 *
 * @param service      the service name
 * @param auth         tokens for the service's connection
 * @param log          stderr messages
 * @param json         the host's mapper
 * @param cancellation Ctrl-C
 */
record HostCommandContext(String service, Auth auth, CommandLog log, ObjectMapper json, Cancellation cancellation)
        implements CommandContext {
}
