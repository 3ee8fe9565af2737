package org.o365cli.host.config;

import java.util.concurrent.Callable;
import org.o365cli.auth.DefaultColumns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code o365 cli config get <key>}. */
@Command(name = "get", description = "Show one setting; its value is null when the default applies.",
        footer = {"", "Example:", "  o365 cli config get output"})
@DefaultColumns({"key", "value"})
public final class ConfigGetCommand implements Callable<ConfigSetting> {

    @Parameters(index = "0", paramLabel = "<key>", converter = ConfigKeyConverter.class,
            completionCandidates = ConfigKeyCandidates.class, description = "One of: ${COMPLETION-CANDIDATES}.")
    ConfigKey key;

    private final ConfigStore store;

    /** @param store the user's settings */
    public ConfigGetCommand(ConfigStore store) {
        this.store = store;
    }

    @Override
    public ConfigSetting call() {
        return ConfigSetting.of(key, store);
    }
}
