package org.o365cli.auth;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Commands a plugin adds under a service that another plugin provides, such as an enterprise
 * command pack adding {@code o365 spo contoso audit}. The commands use that service's
 * connection; their {@link Auth} may also ask tokens for the resources listed here.
 *
 * <p>Register an implementation in {@code META-INF/services/org.o365cli.auth.CommandContribution}.
 */
public interface CommandContribution extends ExtensionPoint {

    /** The service the commands join, e.g. {@code spo}. */
    String service();

    /** Resources these commands need beyond the service's own declared ones; often empty. */
    default List<String> resources() {
        return List.of();
    }

    /** The picocli command classes placed under {@code o365 <service>}. */
    List<Class<?>> commandClasses();
}
