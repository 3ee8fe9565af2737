package org.o365cli.host.plugin;

import org.o365cli.auth.CommandContribution;
import org.o365cli.auth.ServicePlugin;

/** Sources of the plugins the tests install, each a small real PF4J plugin. */
public final class TestPlugins {

    private TestPlugins() {
    }

    /**
     * A working service {@code <name>} with {@code greet --name <x>} (returns a greeting),
     * {@code people} (a list of records) and {@code fail --kind o365|bug|oom} (throws; {@code oom} an OutOfMemoryError, as a
     * huge body would, without filling the heap).
     */
    public static TestPluginJar service(String pluginId, String name) {
        return service(pluginId, name, "https://" + name + ".example.com");
    }

    /** The same service, connecting to (and declaring) the given resource. */
    public static TestPluginJar service(String pluginId, String name, String resource) {
        String pkg = "test." + pluginId.replace('-', '_');
        return TestPluginJar.withId(pluginId)
                .source(pkg + ".Service", """
                        package %1$s;
                        import java.util.List;
                        import org.o365cli.auth.*;
                        public class Service implements ServicePlugin {
                            public String name() { return "%2$s"; }
                            public String description() { return "The %2$s test service"; }
                            public List<String> declaredResources() { return List.of("%3$s"); }
                            public ConnectResource connectResource() { return ConnectResource.fixed("%3$s"); }
                            public List<Class<?>> commandClasses() {
                                return List.of(GreetCommand.class, PeopleCommand.class, FailCommand.class, ApiCommand.class);
                            }
                        }
                        """.formatted(pkg, name, resource))
                .source(pkg + ".PeopleCommand", """
                        package %s;
                        import java.util.List;
                        import java.util.concurrent.Callable;
                        import org.o365cli.auth.DefaultColumns;
                        import picocli.CommandLine.Command;
                        @Command(name = "people", description = "Lists people.")
                        @DefaultColumns({"name", "age"})
                        public class PeopleCommand implements Callable<List<PeopleCommand.Person>> {
                            public record Person(String name, int age, String city) { }
                            public List<Person> call() {
                                return List.of(new Person("Zoë", 31, "Lille"), new Person("Ann", 45, "Oslo, Norway"));
                            }
                        }
                        """.formatted(pkg))
                .source(pkg + ".ApiCommand", """
                        package %s;
                        import java.util.concurrent.Callable;
                        import org.o365cli.auth.*;
                        import picocli.CommandLine.Command;
                        import picocli.CommandLine.Option;
                        @Command(name = "api", description = "Calls an API through the host's Http.")
                        public class ApiCommand implements Callable<Object> {
                            @Option(names = "--url", required = true) String url;
                            @Option(names = "--pages") boolean pages;
                            @Option(names = "--ensure") boolean ensure;
                            private final CommandContext context;
                            public ApiCommand(CommandContext context) { this.context = context; }
                            public Object call() {
                                ApiRequest request = ApiRequest.get(url).withToken(ensure ? TokenMethod.ENSURE : TokenMethod.GET);
                                return pages ? context.http().pages(request) : context.http().json(request);
                            }
                        }
                        """.formatted(pkg))
                .source(pkg + ".FailCommand", """
                        package %s;
                        import java.util.concurrent.Callable;
                        import org.o365cli.auth.O365Exception;
                        import picocli.CommandLine.Command;
                        import picocli.CommandLine.Option;
                        @Command(name = "fail", description = "Fails.")
                        public class FailCommand implements Callable<Object> {
                            @Option(names = "--kind", defaultValue = "o365") String kind;
                            public Object call() {
                                if (kind.equals("o365")) {
                                    throw new O365Exception("Site https://contoso.sharepoint.com/sites/x not found; check --url");
                                }
                                if (kind.equals("oom")) {
                                    throw new OutOfMemoryError("Java heap space");
                                }
                                Object missing = null;
                                return missing.toString();
                            }
                        }
                        """.formatted(pkg))
                .source(pkg + ".GreetCommand", """
                        package %s;
                        import java.util.Map;
                        import java.util.concurrent.Callable;
                        import org.o365cli.auth.CommandContext;
                        import picocli.CommandLine.Command;
                        import picocli.CommandLine.Option;
                        @Command(name = "greet", description = "Greets someone.")
                        public class GreetCommand implements Callable<Map<String, String>> {
                            @Option(names = "--name", required = true) String name;
                            private final CommandContext context;
                            public GreetCommand(CommandContext context) { this.context = context; }
                            public Map<String, String> call() {
                                return Map.of("greeting", "Hello " + name, "service", context.service());
                            }
                        }
                        """.formatted(pkg))
                .service(ServicePlugin.class, pkg + ".Service");
    }

    /**
     * A service {@code <name>} with {@code touch}, whose classes create the marker file when the
     * plugin's code runs at all: when its extension or its command is instantiated.
     */
    public static TestPluginJar markingService(String pluginId, String name, java.nio.file.Path marker) {
        String pkg = "test." + pluginId.replace('-', '_');
        String touch = "static { try { java.nio.file.Files.writeString(java.nio.file.Path.of(\"%s\"), \"loaded\"); }"
                .formatted(marker.toAbsolutePath().toString().replace("\\", "\\\\"))
                + " catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); } }";
        return TestPluginJar.withId(pluginId)
                .source(pkg + ".Service", """
                        package %1$s;
                        import java.util.List;
                        import org.o365cli.auth.*;
                        public class Service implements ServicePlugin {
                            %3$s
                            public String name() { return "%2$s"; }
                            public String description() { return "The %2$s marking service"; }
                            public List<String> declaredResources() { return List.of("https://%2$s.example.com"); }
                            public ConnectResource connectResource() { return ConnectResource.fixed("https://%2$s.example.com"); }
                            public List<Class<?>> commandClasses() { return List.of(TouchCommand.class); }
                        }
                        """.formatted(pkg, name, touch))
                .source(pkg + ".TouchCommand", """
                        package %1$s;
                        import java.util.concurrent.Callable;
                        import picocli.CommandLine.Command;
                        @Command(name = "touch", description = "Touches the marker.")
                        public class TouchCommand implements Callable<String> {
                            %2$s
                            public String call() { return "touched"; }
                        }
                        """.formatted(pkg, touch))
                .service(ServicePlugin.class, pkg + ".Service");
    }

    /** A service whose extension constructor throws. */
    static TestPluginJar throwingService(String pluginId) {
        return TestPluginJar.withId(pluginId)
                .source("test.boom.Service", """
                        package test.boom;
                        import java.util.List;
                        import org.o365cli.auth.*;
                        public class Service implements ServicePlugin {
                            public Service() { throw new IllegalStateException("boom in constructor"); }
                            public String name() { return "boom"; }
                            public String description() { return ""; }
                            public List<String> declaredResources() { return List.of(); }
                            public ConnectResource connectResource() { return ConnectResource.fixed("https://boom.example.com"); }
                            public List<Class<?>> commandClasses() { return List.of(); }
                        }
                        """)
                .service(ServicePlugin.class, "test.boom.Service");
    }

    /** A service whose only command's constructor throws. */
    static TestPluginJar serviceWithThrowingCommand(String pluginId, String name) {
        return TestPluginJar.withId(pluginId)
                .source("test.badcmd.Service", """
                        package test.badcmd;
                        import java.util.List;
                        import org.o365cli.auth.*;
                        public class Service implements ServicePlugin {
                            public String name() { return "%s"; }
                            public String description() { return "Broken commands"; }
                            public List<String> declaredResources() { return List.of("https://bad.example.com"); }
                            public ConnectResource connectResource() { return ConnectResource.fixed("https://bad.example.com"); }
                            public List<Class<?>> commandClasses() { return List.of(BadCommand.class); }
                        }
                        """.formatted(name))
                .source("test.badcmd.BadCommand", """
                        package test.badcmd;
                        import picocli.CommandLine.Command;
                        @Command(name = "bad")
                        public class BadCommand implements Runnable {
                            public BadCommand() { throw new IllegalStateException("command constructor failed"); }
                            public void run() { }
                        }
                        """)
                .service(ServicePlugin.class, "test.badcmd.Service");
    }

    /** Commands {@code o365 <service> contoso audit} added to another plugin's service. */
    static TestPluginJar contribution(String pluginId, String service) {
        return TestPluginJar.withId(pluginId)
                .source("test.pack.Pack", """
                        package test.pack;
                        import java.util.List;
                        import org.o365cli.auth.CommandContribution;
                        public class Pack implements CommandContribution {
                            public String service() { return "%s"; }
                            public List<String> resources() { return List.of("https://audit.contoso.com"); }
                            public List<Class<?>> commandClasses() { return List.of(ContosoCommand.class); }
                        }
                        """.formatted(service))
                .source("test.pack.ContosoCommand", """
                        package test.pack;
                        import picocli.CommandLine.Command;
                        @Command(name = "contoso", description = "Contoso's own commands", subcommands = AuditCommand.class)
                        public class ContosoCommand { }
                        """)
                .source("test.pack.AuditCommand", """
                        package test.pack;
                        import java.util.List;
                        import java.util.concurrent.Callable;
                        import org.o365cli.auth.CommandContext;
                        import org.o365cli.auth.DefaultColumns;
                        import picocli.CommandLine.Command;
                        @Command(name = "audit", description = "Audits")
                        @DefaultColumns({"site"})
                        public class AuditCommand implements Callable<List<AuditCommand.Finding>> {
                            public record Finding(String site, int issues) { }
                            private final CommandContext context;
                            public AuditCommand(CommandContext context) { this.context = context; }
                            public List<Finding> call() {
                                return List.of(new Finding(context.service() + "-a", 1), new Finding("b", 2));
                            }
                        }
                        """)
                .service(CommandContribution.class, "test.pack.Pack");
    }
}
