package org.o365cli.host.config;

import java.util.concurrent.Callable;
import org.o365cli.auth.DefaultColumns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code o365 cli config set <key> <value>}. */
@Command(name = "set", description = "Change a setting, checking its value first.",
        footer = {"", "Example:", "  o365 cli config set output text"})
@DefaultColumns({"key", "value"})
public final class ConfigSetCommand implements Callable<ConfigSetting> {

    @Parameters(index = "0", paramLabel = "<key>", converter = ConfigKeyConverter.class,
            completionCandidates = ConfigKeyCandidates.class, description = "One of: ${COMPLETION-CANDIDATES}.")
    ConfigKey key;

    @Parameters(index = "1", paramLabel = "<value>", description = "The new value.")
    String value;

    @Spec
    CommandSpec spec;

    private final ConfigStore store;

    /** @param store the user's settings */
    public ConfigSetCommand(ConfigStore store) {
        this.store = store;
    }

    @Override
    public ConfigSetting call() {
        try {
            key.normalise(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        store.set(key, value);
        return ConfigSetting.of(key, store);
    }
}
