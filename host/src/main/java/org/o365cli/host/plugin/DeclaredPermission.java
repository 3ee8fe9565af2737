package org.o365cli.host.plugin;

import java.util.Arrays;
import java.util.List;
import org.o365cli.auth.Permission;

/**
 * One {@link Permission} a command declares, as the host keeps it: read from the command's class when its
 * plugin is loaded, and from the command index otherwise.
 *
 * @param resource    the resource, e.g. {@code https://graph.microsoft.com}
 * @param delegated   the delegated permissions, none when the command cannot run as a user
 * @param application the application permissions, none when the command cannot run app-only
 */
public record DeclaredPermission(String resource, List<String> delegated, List<String> application) {

    /** Copies the lists. */
    public DeclaredPermission {
        delegated = List.copyOf(delegated);
        application = List.copyOf(application);
    }

    /**
     * @param commandClass a command's class
     * @return what it declares, in declaration order; empty when it declares nothing
     */
    public static List<DeclaredPermission> of(Class<?> commandClass) {
        return Arrays.stream(commandClass.getAnnotationsByType(Permission.class))
                .map(p -> new DeclaredPermission(p.resource(), List.of(p.delegated()), List.of(p.application())))
                .toList();
    }
}
