package org.o365cli.host.plugin;

import java.util.List;
import org.o365cli.host.plugin.trust.PluginOrigin;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/** Lines of {@code plugins list}, from what PF4J and the catalog know of each plugin. */
final class PluginReports {

    private PluginReports() {
    }

    /** A plugin PF4J loaded, whatever its state; {@code problem} is the catalog's own finding, or null. */
    static PluginReport of(PluginWrapper plugin, HostPluginManager manager, String problem, List<String> services,
                           List<String> resources, PluginOrigin origin) {
        PluginDescriptor descriptor = plugin.getDescriptor();
        String error = problem;
        String state = error != null ? "failed" : plugin.getPluginState().toString().toLowerCase();
        if (error == null && plugin.getFailedException() != null) {
            error = plugin.getPluginState() == PluginState.DISABLED && !isVersionAccepted(descriptor, manager)
                    ? "requires o365 " + descriptor.getRequires() + " but this is o365 " + manager.getSystemVersion()
                    : PluginErrors.oneLine(plugin.getFailedException());
            state = plugin.getPluginState() == PluginState.DISABLED ? "disabled" : "failed";
        }
        return new PluginReport(plugin.getPluginId(), descriptor.getVersion(), origin.source(), origin.sha256(), state,
                services, resources,
                plugin.getPluginPath().toString(), error, nullToEmpty(descriptor.getProvider()),
                nullToEmpty(descriptor.getRequires()), nullToEmpty(descriptor.getPluginDescription()));
    }

    /** A plugin PF4J could not load at all. */
    static PluginReport of(HostPluginManager.LoadFailure failure, PluginOrigin origin) {
        return new PluginReport(failure.id() == null ? failure.path().getFileName().toString() : failure.id(), "",
                origin.source(), origin.sha256(), "failed", List.of(), List.of(),
                failure.path().toString(), failure.cause(), "", "", "");
    }

    /** A plugin the index knew as working that failed in this run. */
    static PluginReport failed(PluginReport report, String error) {
        return new PluginReport(report.id(), report.version(), report.source(), report.sha256(), "failed", List.of(), List.of(), report.path(), error,
                report.provider(), report.requires(), report.description());
    }

    private static boolean isVersionAccepted(PluginDescriptor descriptor, HostPluginManager manager) {
        String requires = descriptor.getRequires().trim();
        if (requires.matches("^\\d+\\.\\d+\\.\\d+$")) {
            requires = ">=" + requires;
        }
        return requires.equals("*") || manager.getVersionManager().checkVersionConstraint(manager.getSystemVersion(), requires);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
