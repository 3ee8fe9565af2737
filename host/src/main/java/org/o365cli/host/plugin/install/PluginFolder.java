package org.o365cli.host.plugin.install;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.time.Clock;
import java.time.Duration;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.o365cli.host.http.HttpStack;
import org.o365cli.host.plugin.trust.Policy;
import java.util.stream.Collectors;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.UsageException;
import org.o365cli.host.config.HostEnvironment;
import org.o365cli.host.plugin.PluginCatalog;
import org.o365cli.host.plugin.PluginInspection;
import org.o365cli.host.plugin.PluginReport;
import org.o365cli.host.store.IoReason;
import org.o365cli.host.store.LockWait;
import org.o365cli.host.store.PrivateFiles;
import org.pf4j.DefaultPluginStatusProvider;

/**
 * The user's plugins folder as the {@code plugins} commands change it: install, update,
 * uninstall, enable, disable. Each change alters the folder, so the next run's command index no
 * longer matches and is rebuilt.
 */
public final class PluginFolder {

    /** Far longer than a change takes: it holds the lock only to copy one archive and write the records. */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(60);

    private final HostEnvironment environment;
    private final PluginCatalog catalog;
    private final InstalledPlugins installed;
    private final Installer installer;
    private final PrintWriter err;

    PluginFolder(HostEnvironment environment, PluginCatalog catalog, InstalledPlugins installed, Installer installer,
                 PrintWriter err) {
        this.environment = environment;
        this.catalog = catalog;
        this.installed = installed;
        this.installer = installer;
        this.err = err;
    }

    /**
     * @param environment  the installation
     * @param catalog      the plugins of this run
     * @param json         the host's mapper
     * @param http         the host's HTTP stack, made on first use
     * @param confirmation asks the user
     * @param err          stderr: the install prompt and what was done
     * @return the folder
     */
    public static PluginFolder of(HostEnvironment environment, PluginCatalog catalog, Supplier<ObjectMapper> json,
                                  Supplier<HttpStack> http, Confirmation confirmation, PrintWriter err) {
        InstalledPlugins installed = new InstalledPlugins(environment.userPluginsDir(), json,
                new LockWait(() -> LOCK_WAIT, message -> {
                    err.println(message);
                    err.flush();
                }));
        Installer installer = new Installer(environment, installed,
                () -> Policy.load(environment.variables(), Policy.DEFAULT_PATH, json.get()), new Downloads(http), catalog,
                new PluginInspection(environment, json, err), confirmation, err, Clock.systemUTC());
        return new PluginFolder(environment, catalog, installed, installer, err);
    }

    Optional<InstalledPlugin> install(String source, String sha256, boolean yes) {
        return installer.install(source, sha256, yes, null);
    }

    Optional<InstalledPlugin> update(String id, String source, String sha256, boolean yes) {
        InstalledPlugin current = installedOnly(id, "update");
        String from = source != null ? source : MavenCoordinates.parse(current.source())
                .map(c -> c.at(installer.newestVersion(c)).toString()).orElse(current.source());
        return installer.install(from, sha256, yes, current);
    }

    InstalledPlugin uninstall(String id) {
        InstalledPlugin record = installed.locked(() -> {
            InstalledPlugin current = installedOnly(id, "uninstall");
            try {
                PluginFiles.delete(environment.userPluginsDir(), current.file());
            } catch (IOException e) {
                throw new O365Exception("Cannot delete " + environment.userPluginsDir().resolve(current.file()) + " ("
                        + IoReason.of(e) + "); plugin '" + id + "' is still installed");
            }
            installed.write(installed.read().stream().filter(r -> !r.id().equals(id)).toList());
            statuses().enablePlugin(id); // forget a disabled mark, so a later install of this id starts enabled
            return current;
        });
        err.println("Uninstalled plugin '" + id + "' " + record.version() + ".");
        return record;
    }

    PluginReport enable(String id, boolean enabled) {
        PluginReport report = Installer.report(catalog, id).orElseThrow(() -> unknown(id));
        // PF4J's status files are read, changed and written whole, like installed.json: under the same lock.
        installed.locked(() -> {
            if (enabled) {
                statuses().enablePlugin(id);
            } else {
                statuses().disablePlugin(id);
            }
            return null;
        });
        err.println("Plugin '" + id + "' is " + (enabled ? "enabled" : "disabled") + " from the next command on.");
        return report;
    }

    private DefaultPluginStatusProvider statuses() {
        try {
            PrivateFiles.ensurePrivateDir(environment.userPluginsDir());
        } catch (IOException e) {
            throw new O365Exception("Cannot make " + environment.userPluginsDir() + " (" + IoReason.of(e) + ")");
        }
        // PF4J's own enabled.txt/disabled.txt in the user's plugins folder, which the host's plugin manager reads.
        return new DefaultPluginStatusProvider(environment.userPluginsDir());
    }

    private InstalledPlugin installedOnly(String id, String verb) {
        Optional<InstalledPlugin> record = installed.find(id);
        if (record.isPresent()) {
            return record.get();
        }
        Optional<PluginReport> report = Installer.report(catalog, id);
        if (report.isEmpty()) {
            throw unknown(id);
        }
        Path path = Path.of(report.get().path());
        throw new UsageException("Cannot " + verb + " plugin '" + id + "': it was not installed with 'o365 plugins install' ("
                + (path.toAbsolutePath().startsWith(environment.userPluginsDir().toAbsolutePath()) ? "it was copied to "
                : "it came with o365 in ") + path.getParent() + "); disable it with: o365 plugins disable " + id);
    }

    private UsageException unknown(String id) {
        List<PluginReport> reports = catalog.reports();
        return new UsageException("No plugin '" + id + "'; plugins: "
                + reports.stream().map(PluginReport::id).collect(Collectors.joining(", ")));
    }
}
