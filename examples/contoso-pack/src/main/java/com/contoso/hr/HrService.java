package com.contoso.hr;

import com.contoso.hr.employee.EmployeeCommand;
import java.util.List;
import org.o365cli.auth.ConnectResource;
import org.o365cli.auth.ServicePlugin;

/** {@code o365 hr}: Contoso's HR API. */
public class HrService implements ServicePlugin {

    /** The HR API's Azure AD resource. */
    public static final String RESOURCE = "https://hr.contoso.com";

    @Override
    public String name() {
        return "hr";
    }

    @Override
    public String description() {
        return "Contoso's HR records: employees.";
    }

    @Override
    public List<String> declaredResources() {
        return List.of(RESOURCE);
    }

    @Override
    public ConnectResource connectResource() {
        return ConnectResource.fixed(RESOURCE);
    }

    @Override
    public List<Class<?>> commandClasses() {
        return List.of(EmployeeCommand.class);
    }
}
