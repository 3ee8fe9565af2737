package org.o365cli.host.cli;

import java.io.PrintWriter;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.UsageException;
import org.o365cli.host.http.Redactor;
import org.o365cli.host.http.ServerText;
import org.o365cli.host.output.QueryException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How failures reach the user: {@code Error: <one line>} on stderr, exit 1 for a failed
 * command, exit 2 for a usage error (with picocli's "Did you mean" suggestions and where to find
 * help). The stack trace only with {@code --debug}.
 */
final class ErrorReport implements IExecutionExceptionHandler, IParameterExceptionHandler {

    static final int FAILED = 1;
    static final int USAGE = 2;
    /** Room for o365's own words around the {@value ServerText#MAX} characters a server may add. */
    private static final int SHOWN = 4 * ServerText.MAX;

    private final PrintWriter err;
    private final GlobalOptions global;
    private final Redactor redactor;

    ErrorReport(PrintWriter err, GlobalOptions global, Redactor redactor) {
        this.err = err;
        this.global = global;
        this.redactor = redactor;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        // Some picocli messages (argument groups) already start with "Error: ".
        String message = ex.getMessage() == null ? "" : ex.getMessage().replaceFirst("^Error: ", "");
        err.println("Error: " + redactor.redact(message));
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        traceIfDebug(ex);
        err.flush();
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        // Messages can quote what a server said; tokens and the secrets this run handled are masked.
        err.println("Error: " + ServerText.line(redactor.redact(message(ex)), SHOWN));
        traceIfDebug(ex);
        err.flush();
        return ex instanceof QueryException || ex instanceof UsageException ? USAGE : FAILED;
    }

    private static String message(Exception ex) {
        String message = ex.getMessage();
        if (ex instanceof O365Exception || ex instanceof QueryException || ex instanceof IllegalArgumentException) {
            return message == null ? "" : message;
        }
        // Anything else is a bug or an unforeseen failure: name it so a report can be filed.
        return ex.getClass().getSimpleName() + (message == null ? "" : ": " + message)
                + " (run again with --debug for details)";
    }

    private void traceIfDebug(Exception ex) {
        if (global.debug()) {
            java.io.StringWriter trace = new java.io.StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            err.print(ServerText.block(redactor.redact(trace.toString())));
        }
    }
}
