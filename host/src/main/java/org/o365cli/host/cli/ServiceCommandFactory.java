package org.o365cli.host.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import org.o365cli.auth.CommandContext;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Creates a service's command objects: a command whose constructor takes a
 * {@link CommandContext} gets its service's context (constructor injection); anything else
 * (converters, no-argument commands) comes from picocli's default factory.
 */
final class ServiceCommandFactory implements IFactory {

    private final CommandContext context;
    private final IFactory fallback = CommandLine.defaultFactory();

    ServiceCommandFactory(CommandContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> withContext;
        try {
            withContext = type.getDeclaredConstructor(CommandContext.class);
        } catch (NoSuchMethodException e) {
            return fallback.create(type);
        }
        try {
            withContext.setAccessible(true);
            return withContext.newInstance(context);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
