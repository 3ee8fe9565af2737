package org.o365cli.host.config;

import java.util.Arrays;
import java.util.Iterator;

/** The valid keys, for help and shell completion. */
final class ConfigKeyCandidates implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(ConfigKey.values()).map(ConfigKey::id).iterator();
    }
}
