package org.o365cli.host.http;

/**
 * Ends the selector threads of the process's HTTP clients just before the process exits. The JVM's exit
 * waits up to 300 ms for every thread that is in native code (HotSpot 17 to 25, whichever way the process
 * ends), and a {@code java.net.http} client's selector thread is, in {@code epoll_wait}, until its next
 * timer: every command that had made a request ended a third of a second late. Interrupting that thread
 * wakes it and ends its loop, and with it the client (Java 21's {@code HttpClient.shutdownNow()} does the
 * same; Java 17 has none). Only for a process about to exit: the resident runtime keeps its clients.
 */
public final class SelectorThreads {

    // The name java.net.http gives each client's selector thread (JDK 11 to 25). Another name costs time, not a failure.
    private static final String PREFIX = "HttpClient-";
    private static final String SUFFIX = "-SelectorManager";
    // Waking takes well under this; the exit is not held up longer than the JVM itself would hold it.
    private static final long JOIN_MILLIS = 100;

    private SelectorThreads() {
    }

    /** Interrupts every HTTP client's selector thread and waits, briefly, for each to end. */
    public static void stopAll() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int count = root.enumerate(threads, true);
        for (int i = 0; i < count; i++) {
            String name = threads[i].getName();
            if (name.startsWith(PREFIX) && name.endsWith(SUFFIX)) {
                threads[i].interrupt();
                try {
                    threads[i].join(JOIN_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
