package org.o365cli.host.plugin;

import java.nio.file.Path;
import java.util.List;
import org.o365cli.auth.O365Exception;

/**
 * What a plugin archive offers, read by loading it on its own before it is installed: what the
 * install prompt shows and what {@code installed.json} records.
 *
 * @param id            the plugin id
 * @param version       its version
 * @param provider      its provider, or empty
 * @param services      the services it provides
 * @param contributions the services it adds commands to
 * @param resources     the resources its services and contributions may ask tokens for
 */
public record PluginDescription(String id, String version, String provider, List<String> services,
                                List<String> contributions, List<String> resources) {

    /** Copies the lists. */
    public PluginDescription {
        services = List.copyOf(services);
        contributions = List.copyOf(contributions);
        resources = List.copyOf(resources);
    }

    /**
     * Loads and starts the plugin in this process, and reads its services and contributions. This
     * runs the plugin's code (its {@code Plugin.start()} and extension constructors), as every later
     * load will: only a process of its own may call it ({@link PluginInspection}).
     *
     * @param archive     its jar, or the folder its zip was unpacked into
     * @param hostVersion the version {@code Plugin-Requires} is checked against
     * @param progress    told whose code runs next
     * @return what it offers
     * @throws O365Exception when it does not load or start, saying why
     */
    static PluginDescription inspect(Path archive, String hostVersion, LoadProgress progress) {
        PluginCatalog catalog = PluginCatalog.inspect(archive, hostVersion, progress);
        PluginReport report = catalog.reports().stream().filter(r -> !r.id().equals(PluginCatalog.CLASSPATH))
                .findFirst().orElseThrow(() -> new O365Exception("Cannot install " + archive.getFileName()
                        + ": it holds no plugin"));
        if (report.error() != null) {
            throw new O365Exception("Cannot install plugin '" + report.id() + "': " + report.error());
        }
        if (!report.state().equals("started")) {
            throw new O365Exception("Cannot install plugin '" + report.id() + "': it does not start (" + report.state() + ")");
        }
        List<String> provided = catalog.services().stream().filter(s -> s.pluginId().equals(report.id()))
                .map(LoadedService::name).toList();
        List<String> joined = report.services().stream().filter(s -> !provided.contains(s)).toList();
        return new PluginDescription(report.id(), report.version(), report.provider(), provided, joined, report.resources());
    }
}
