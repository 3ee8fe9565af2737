package com.contoso.hr.employee;

import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.ApiUrl;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.DefaultColumns;
import org.o365cli.auth.TokenMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hr employee list}: page by page, as the output is written. */
@Command(name = "list", description = "Lists employees.", footerHeading = "%nExamples:%n",
        footer = {"  o365 hr employee list -o text", "  o365 hr employee list --department Sales"})
@DefaultColumns({"id", "displayName", "department"})
public class EmployeeListCommand implements Callable<Stream<Employee>> {

    @Option(names = "--department", description = "Only the employees of this department.")
    String department;

    private final CommandContext context;

    public EmployeeListCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Stream<Employee> call() {
        String url = ApiUrl.onConnection(context, "/api/employees").query("department", department).toString();
        return context.http().pages(ApiRequest.get(url).withToken(TokenMethod.ENSURE)).map(Employee::of);
    }
}
