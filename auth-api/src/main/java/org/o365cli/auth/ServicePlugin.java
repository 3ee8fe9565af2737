package org.o365cli.auth;

import java.util.List;
import java.util.Map;
import org.pf4j.ExtensionPoint;

/**
 * A service: a group of commands under {@code o365 <name>} with one connection of its own.
 *
 * <p>Register an implementation the ServiceLoader way, in
 * {@code META-INF/services/org.o365cli.auth.ServicePlugin}; the host finds it there both in a
 * PF4J plugin and on a flat classpath. It needs a public no-argument constructor.
 *
 * <p>Commands are picocli {@code @Command} classes. Each class returned by
 * {@link #commandClasses()} becomes {@code o365 <name> <command>}; a group is a class whose
 * {@code @Command} lists {@code subcommands}. A command's public constructor may take a
 * {@link CommandContext}; its {@code call()} returns data, which the host formats.
 */
public interface ServicePlugin extends ExtensionPoint {

    /** The service's name, the first word of its commands, e.g. {@code spo}: lower case letters and digits. */
    String name();

    /** One line for {@code o365 --help}, e.g. {@code SharePoint Online}. */
    String description();

    /**
     * The resources the service's commands may ask tokens for: exact resources such as
     * {@code https://graph.microsoft.com} or patterns such as {@code https://*.sharepoint.com}
     * (see {@link Resource#matches}).
     */
    List<String> declaredResources();

    /** How {@code connect} finds the connection's resource. */
    ConnectResource connectResource();

    /** Yes/no options the service adds to its {@code connect}, e.g. spo's {@code --admin}; none by default. */
    default List<ConnectFlag> connectFlags() {
        return List.of();
    }

    /**
     * Runs once after a successful {@code connect}, with a valid token for the new connection,
     * and returns service properties to keep on the connection (spo: the tenant id when the
     * connection is to a tenant admin site). The default keeps nothing. The new connection is
     * stored only after this returns, together with any token it asked for: when it throws, or the
     * process is killed meanwhile, the service's previous connection stays as it was.
     *
     * @param context the context of the new connection
     * @return properties to store; never null
     */
    default Map<String, String> afterConnect(CommandContext context) {
        return Map.of();
    }

    /** The picocli command classes placed under {@code o365 <name>}. */
    List<Class<?>> commandClasses();
}
