package org.o365cli.host.plugin.install;

import java.util.List;
import java.util.Optional;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.plugin.PluginCatalog;
import org.o365cli.host.plugin.PluginDescription;
import org.o365cli.host.plugin.PluginReport;
import org.o365cli.host.plugin.ServiceSummary;
import org.pf4j.DefaultVersionManager;

/**
 * What an archive must satisfy against what is installed: a new id for an install, the same id
 * and a newer version for an update, and no service name another plugin already owns (a service
 * belongs to the plugin that claimed it first).
 */
final class InstallRules {

    private final PluginCatalog catalog;
    private final List<InstalledPlugin> records;

    InstallRules(PluginCatalog catalog, List<InstalledPlugin> records) {
        this.catalog = catalog;
        this.records = records;
    }

    void check(PluginDescription plugin, InstalledPlugin replacing, boolean reinstall) {
        if (reinstall) {
            checkServices(plugin);
            return;
        }
        if (replacing == null) {
            Optional<PluginReport> present = Installer.report(catalog, plugin.id());
            if (present.isPresent()) {
                boolean ours = records.stream().anyMatch(r -> r.id().equals(plugin.id()));
                throw new O365Exception("Refusing plugin '" + plugin.id() + "': a plugin with this id is already there ("
                        + present.get().path() + ")" + (ours ? "; to change its version: o365 plugins update " + plugin.id()
                        : "; remove it first"));
            }
        } else {
            if (!replacing.id().equals(plugin.id())) {
                throw new O365Exception("Refusing to update plugin '" + replacing.id() + "' with plugin '" + plugin.id()
                        + "': the ids differ; install it as a plugin of its own");
            }
            if (new DefaultVersionManager().compareVersions(plugin.version(), replacing.version()) <= 0) {
                throw new O365Exception("Not updating plugin '" + plugin.id() + "': the source offers version " + plugin.version()
                        + ", and version " + replacing.version() + " is installed");
            }
        }
        checkServices(plugin);
    }

    private void checkServices(PluginDescription plugin) {
        for (String service : plugin.services()) {
            Optional<String> owner = records.stream().filter(r -> !r.id().equals(plugin.id()) && r.services().contains(service))
                    .map(InstalledPlugin::id).findFirst()
                    .or(() -> catalog.summary(service).map(ServiceSummary::pluginId).filter(id -> !id.equals(plugin.id())));
            if (owner.isPresent()) {
                throw new O365Exception("Refusing plugin '" + plugin.id() + "': its service '" + service + "' belongs to plugin '"
                        + owner.get() + "', which claimed it first; uninstall '" + owner.get() + "' before installing '"
                        + plugin.id() + "'");
            }
        }
    }
}
