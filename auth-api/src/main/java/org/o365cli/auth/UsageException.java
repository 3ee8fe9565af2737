package org.o365cli.auth;

/**
 * What the user typed cannot be right, found after the command line was parsed (an id that is
 * empty, {@code .} or {@code ..}, say). The host reports it as a usage error: one line, exit code 2.
 * Rules that picocli can check while parsing should stay in converters and {@code ParameterException}s.
 */
public class UsageException extends O365Exception {

    private static final long serialVersionUID = 1L;

    /** @param message one line: what is wrong with the input and what to give instead */
    public UsageException(String message) {
        super(message);
    }
}
