package org.o365cli.host.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.o365cli.auth.ApiException;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.UsageException;
import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.Cloud;
import org.o365cli.host.config.ConfigKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code o365 setup}: makes a tenant ready for o365 in one command. Signs an administrator in once with
 * Microsoft Graph Command Line Tools ({@link AdminSignIn#CLIENT_ID}), creates or updates the app
 * registration o365 signs in with, grants it admin consent, and saves it as the connect defaults.
 */
@Command(name = "setup", sortOptions = false,
        description = "Create or update the app registration o365 signs in with, grant admin consent, and save it as the connect default.",
        footer = {"", "Permissions asked at sign-in (delegated, Microsoft Graph Command Line Tools, 14d82eec-204b-4c2f-b7e8-296a70dab67e):",
            "  Application.ReadWrite.All, DelegatedPermissionGrant.ReadWrite.All, AppRoleAssignment.ReadWrite.All",
            "", "Examples:", "  o365 setup --dryRun", "  o365 setup --yes && o365 graph connect",
            "  o365 setup --scopes all --tenant contoso.onmicrosoft.com",
            "  o365 setup --scopes User.Read.All,https://contoso.sharepoint.com/AllSites.FullControl",
            "  o365 setup --appOnly --scopes all --yes && o365 spo connect https://contoso-admin.sharepoint.com --authType certificate",
            "  o365 setup --sandbox --yes"})
public final class SetupCommand implements Callable<SetupResult> {

    @Option(names = "--scopes", paramLabel = "minimal|all|<list>", defaultValue = "minimal",
            description = "The permissions: minimal (Graph User.Read, offline_access, openid, profile), all (what the "
                    + "installed commands declare), or names separated by commas; default ${DEFAULT-VALUE}.")
    String scopes;

    @Option(names = "--appOnly", description = "Also grant application permissions, and make a certificate for --authType certificate.")
    boolean appOnly;

    @Option(names = "--name", paramLabel = "<name>", defaultValue = "o365 CLI",
            description = "The app registration's display name, by which a later run finds it; default ${DEFAULT-VALUE}.")
    String name;

    @Option(names = "--dryRun", description = "Print what would change, change nothing.")
    boolean dryRun;

    @Option(names = {"-y", "--yes"}, description = "Make the changes without asking.")
    boolean yes;

    @Option(names = "--authType", paramLabel = "deviceCode|browser",
            description = "How the administrator signs in; default deviceCode.")
    String authType;

    @Option(names = "--tenant", paramLabel = "<tenant>",
            description = "The tenant id or domain; default the signed-in administrator's own.")
    String tenant;

    @Option(names = "--sandbox", description = "Set up the sandbox tenant, signed in as its administrator.")
    boolean sandbox;

    private final SetupServices services;

    /** @param services what setup works with */
    public SetupCommand(SetupServices services) {
        this.services = services;
    }

    @Override
    public SetupResult call() {
        AuthType signIn = authType();
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new UsageException("--name must be 1 to 120 characters");
        }
        if (sandbox && tenant != null) {
            throw new UsageException("--sandbox sets up the sandbox tenant: leave out --tenant");
        }
        ScopeChoice choice;
        try {
            choice = ScopeChoice.parse(scopes);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (!dryRun) {
            services.confirmer().requireWayToAsk(yes);
        }
        AdminSignIn.Session session = services.signIn().signIn(sandbox, signIn, tenant, AdminSignIn.PERMISSIONS);
        DirectoryClient directory = new DirectoryClient(services.graph().apply(session), services.json(),
                session.cloud().graph().uri());
        AppCertificates certificates = new AppCertificates(services.home(), services.clock());
        SetupPlanner.Plan plan;
        try {
            List<WantedPermission> wanted = choice.wanted(choice.preset() != null && choice.preset().equals("all")
                    ? services.installed().get() : List::of, appOnly, this::say);
            List<ResolvedPermission> permissions = new PermissionResolver(directory).resolve(wanted, choice.listed(), this::say);
            plan = new SetupPlanner(directory, services.json(), certificates).plan(name.trim(), permissions, appOnly);
        } catch (ApiException e) {
            throw SetupErrors.explain(e, "read the app registrations and APIs of the tenant", 0);
        }
        List<String> changes = plan.steps().stream().map(SetupStep::description).toList();
        say(changes.isEmpty() ? "The app registration '" + name.trim() + "' is set up already in tenant " + session.tenantId()
                + ": nothing to change." : "Setup plan for tenant " + session.tenantId() + " (signed in as " + session.user() + "):");
        changes.forEach(change -> say("  - " + change));
        if (dryRun) {
            return new SetupResult(plan.target().appId, name.trim(), session.tenantId(), session.cloud().name(), null, true, changes);
        }
        if (!changes.isEmpty() && !services.confirmer().confirm(yes, "make these " + changes.size() + " changes in tenant "
                + session.tenantId())) {
            throw new O365Exception("Setup cancelled: nothing was changed");
        }
        List<String> done = new ArrayList<>();
        for (SetupStep step : plan.steps()) {
            try {
                step.action().apply(plan.target());
            } catch (ApiException e) {
                throw SetupErrors.explain(e, step.description(), done.size());
            }
            done.add(step.description());
            say("Done: " + step.description());
        }
        String certificate = appOnly ? certificates.file(plan.target().appId).toString() : null;
        saveDefaults(plan.target().appId, session, certificate);
        return new SetupResult(plan.target().appId, name.trim(), session.tenantId(), session.cloud().name(), certificate, false, done);
    }

    private AuthType authType() {
        if (authType == null) {
            return null;
        }
        AuthType type;
        try {
            type = AuthType.parse(authType);
        } catch (IllegalArgumentException e) {
            type = null;
        }
        if (type != AuthType.DEVICE_CODE && type != AuthType.BROWSER) {
            throw new UsageException("Invalid --authType '" + authType + "' for setup: an administrator signs in with deviceCode "
                    + "or browser");
        }
        return type;
    }

    private void saveDefaults(String appId, AdminSignIn.Session session, String certificate) {
        services.config().set(ConfigKey.APP_ID, appId);
        services.config().set(ConfigKey.TENANT, session.tenantId());
        services.config().set(ConfigKey.CLOUD, session.cloud().name());
        if (certificate != null) {
            services.config().set(ConfigKey.CERTIFICATE_FILE, certificate);
        }
        say("Saved as the connect defaults: appId " + appId + ", tenant " + session.tenantId()
                + (session.cloud() == Cloud.Public ? "" : ", cloud " + session.cloud().name())
                + (certificate == null ? "" : ", certificateFile " + certificate) + ". Next: o365 graph connect");
    }

    private void say(String line) {
        services.err().println(line);
        services.err().flush();
    }
}
