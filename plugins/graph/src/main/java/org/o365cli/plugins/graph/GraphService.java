package org.o365cli.plugins.graph;

import java.util.List;
import org.o365cli.auth.ConnectResource;
import org.o365cli.auth.ServicePlugin;
import org.o365cli.plugins.graph.groupsetting.GroupSettingCommand;
import org.o365cli.plugins.graph.o365group.O365GroupCommand;
import org.o365cli.plugins.graph.user.UserCommand;

/**
 * Microsoft Graph. Every command calls Microsoft Graph v1.0.
 */
public class GraphService implements ServicePlugin {

    private static final String GRAPH = "https://graph.microsoft.com";

    @Override
    public String name() {
        return "graph";
    }

    @Override
    public String description() {
        return "Microsoft Graph: users, Microsoft 365 groups, group settings";
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
        return List.of(UserCommand.class, O365GroupCommand.class, GroupSettingCommand.class);
    }
}
