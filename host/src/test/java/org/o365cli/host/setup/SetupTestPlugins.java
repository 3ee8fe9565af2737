package org.o365cli.host.setup;

import org.o365cli.auth.ServicePlugin;
import org.o365cli.host.plugin.TestPluginJar;

/** A {@code graph} service on Microsoft Graph whose commands declare permissions, as a plugin's would. */
final class SetupTestPlugins {

    private SetupTestPlugins() {
    }

    static TestPluginJar graph() {
        return TestPluginJar.withId("graph-test")
                .source("test.graph.Service", """
                        package test.graph;
                        import java.util.List;
                        import org.o365cli.auth.*;
                        public class Service implements ServicePlugin {
                            public String name() { return "graph"; }
                            public String description() { return "Microsoft Graph, for the tests"; }
                            public List<String> declaredResources() { return List.of("https://graph.microsoft.com"); }
                            public ConnectResource connectResource() { return ConnectResource.fixed("https://graph.microsoft.com"); }
                            public List<Class<?>> commandClasses() { return List.of(UserCommand.class, SiteCommand.class); }
                        }
                        """)
                .source("test.graph.UserCommand", """
                        package test.graph;
                        import java.util.concurrent.Callable;
                        import org.o365cli.auth.Permission;
                        import picocli.CommandLine.Command;
                        @Command(name = "user", description = "Users.", subcommands = UserAddCommand.class)
                        @Permission(resource = "https://graph.microsoft.com", delegated = "User.Read.All", application = "User.Read.All")
                        public class UserCommand implements Callable<String> {
                            public String call() { return "users"; }
                        }
                        """)
                .source("test.graph.UserAddCommand", """
                        package test.graph;
                        import java.util.concurrent.Callable;
                        import org.o365cli.auth.Permission;
                        import picocli.CommandLine.Command;
                        @Command(name = "add", description = "Adds a user.")
                        @Permission(resource = "https://graph.microsoft.com", delegated = "User.ReadWrite.All",
                                application = "User.ReadWrite.All")
                        public class UserAddCommand implements Callable<String> {
                            public String call() { return "added"; }
                        }
                        """)
                .source("test.graph.SiteCommand", """
                        package test.graph;
                        import java.util.concurrent.Callable;
                        import org.o365cli.auth.Permission;
                        import picocli.CommandLine.Command;
                        @Command(name = "site", description = "Sites.")
                        @Permission(resource = "https://*.sharepoint.com", delegated = "AllSites.FullControl",
                                application = "Sites.FullControl.All")
                        @Permission(resource = "https://api.contoso.com", delegated = "Orders.Read")
                        public class SiteCommand implements Callable<String> {
                            public String call() { return "sites"; }
                        }
                        """)
                .service(ServicePlugin.class, "test.graph.Service");
    }
}
