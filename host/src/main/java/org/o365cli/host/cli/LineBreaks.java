package org.o365cli.host.cli;

import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Refuses a line break (CR or LF) in any option or argument value, before the command runs: it would
 * split a header, a CSOM body or a one-line error. A value meant to span lines (a request body) says so
 * with {@code paramLabel = "<text>"}.
 */
final class LineBreaks {

    static final String MULTI_LINE_LABEL = "<text>";

    private LineBreaks() {
    }

    /** @throws ParameterException (exit 2) naming the option whose value holds a line break */
    static void check(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            for (ArgSpec arg : level.matchedArgs()) {
                if (MULTI_LINE_LABEL.equals(arg.paramLabel())) {
                    continue;
                }
                for (String value : arg.originalStringValues()) {
                    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                        String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
                        throw new ParameterException(level.commandSpec().commandLine(),
                                "Invalid value for " + name + ": it holds a line break; give it on one line");
                    }
                }
            }
        }
    }
}
