package org.o365cli.host.config;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.o365cli.auth.DefaultColumns;
import picocli.CommandLine.Command;

/** {@code o365 cli config list}. */
@Command(name = "list", description = "Show every setting with its value and what it does.",
        footer = {"", "Example:", "  o365 cli config list -o text"})
@DefaultColumns({"key", "value", "description"})
public final class ConfigListCommand implements Callable<List<ConfigSetting>> {

    private final ConfigStore store;

    /** @param store the user's settings */
    public ConfigListCommand(ConfigStore store) {
        this.store = store;
    }

    @Override
    public List<ConfigSetting> call() {
        return Arrays.stream(ConfigKey.values()).map(key -> ConfigSetting.of(key, store)).toList();
    }
}
