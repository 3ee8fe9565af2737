package org.o365cli.host.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o365cli.host.store.StoreSamples.graph;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.host.store.LockedAction.Outcome;

@Timeout(10)
class ConnectionStoreThreadsTest {

    private static final int THREADS = 16;

    @TempDir
    Path home;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void threadsRenewingTogetherRenewOnceAndLoseNoIncrement() throws Exception {
        ConnectionStore store = StoreSamples.store(home);
        store.put(counted(StoreSamples.expiredSpo(), 0));
        store.put(graph("graph"));
        AtomicInteger renewals = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);

        List<Future<String>> tokens = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            tokens.add(pool.submit(() -> {
                start.await();
                return store.withLock("spo", current -> {
                    StoredConnection connection = current.orElseThrow();
                    if (connection.expiresOn().isBefore(Instant.now())) {
                        renewals.incrementAndGet();
                        connection = connection.withTokens("eyJfresh", Instant.now().plusSeconds(3600), null);
                    }
                    int count = Integer.parseInt(connection.properties().get("counter"));
                    return Outcome.replace(counted(connection, count + 1), connection.accessToken());
                });
            }));
        }
        start.countDown();

        assertEquals(Set.of("eyJfresh"), results(tokens));
        assertEquals(1, renewals.get());
        assertEquals(String.valueOf(THREADS), store.get("spo").orElseThrow().properties().get("counter"));
        assertEquals(graph("graph"), store.get("graph").orElseThrow());
    }

    @Test
    void readersDuringWritesAlwaysSeeAWholeFile() throws Exception {
        ConnectionStore store = StoreSamples.store(home);
        store.put(StoreSamples.spo());
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Future<Integer>> readers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            readers.add(pool.submit(() -> {
                int reads = 0;
                while (writing.get()) {
                    assertTrue(store.all().size() >= 1);
                    reads++;
                }
                return reads;
            }));
        }

        List<Callable<Void>> writers = IntStream.range(0, 8).<Callable<Void>>mapToObj(i -> () -> {
            for (int round = 0; round < 10; round++) {
                store.put(graph("svc" + i));
            }
            return null;
        }).toList();
        for (Future<Void> writer : pool.invokeAll(writers)) {
            writer.get();
        }
        writing.set(false);

        for (Future<Integer> reader : readers) {
            assertTrue(reader.get() > 0);
        }
        assertEquals(9, store.all().size());
    }

    private static StoredConnection counted(StoredConnection c, int count) {
        Map<String, String> properties = new HashMap<>(c.properties());
        properties.put("counter", String.valueOf(count));
        return new StoredConnection(c.service(), c.authType(), c.appId(), c.tenant(), c.cloud(), c.authority(), c.resource(),
                c.accessToken(), c.expiresOn(), c.refreshToken(), c.connectedAs(), c.tenantId(), c.objectId(), properties,
                c.credential(), c.secondaryTokens());
    }

    private static Set<String> results(List<Future<String>> futures) throws Exception {
        Set<String> values = new java.util.HashSet<>();
        for (Future<String> future : futures) {
            values.add(future.get(5, TimeUnit.SECONDS));
        }
        return values;
    }
}
