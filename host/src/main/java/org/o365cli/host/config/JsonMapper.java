package org.o365cli.host.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Supplier;

/**
 * The host's one {@link ObjectMapper}, made on first use. Creating a mapper loads much of
 * Jackson (about 60 ms here), which {@code --version}, help and usage errors never need.
 */
public final class JsonMapper implements Supplier<ObjectMapper> {

    // A lambda, not ObjectMapper::new: linking a constructor reference loads ObjectMapper and its
    // supertypes when this object is made; a lambda's body is linked only when it first runs.
    private final Lazy<ObjectMapper> mapper = new Lazy<>(() -> new ObjectMapper());

    @Override
    public ObjectMapper get() {
        return mapper.get();
    }
}
