package org.o365cli.host.cli;

import java.io.PrintWriter;
import org.o365cli.host.auth.Authentication;
import org.o365cli.host.config.ConfigStore;
import org.o365cli.host.config.HostEnvironment;
import org.o365cli.host.config.JsonMapper;
import org.o365cli.host.config.Settings;
import org.o365cli.host.http.Redactor;
import org.o365cli.host.plugin.PluginCatalog;
import org.o365cli.host.store.ConnectionStore;

/**
 * The host-wide objects of one run, made once in {@link O365Cli} and handed to whatever builds
 * commands. Each is cheap until used.
 *
 * @param environment  where the host runs
 * @param catalog      the plugins
 * @param config       the user's settings file
 * @param settings     settings with their environment overrides
 * @param connections  the connections file
 * @param wiring       the HTTP stack and sign-in flows, made on first use
 * @param authentication the Auths of plugin and user commands
 * @param json         the JSON mapper, made on first use
 * @param global       the options every command takes
 * @param err          stderr
 * @param cancellation Ctrl-C
 * @param redactor     masks tokens and the secrets this run handles in every output
 * @param terminal     the user's terminal, if stdin is one
 */
record HostServices(HostEnvironment environment, PluginCatalog catalog, ConfigStore config, Settings settings,
                    ConnectionStore connections, AuthWiring wiring, Authentication authentication, JsonMapper json, GlobalOptions global, PrintWriter err,
                    CancellationFlag cancellation, Redactor redactor, Terminal terminal) {
}
