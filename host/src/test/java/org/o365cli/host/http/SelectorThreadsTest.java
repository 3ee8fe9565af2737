package org.o365cli.host.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.Reference;
import java.net.http.HttpClient;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SelectorThreadsTest {

    @Test
    void endsTheSelectorThreadOfEveryClientSoTheExitIsNotHeldUp() {
        HttpClient first = HttpClient.newHttpClient();
        HttpClient second = HttpClient.newHttpClient();
        assertTrue(selectorThreads().size() >= 2, "each client has started its selector thread");

        SelectorThreads.stopAll();

        assertTrue(selectorThreads().isEmpty(), "selector threads still alive: " + selectorThreads());
        // Referenced to the end: their threads ended because they were stopped, not because the clients were collected.
        Reference.reachabilityFence(first);
        Reference.reachabilityFence(second);
    }

    private static List<String> selectorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith("HttpClient-") && name.endsWith("-SelectorManager"))
                .collect(Collectors.toList());
    }
}
