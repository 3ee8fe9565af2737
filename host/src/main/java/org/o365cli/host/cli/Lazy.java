package org.o365cli.host.cli;

import java.util.function.Supplier;

/**
 * A value made on first use and kept: the host makes costly objects (the HTTP client, the
 * sign-in flows) only in runs that need them, which keeps {@code --version} and help fast.
 *
 * @param <T> the value's type
 */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> maker;
    private T value;

    Lazy(Supplier<T> maker) {
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
