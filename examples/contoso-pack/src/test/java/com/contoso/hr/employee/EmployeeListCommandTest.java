package com.contoso.hr.employee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.contoso.hr.HrService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.o365cli.testkit.FakeCommandContext;
import org.o365cli.testkit.FakeHttp;
import picocli.CommandLine;

class EmployeeListCommandTest {

    private final FakeHttp http = new FakeHttp(request -> FakeHttp.ok(request.url().contains("page=2")
            ? "{\"value\":[{\"id\":\"2\",\"displayName\":\"Alex Wilber\",\"department\":\"Sales\"}]}"
            : "{\"value\":[{\"id\":\"1\",\"displayName\":\"Adele Vance\",\"department\":\"Sales\",\"managerId\":\"9\"}],"
                    + "\"@odata.nextLink\":\"https://hr.contoso.com/api/employees?department=Sales&page=2\"}"));
    private final FakeCommandContext context = new FakeCommandContext("hr", http).connectedTo(HrService.RESOURCE);

    @Test
    void listsEveryPageOfTheDepartmentAsEmployees() {
        EmployeeListCommand command = new EmployeeListCommand(context);
        new CommandLine(command).parseArgs("--department", "Sales");

        List<Employee> employees = command.call().toList();

        assertEquals(List.of(new Employee("1", "Adele Vance", "Sales", "9"), new Employee("2", "Alex Wilber", "Sales", null)), employees);
        assertEquals("[GET https://hr.contoso.com/api/employees?department=Sales, "
                + "GET https://hr.contoso.com/api/employees?department=Sales&page=2]", http.requests().toString());
    }
}
