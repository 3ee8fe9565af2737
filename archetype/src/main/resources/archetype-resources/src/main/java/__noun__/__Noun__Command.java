package ${package}.${noun};

import picocli.CommandLine.Command;

/** {@code ${service} ${noun}}: the group of the ${noun} commands. */
@Command(name = "${noun}", description = "Manage ${noun}s.", subcommands = {${Noun}GetCommand.class, ${Noun}ListCommand.class})
public class ${Noun}Command {
}
