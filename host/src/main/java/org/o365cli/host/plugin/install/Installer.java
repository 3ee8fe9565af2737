package org.o365cli.host.plugin.install;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.UsageException;
import org.o365cli.host.config.HostEnvironment;
import org.o365cli.host.plugin.PluginCatalog;
import org.o365cli.host.plugin.PluginDescription;
import org.o365cli.host.plugin.PluginInspection;
import org.o365cli.host.plugin.PluginReport;
import org.o365cli.host.plugin.trust.Policy;
import org.o365cli.host.plugin.trust.Sha256;
import org.o365cli.host.store.PrivateFiles;
import org.pf4j.util.FileUtils;

/**
 * Installs a plugin archive into {@code $O365_HOME/plugins}: fetches it into a private staging
 * folder, checks the SHA-256 asked for and the organisation's policy, reads what it offers,
 * refuses a service another plugin owns, shows all that and asks, then puts it in place and
 * records it. Nothing reaches the plugins folder before the user said yes.
 */
final class Installer {

    private final HostEnvironment environment;
    private final InstalledPlugins installed;
    private final Supplier<Optional<Policy>> policy;
    private final Downloads downloads;
    private final PluginCatalog catalog;
    private final PluginInspection inspection;
    private final Confirmation confirmation;
    private final PrintWriter err;
    private final Clock clock;

    Installer(HostEnvironment environment, InstalledPlugins installed, Supplier<Optional<Policy>> policy, Downloads downloads,
              PluginCatalog catalog, PluginInspection inspection, Confirmation confirmation, PrintWriter err, Clock clock) {
        this.environment = environment;
        this.installed = installed;
        this.policy = policy;
        this.downloads = downloads;
        this.catalog = catalog;
        this.inspection = inspection;
        this.confirmation = confirmation;
        this.err = err;
        this.clock = clock;
    }

    /**
     * @param source    a path, an https URL or Maven coordinates
     * @param sha256    the SHA-256 the archive must have, or null
     * @param yes       install without asking
     * @param replacing the record an update replaces, or null for a new install
     * @return the new record, or empty when the user said no
     */
    Optional<InstalledPlugin> install(String source, String sha256, boolean yes, InstalledPlugin replacing) {
        String expected = sha256 == null ? null : Optional.ofNullable(Sha256.normalise(sha256)).orElseThrow(() ->
                new UsageException("--sha256 '" + sha256 + "' is not 64 hex digits"));
        List<InstalledPlugin> records = installed.read();
        Path staging = null;
        try {
            Path cache = environment.home().resolve("cache");
            PrivateFiles.ensurePrivateDir(cache);
            staging = Files.createTempDirectory(cache, "plugin-install-");
            FetchedArchive archive = FetchedArchive.fetch(source, staging, downloads, environment.variables());
            String actual = Sha256.of(archive.file());
            if (expected != null && !expected.equals(actual)) {
                throw new O365Exception("Refusing " + archive.source() + ": its SHA-256 is " + actual + ", not the " + expected
                        + " given with --sha256; nothing was installed");
            }
            PluginDescription plugin = inspection.describe(FileUtils.expandIfZip(archive.file()));
            // Installing an installed plugin's own version again is how a changed file is trusted again.
            InstalledPlugin same = replacing != null ? null : records.stream()
                    .filter(r -> r.id().equals(plugin.id()) && r.version().equals(plugin.version())).findFirst().orElse(null);
            new InstallRules(catalog, records).check(plugin, replacing, same != null);
            Optional<String> refusal = policy.get().flatMap(p -> p.refusal(plugin.id(), archive.file(), actual));
            if (refusal.isPresent()) {
                throw new O365Exception("Refusing plugin '" + plugin.id() + "': " + refusal.get());
            }
            InstallPrompt.show(err, plugin, archive.source(), actual);
            if (!confirmation.confirm(yes, (replacing == null ? "install" : "update to") + " plugin '" + plugin.id() + "' "
                    + plugin.version())) {
                err.println("Nothing was installed.");
                return Optional.empty();
            }
            InstalledPlugin before = replacing != null ? replacing : same;
            return Optional.of(installed.locked(() -> put(archive, plugin, actual, replacing, before)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (staging != null) {
                PrivateFiles.deleteQuietly(staging);
            }
        }
    }

    // Under the lock, with the records as they are now: another o365 process may have changed them while this one
    // downloaded, inspected and asked, so what was checked then is checked again before anything is written.
    private InstalledPlugin put(FetchedArchive archive, PluginDescription plugin, String sha256, InstalledPlugin replacing,
                                InstalledPlugin before) {
        List<InstalledPlugin> records = installed.read();
        if (!Objects.equals(before, records.stream().filter(r -> r.id().equals(plugin.id())).findFirst().orElse(null))) {
            throw new O365Exception("Refusing plugin '" + plugin.id() + "': another o365 process installed, updated or"
                    + " uninstalled it meanwhile; nothing was installed; run the command again");
        }
        new InstallRules(catalog, records).check(plugin, replacing, replacing == null && before != null);
        try {
            return write(archive, plugin, sha256, records, before);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InstalledPlugin write(FetchedArchive archive, PluginDescription plugin, String sha256, List<InstalledPlugin> records,
                                  InstalledPlugin replacing) throws IOException {
        String name = archive.file().getFileName().toString();
        String file = plugin.id() + "-" + plugin.version() + name.substring(name.lastIndexOf('.'));
        Path target = environment.userPluginsDir().resolve(file);
        PluginFiles.deleteUnpacked(environment.userPluginsDir(), file);
        PrivateFiles.writeAtomically(target, Files.readAllBytes(archive.file()));
        InstalledPlugin record = new InstalledPlugin(plugin.id(), plugin.version(), archive.source(), sha256,
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), file, plugin.services());
        List<InstalledPlugin> updated = new ArrayList<>(records.stream().filter(r -> !r.id().equals(plugin.id())).toList());
        updated.add(record);
        installed.write(updated);
        if (replacing != null && !replacing.file().equals(file)) {
            PluginFiles.delete(environment.userPluginsDir(), replacing.file());
        }
        return record;
    }

    /** The newest version of an artifact in the plugin repository. */
    String newestVersion(MavenCoordinates coordinates) {
        return new MavenRepository(environment.variables(), downloads).newestVersion(coordinates);
    }

    /** The catalog's report of a plugin, for ids the user names. */
    static Optional<PluginReport> report(PluginCatalog catalog, String id) {
        return catalog.reports().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
