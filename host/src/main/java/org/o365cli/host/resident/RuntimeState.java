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
 * @param java             its Java version
 */
public record RuntimeState(String socket, String state, Long pid, String started, Long idleSeconds, Long activeCommands,
                           Long commandsServed, String java) {
}
