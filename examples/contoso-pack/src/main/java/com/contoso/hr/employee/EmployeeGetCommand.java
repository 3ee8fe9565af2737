package com.contoso.hr.employee;

import java.util.concurrent.Callable;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.ApiUrl;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.TokenMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hr employee get}. */
@Command(name = "get", description = "Gets an employee by id.", footerHeading = "%nExamples:%n",
        footer = "  o365 hr employee get --id 1001")
public class EmployeeGetCommand implements Callable<Employee> {

    @Option(names = "--id", required = true, description = "The employee's id.")
    String id;

    private final CommandContext context;

    public EmployeeGetCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Employee call() {
        String url = ApiUrl.onConnection(context, "/api/employees").segment(id).toString();
        return Employee.of(context.http().json(ApiRequest.get(url).withToken(TokenMethod.ENSURE)));
    }
}
