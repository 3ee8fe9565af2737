package org.o365cli.auth;

/**
 * A yes/no option a service adds to its {@code connect} command, such as spo's {@code --admin}.
 * When the user gives it, the connection keeps the property {@code <name>} = {@code true}, which
 * the service's after-connect step and its commands read from {@link ConnectionInfo#properties()}.
 *
 * @param name        the option without dashes, e.g. {@code admin} for {@code --admin}: letters and digits
 * @param description one sentence for the option's help
 */
public record ConnectFlag(String name, String description) {
}
