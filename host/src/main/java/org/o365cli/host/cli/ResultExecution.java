package org.o365cli.host.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.o365cli.auth.DefaultColumns;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.config.ConfigKey;
import org.o365cli.host.config.ConfigStore;
import org.o365cli.host.output.OutputFormat;
import org.o365cli.host.output.OutputOptions;
import org.o365cli.host.output.OutputWriter;
import org.o365cli.host.output.RawText;
import org.o365cli.host.output.Stdout;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine.ParseResult;

/**
 * Runs the command the user named and formats what it returns, once, for every command: the
 * command computes data, this class decides how it looks. A group named without a command
 * shows its help.
 */
final class ResultExecution implements IExecutionStrategy {

    private final GlobalOptions global;
    private final ConfigStore config;
    private final Supplier<OutputWriter> writer;
    private final PrintWriter out;

    ResultExecution(GlobalOptions global, ConfigStore config, Supplier<OutputWriter> writer, PrintWriter out) {
        this.global = global;
        this.config = config;
        this.writer = writer;
        this.out = out;
    }

    @Override
    public int execute(ParseResult parseResult) {
        // picocli lets --help win over words it does not know; `o365 hr employee get --help` without
        // an `hr` service must say that `hr` is unknown (exit 2), not show the help of `o365`.
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (!level.unmatched().isEmpty()) {
                throw new UnmatchedArgumentException(level.commandSpec().commandLine(), level.unmatched());
            }
        }
        Integer helpExit = CommandLine.executeHelpRequest(parseResult);
        if (helpExit != null) {
            return helpExit;
        }
        OneLineValues.check(parseResult);
        List<CommandLine> invoked = parseResult.asCommandLineList();
        CommandLine command = invoked.get(invoked.size() - 1);
        Object userObject = command.getCommand();
        Callable<?> callable;
        if (userObject instanceof Callable<?> c) {
            callable = c;
        } else if (userObject instanceof Runnable runnable) {
            callable = () -> {
                runnable.run();
                return null;
            };
        } else {
            command.usage(out);
            out.flush();
            return 0;
        }
        try {
            write(callable.call(), userObject);
            return 0;
        } catch (ParameterException e) {
            throw e;
        } catch (Stdout.Closed e) {
            // The reader has what it wanted (`| head`); paging stopped with the write.
            return 0;
        } catch (Exception e) {
            // picocli hands this to ErrorReport, which prints one line and picks the exit code.
            throw new ExecutionException(command, e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    private void write(Object result, Object command) {
        if (result instanceof RawText raw) {
            out.print(raw.text());
            out.flush();
            return;
        }
        DefaultColumns columns = command.getClass().getAnnotation(DefaultColumns.class);
        OutputOptions options = new OutputOptions(format(), global.query(),
                columns == null ? List.of() : List.of(columns.value()));
        writer.get().write(result, options, out);
    }

    private OutputFormat format() {
        if (global.output() != null) {
            return global.output();
        }
        // A bad value is refused when set; this catches one edited into the file by hand.
        return config.get(ConfigKey.OUTPUT).map(value -> {
            try {
                return OutputFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new O365Exception(config.file() + " sets output to '" + value
                        + "', which is not a format; run 'o365 cli config set output json'");
            }
        }).orElse(OutputFormat.JSON);
    }
}
