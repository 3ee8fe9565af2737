package org.o365cli.plugins.aad;

import java.util.List;
import org.o365cli.auth.ConnectResource;
import org.o365cli.auth.ServicePlugin;
import org.o365cli.plugins.aad.app.AppCommand;
import org.o365cli.plugins.aad.approleassignment.AppRoleAssignmentCommand;
import org.o365cli.plugins.aad.oauth2grant.Oauth2GrantCommand;
import org.o365cli.plugins.aad.sp.SpCommand;

/**
 * Azure Active Directory. Azure AD Graph is retired, so the directory is reached through Microsoft Graph.
 */
public class AadService implements ServicePlugin {

    private static final String GRAPH = "https://graph.microsoft.com";

    @Override
    public String name() {
        return "aad";
    }

    @Override
    public String description() {
        return "Azure Active Directory: service principals, apps, grants (through Microsoft Graph)";
    }

    @Override
    public List<String> declaredResources() {
        return List.of(GRAPH);
    }

    @Override
    public ConnectResource connectResource() {
        return ConnectResource.fixed(GRAPH);
    }

    @Override
    public List<Class<?>> commandClasses() {
        return List.of(SpCommand.class, AppCommand.class, Oauth2GrantCommand.class, AppRoleAssignmentCommand.class);
    }
}
