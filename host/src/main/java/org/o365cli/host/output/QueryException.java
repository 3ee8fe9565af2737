package org.o365cli.host.output;

/**
 * A {@code --query} that is not valid JMESPath, or that fails on the result (such as {@code length(@)} of a
 * number). Its message is one line: {@code Invalid --query '<query>': <reason>}.
 */
public final class QueryException extends RuntimeException {

    QueryException(String query, String reason, Throwable cause) {
        // One line even for a multi-line query from a script, since errors print as a single "Error: ..." line.
        super(("Invalid --query '" + query + "': " + reason).replaceAll("\\R+", " "), cause);
    }
}
