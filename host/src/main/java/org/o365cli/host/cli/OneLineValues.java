package org.o365cli.host.cli;

import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Refuses, before the command runs, an option or argument value holding a line break (CR or LF) or a
 * character XML 1.0 forbids (the other C0 controls but TAB, U+FFFE, U+FFFF, a lone surrogate): a line break
 * would split a header or a one-line error, and the others make a CSOM body that SharePoint cannot parse.
 * They are refused rather than dropped, so what is stored is what the user typed. A value meant to span
 * lines (a request body) says so with {@code paramLabel = "<text>"} and is sent as given.
 */
final class OneLineValues {

    static final String MULTI_LINE_LABEL = "<text>";

    private OneLineValues() {
    }

    /** @throws ParameterException (exit 2) naming the option whose value holds such a character */
    static void check(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            for (ArgSpec arg : level.matchedArgs()) {
                if (MULTI_LINE_LABEL.equals(arg.paramLabel())) {
                    continue;
                }
                for (String value : arg.originalStringValues()) {
                    String problem = problem(value);
                    if (problem != null) {
                        String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
                        throw new ParameterException(level.commandSpec().commandLine(), "Invalid value for " + name + ": " + problem);
                    }
                }
            }
        }
    }

    private static String problem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                return "it holds a line break; give it on one line";
            }
            boolean control = c < 0x20 && c != '\t';
            boolean lone = Character.isHighSurrogate(c) ? i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(++i))
                    : Character.isLowSurrogate(c);
            if (control || lone || c == '\uFFFE' || c == '\uFFFF') {
                return String.format("it holds U+%04X, a control character or non-character that cannot be sent; remove it", (int) c);
            }
        }
        return null;
    }
}
