package org.o365cli.host.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.auth.CommandContribution;
import org.o365cli.auth.ServicePlugin;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.plugin.TestPluginJar;

/**
 * {@code --help} of a plugin's command lists the permissions the command declares with {@code @Permission}, for a
 * service's own commands and a third-party pack's alike, the same on the run that builds the command index and on
 * the runs served from it; a command that declares nothing says so.
 */
class PermissionHelpTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path root;

    private CliRunner o365;

    @BeforeEach
    void installPlugins() {
        o365 = new CliRunner(root);
        TestPluginJar.withId("crm")
                .source("test.crm.Service", """
                        package test.crm;
                        import java.util.List;
                        import org.o365cli.auth.*;
                        public class Service implements ServicePlugin {
                            public String name() { return "crm"; }
                            public String description() { return "CRM"; }
                            public List<String> declaredResources() { return List.of("https://crm.contoso.com"); }
                            public ConnectResource connectResource() { return ConnectResource.fixed("https://crm.contoso.com"); }
                            public List<Class<?>> commandClasses() { return List.of(AccountCommand.class, PingCommand.class); }
                        }
                        """)
                .source("test.crm.AccountCommand", """
                        package test.crm;
                        import picocli.CommandLine.Command;
                        @Command(name = "account", description = "Accounts", subcommands = AccountSyncCommand.class)
                        public class AccountCommand { }
                        """)
                .source("test.crm.AccountSyncCommand", """
                        package test.crm;
                        import org.o365cli.auth.Permission;
                        import picocli.CommandLine.Command;
                        import picocli.CommandLine.Option;
                        @Command(name = "sync", description = "Syncs accounts with Azure AD users.",
                                footerHeading = "%nExamples:%n", footer = "  o365 crm account sync --all")
                        @Permission(resource = "https://graph.microsoft.com", delegated = "User.Read.All", application = "User.Read.All")
                        @Permission(resource = "https://crm.contoso.com", application = {"Accounts.ReadWrite", "Audit.Write"})
                        public class AccountSyncCommand implements Runnable {
                            @Option(names = "--all", description = "Every account.") boolean all;
                            public void run() { }
                        }
                        """)
                .source("test.crm.PingCommand", """
                        package test.crm;
                        import picocli.CommandLine.Command;
                        @Command(name = "ping", description = "Pings.")
                        public class PingCommand implements Runnable {
                            public void run() { }
                        }
                        """)
                .service(ServicePlugin.class, "test.crm.Service")
                .writeTo(o365.bundledPlugins(), "crm.jar");
        TestPluginJar.withId("audit-pack")
                .source("test.pack.Pack", """
                        package test.pack;
                        import java.util.List;
                        import org.o365cli.auth.CommandContribution;
                        public class Pack implements CommandContribution {
                            public String service() { return "crm"; }
                            public List<String> resources() { return List.of("https://*.sharepoint.com"); }
                            public List<Class<?>> commandClasses() { return List.of(AuditCommand.class); }
                        }
                        """)
                .source("test.pack.AuditCommand", """
                        package test.pack;
                        import org.o365cli.auth.Permission;
                        import picocli.CommandLine.Command;
                        @Command(name = "audit", description = "Audits the sites.")
                        @Permission(resource = "https://*.sharepoint.com", delegated = "AllSites.Read")
                        public class AuditCommand implements Runnable {
                            public void run() { }
                        }
                        """)
                .service(CommandContribution.class, "test.pack.Pack")
                .writeTo(o365.userPlugins(), "audit-pack.jar");
    }

    @Test
    void helpListsEveryResourceAfterTheOptionsAndBeforeTheExamplesOnEveryRun() {
        String section = NL + "Permissions:" + NL
                + "  https://graph.microsoft.com" + NL
                + "    delegated:    User.Read.All" + NL
                + "    application:  User.Read.All" + NL
                + "  https://crm.contoso.com" + NL
                + "    delegated:    not supported (the command runs app-only)" + NL
                + "    application:  Accounts.ReadWrite, Audit.Write" + NL
                + NL + "Examples:" + NL;
        String first = null;
        for (int run = 0; run < 2; run++) {
            Result help = o365.run("crm", "account", "sync", "--help");
            assertEquals(0, help.exitCode(), help::toString);
            assertEquals("", help.err(), help::toString);
            assertTrue(help.out().contains(section), help::toString);
            assertTrue(help.out().indexOf("--all") < help.out().indexOf("Permissions:"), help::toString);
            if (first == null) {
                first = help.out();
            } else {
                assertEquals(first, help.out(), "the run served from the command index shows the same help");
            }
        }
    }

    @Test
    void aThirdPartyPacksCommandShowsItsOwnPermissions() {
        for (int run = 0; run < 2; run++) {
            Result help = o365.run("crm", "audit", "--help");
            assertEquals(0, help.exitCode(), help::toString);
            assertTrue(help.out().endsWith(NL + "Permissions:" + NL
                    + "  https://*.sharepoint.com" + NL
                    + "    delegated:    AllSites.Read" + NL
                    + "    application:  not supported (the command needs a signed-in user)" + NL), help::toString);
        }
    }

    @Test
    void aCommandDeclaringNothingIsShownAsNotDeclaredNeverAsNeedingNothing() {
        for (int run = 0; run < 2; run++) {
            Result help = o365.run("crm", "ping", "--help");
            assertEquals(0, help.exitCode(), help::toString);
            assertTrue(help.out().endsWith(NL + "Permissions:" + NL
                    + "  not declared by the plugin 'crm': see the API reference of the calls it makes" + NL), help::toString);
        }
    }

    @Test
    void groupsAndHostCommandsHaveNoPermissionSection() {
        for (String[] args : new String[][] {{"crm", "account", "--help"}, {"crm", "--help"}, {"crm", "connect", "--help"},
                {"status", "--help"}}) {
            Result help = o365.run(args);
            assertEquals(0, help.exitCode(), help::toString);
            assertFalse(help.out().contains("Permissions:"), help::toString);
        }
    }
}
