package com.contoso.hr.employee;

import picocli.CommandLine.Command;

/** {@code hr employee}. */
@Command(name = "employee", description = "Contoso's employees.", subcommands = {EmployeeGetCommand.class, EmployeeListCommand.class})
public class EmployeeCommand {
}
