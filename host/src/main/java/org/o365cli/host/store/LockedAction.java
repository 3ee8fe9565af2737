package org.o365cli.host.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What to do with one service's connection while holding the store's lock, given the connection
 * as it is now (read again under the lock, so another process's renewal is already visible).
 * Single-flight renewal across processes rests on this: each process that found the token
 * expired calls {@link ConnectionStore#withLock}; the first one renews and returns
 * {@link Outcome#replace}; the others then see the fresh token and return {@link Outcome#keep}
 * without asking the network.
 *
 * <p>The action runs while every other o365 process waits for the store, so it does one token
 * request at most and never prompts. An exception it throws leaves the file as it was.
 *
 * @param <T> what the action hands back to the caller, e.g. the access token
 */
@FunctionalInterface
public interface LockedAction<T> {

    /**
     * @param current the service's connection now, or empty when there is none
     * @return what to store, and what {@link ConnectionStore#withLock} returns
     */
    Outcome<T> apply(Optional<StoredConnection> current);

    /**
     * The decision of a {@link LockedAction}: leave the connection, replace it, or remove it, and
     * the value to return. {@code toString} never shows the value, which is often a token.
     *
     * @param <T> the value's type
     */
    sealed interface Outcome<T> {

        /** What {@link ConnectionStore#withLock} returns. */
        T value();

        /** Store nothing; return {@code value}. */
        static <T> Outcome<T> keep(T value) {
            return new Keep<>(value);
        }

        /** Store {@code connection} in place of the service's connection; return {@code value}. */
        static <T> Outcome<T> replace(StoredConnection connection, T value) {
            return new Replace<>(connection, value);
        }

        /** Remove the service's connection; return {@code value}. */
        static <T> Outcome<T> remove(T value) {
            return new Remove<>(value);
        }

        /** @param value returned as it is */
        record Keep<T>(T value) implements Outcome<T> {
            @Override
            public String toString() {
                return "Keep[value=<hidden>]";
            }
        }

        /**
         * @param connection the new connection, for the same service
         * @param value      returned as it is
         */
        record Replace<T>(StoredConnection connection, T value) implements Outcome<T> {
            /** A replacement must exist; removal is {@link Remove}. */
            public Replace {
                Objects.requireNonNull(connection, "connection");
            }

            @Override
            public String toString() {
                return "Replace[connection=" + connection + ", value=<hidden>]";
            }
        }

        /** @param value returned as it is */
        record Remove<T>(T value) implements Outcome<T> {
            @Override
            public String toString() {
                return "Remove[value=<hidden>]";
            }
        }
    }
}
