package org.o365cli.host.config;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code o365 cli config reset [<key>]}. */
@Command(name = "reset", description = "Put one setting, or all of them, back to the default.",
        footer = {"", "Examples:", "  o365 cli config reset output", "  o365 cli config reset"})
public final class ConfigResetCommand implements Callable<Object> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "<key>", converter = ConfigKeyConverter.class,
            completionCandidates = ConfigKeyCandidates.class,
            description = "The setting to reset (${COMPLETION-CANDIDATES}); all of them when omitted.")
    ConfigKey key;

    private final ConfigStore store;

    /** @param store the user's settings */
    public ConfigResetCommand(ConfigStore store) {
        this.store = store;
    }

    @Override
    public Object call() {
        if (key == null) {
            store.resetAll();
        } else {
            store.reset(key);
        }
        return null;
    }
}
