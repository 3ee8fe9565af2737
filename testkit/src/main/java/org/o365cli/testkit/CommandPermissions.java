package org.o365cli.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.o365cli.auth.Permission;
import picocli.CommandLine.Command;

/**
 * Checks that every command of a service declares the permissions it needs ({@link Permission}) and that its
 * {@code --help} shows them, as the host prints them, through the built pack:
 * <pre>{@code
 * @RegisterExtension
 * static O365Extension o365 = O365Extension.forBuiltPack();
 *
 * @Test
 * void everyCommandDeclaresItsPermissions() {
 *     assertEquals(List.of(), CommandPermissions.undeclared(o365, "hr", new HrService().commandClasses()));
 * }
 * }</pre>
 * Commands are found as picocli finds them (each class's {@code @Command} name and {@code subcommands}).
 */
public final class CommandPermissions {

    private static final String NL = System.lineSeparator();

    private CommandPermissions() {
    }

    /**
     * Every command without subcommands, by its full name below {@code o365}.
     *
     * @param service the service's name, e.g. {@code graph}
     * @param classes its command classes, as {@code ServicePlugin.commandClasses()} returns them
     * @return the commands, e.g. {@code graph user get}, with their classes
     */
    public static Map<String, Class<?>> leaves(String service, List<Class<?>> classes) {
        Map<String, Class<?>> leaves = new LinkedHashMap<>();
        classes.forEach(type -> walk(service, type, leaves));
        return leaves;
    }

    /**
     * Runs {@code --help} of every command of the service and lists those that declare no {@code @Permission} or
     * whose help does not show what they declare.
     *
     * @param o365    the extension running the pack
     * @param service the service's name
     * @param classes its command classes
     * @return one line per faulty command; none when every command declares its permissions
     */
    public static List<String> undeclared(O365Extension o365, String service, List<Class<?>> classes) {
        List<String> faults = new ArrayList<>();
        Map<String, Class<?>> commands = leaves(service, classes);
        if (commands.isEmpty()) {
            faults.add(service + " has no command");
        }
        commands.forEach((command, type) -> {
            Permission[] declared = type.getAnnotationsByType(Permission.class);
            RunResult help = o365.run((command + " --help").split(" "));
            if (declared.length == 0) {
                faults.add(command + " (" + type.getName() + ") declares no @Permission");
            } else if (help.exitCode() != 0 || !help.out().contains(NL + "Permissions:" + NL)
                    || !Arrays.stream(declared).allMatch(p -> shows(help.out(), p))) {
                faults.add(command + ": its help does not show its permissions: " + help);
            }
        });
        return faults;
    }

    /**
     * How {@code --help} shows one resource's permissions when both kinds are declared.
     *
     * @param resource    e.g. {@code https://graph.microsoft.com}
     * @param delegated   the delegated permissions, comma-separated
     * @param application the application permissions, comma-separated
     * @return its lines, joined with {@code \n}
     */
    public static String section(String resource, String delegated, String application) {
        return "  " + resource + "\n    delegated:    " + delegated + "\n    application:  " + application;
    }

    /**
     * The Permissions section of a command's help.
     *
     * @param o365    the extension running the pack
     * @param command a command's full name, e.g. {@code graph user get}
     * @return the lines of its help's Permissions section below the heading, joined with {@code \n}
     * @throws AssertionError when its help fails or has no such section
     */
    public static String shown(O365Extension o365, String command) {
        RunResult help = o365.run((command + " --help").split(" "));
        List<String> lines = help.out().lines().toList();
        int heading = lines.indexOf("Permissions:");
        if (help.exitCode() != 0 || heading < 0) {
            throw new AssertionError("o365 " + command + " --help shows no Permissions section: " + help);
        }
        List<String> section = new ArrayList<>();
        for (int i = heading + 1; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            section.add(lines.get(i));
        }
        return String.join("\n", section);
    }

    private static boolean shows(String help, Permission permission) {
        return help.contains(NL + "  " + permission.resource() + NL)
                && Arrays.stream(permission.delegated()).allMatch(help::contains)
                && Arrays.stream(permission.application()).allMatch(help::contains);
    }

    private static void walk(String parent, Class<?> type, Map<String, Class<?>> leaves) {
        Command command = type.getAnnotation(Command.class);
        if (command == null) {
            throw new IllegalArgumentException(type.getName() + " has no @Command");
        }
        String path = parent + " " + command.name();
        if (command.subcommands().length == 0) {
            leaves.put(path, type);
        }
        for (Class<?> sub : command.subcommands()) {
            walk(path, sub, leaves);
        }
    }
}
