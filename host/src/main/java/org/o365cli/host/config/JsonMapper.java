package org.o365cli.host.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Supplier;

/**
 * The host's one {@link ObjectMapper}, made on first use. Creating a mapper loads much of
 * Jackson (about 60 ms here), which {@code --version}, help and usage errors never need.
 */
public final class JsonMapper implements Supplier<ObjectMapper> {

    private ObjectMapper mapper;

    @Override
    public synchronized ObjectMapper get() {
        if (mapper == null) {
            mapper = new ObjectMapper();
        }
        return mapper;
    }
}
