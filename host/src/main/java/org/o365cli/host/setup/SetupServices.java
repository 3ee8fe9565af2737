package org.o365cli.host.setup;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.o365cli.auth.Http;
import org.o365cli.host.config.ConfigStore;

/**
 * What {@code o365 setup} works with, given by the host.
 *
 * @param signIn    signs the administrator in
 * @param graph     the HTTP stack sending with the administrator's token
 * @param installed the installed commands' permissions, read only for {@code --scopes all}
 * @param config    where the connect defaults are saved
 * @param home      {@code $O365_HOME}, where certificates are kept
 * @param confirmer asks before writing
 * @param err       stderr: the plan and progress
 * @param json      the mapper
 * @param clock     the time
 */
public record SetupServices(AdminSignIn signIn, Function<AdminSignIn.Session, Http> graph, Supplier<PermissionSource> installed,
                            ConfigStore config, Path home, Confirmer confirmer, PrintWriter err, ObjectMapper json,
                            Clock clock) {
}
