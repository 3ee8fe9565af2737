package org.o365cli.host.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Supplier;

/**
 * The host's one {@link ObjectMapper}, made on first use. Creating a mapper loads much of
 * Jackson (about 60 ms here), which {@code --version}, help and usage errors never need.
 */
public final class JsonMapper implements Supplier<ObjectMapper> {

    private final Lazy<ObjectMapper> mapper = new Lazy<>(ObjectMapper::new);

    @Override
    public ObjectMapper get() {
        return mapper.get();
    }
}
