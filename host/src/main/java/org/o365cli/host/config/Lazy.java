package org.o365cli.host.config;

import java.util.function.Supplier;

/**
 * A value made on first use and kept: the host makes costly objects (the HTTP client, the
 * sign-in flows) only in runs that need them, which keeps {@code --version} and help fast.
 *
 * @param <T> the value's type
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> maker;
    private T value;

    /** @param maker makes the value, once */
    public Lazy(Supplier<T> maker) {
        this.maker = maker;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = maker.get();
        }
        return value;
    }
}
