package org.o365cli.host.cli;

import java.util.Set;
import org.o365cli.host.output.OutputFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;

/**
 * The options every command takes. They are declared once, on the root command, with
 * {@link ScopeType#INHERIT}, so picocli copies them onto every subcommand (plugins' included)
 * while the values land here, whichever command they were typed after.
 */
public final class GlobalOptions {

    /** The names of the options above that take a value, for reading a command line before picocli does. */
    static final Set<String> WITH_VALUE = Set.of("-o", "--output", "--query", "--connection");

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this help and exit.")
    boolean helpRequested;

    @Option(names = {"-o", "--output"}, scope = ScopeType.INHERIT, paramLabel = "<format>",
            converter = OutputFormatConverter.class, completionCandidates = OutputFormatCandidates.class,
            description = "Output format: ${COMPLETION-CANDIDATES}; default from 'o365 cli config set output', else json.")
    OutputFormat output;

    @Option(names = "--query", scope = ScopeType.INHERIT, paramLabel = "<jmespath>",
            description = "JMESPath query applied to the result before it is formatted.")
    String query;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show what the command does, on stderr.")
    boolean verbose;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show requests, responses and stack traces on stderr, secrets redacted;"
                    + " the plugin framework's log has its own switch, O365_PLUGIN_LOG_LEVEL=debug.")
    boolean debug;

    @Option(names = "--connection", scope = ScopeType.INHERIT, paramLabel = "<name>",
            description = "Use this named connection of the command's service for this command only, instead of the active"
                    + " one (see 'o365 <service> connection list'); default from O365_CONNECTION.")
    String connection;

    /** The connection named with {@code --connection}, or null when not given. */
    public String connection() {
        return connection;
    }

    /** The format asked with {@code --output}, or null when not given. */
    public OutputFormat output() {
        return output;
    }

    /** The JMESPath query, or null. */
    public String query() {
        return query;
    }

    /** Whether to show what the command does; implied by {@code --debug}. */
    public boolean verbose() {
        return verbose || debug;
    }

    /** Whether to show requests, responses and stack traces. */
    public boolean debug() {
        return debug;
    }

    /** Parses {@code --output} values case-insensitively with the formats' own error message. */
    static final class OutputFormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** The format names for help and shell completion. */
    static final class OutputFormatCandidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(OutputFormat.values()).map(OutputFormat::id).iterator();
        }
    }
}
