package org.o365cli.auth;

import picocli.CommandLine.Option;

/**
 * The {@code --force} option of a destructive command (remove, delete, uninstall), the same in every
 * plugin. Mix it into the command and pass it to {@link CommandContext#confirm(boolean, String)}:
 * <pre>{@code
 * @Mixin ForceOption force;
 * ...
 * if (!context.confirm(force.given(), "remove the storage entity '" + key + "' from the tenant")) {
 *     return null;                                   // the user answered no: nothing is done
 * }
 * }</pre>
 */
public final class ForceOption {

    @Option(names = "--force", description = "Do not ask for confirmation; needed when stdin is not a terminal (scripts, CI).")
    boolean force;

    /** Whether the user gave {@code --force}. */
    public boolean given() {
        return force;
    }
}
