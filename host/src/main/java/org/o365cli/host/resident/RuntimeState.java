package org.o365cli.host.resident;

/**
 * A resident runtime as {@code cli resident status} shows it.
 *
 * @param socket           its socket
 * @param state            {@code running}, {@code stopping} (after {@code stop}, until its commands end) or
 *                         {@code gone} (a socket left by a runtime that died; removed)
 * @param pid              its process id, when running
 * @param started          when it started (ISO 8601), when running
 * @param idleSeconds      how long it waits for a command before it exits
 * @param activeCommands   commands it runs now
 * @param commandsServed   commands it ran since it started
 * @param nativeClientCommands of those, the ones the native client (libexec/) handed over; the rest came
 *                         from the JVM client, which the launcher runs when there is no native one or it fell back
 * @param java             its Java version
 */
public record RuntimeState(String socket, String state, Long pid, String started, Long idleSeconds, Long activeCommands,
                           Long commandsServed, Long nativeClientCommands, String java) {
}
