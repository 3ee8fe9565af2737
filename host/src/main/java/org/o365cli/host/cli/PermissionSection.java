package org.o365cli.host.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.o365cli.host.plugin.CommandPermissions;
import org.o365cli.host.plugin.DeclaredPermission;
import picocli.CommandLine;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The "Permissions" section of a plugin command's help, after its options and before its examples: per
 * resource, the delegated and application permissions the command declares, as the CLI for Microsoft 365
 * lists them in its docs. A command that declares nothing says so, rather than seeming to need nothing.
 */
final class PermissionSection {

    private static final String KEY = "o365Permissions";
    private static final String NL = System.lineSeparator();

    private PermissionSection() {
    }

    static void add(CommandLine command, CommandPermissions declared) {
        UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        List<String> keys = new ArrayList<>(usage.sectionKeys());
        int before = keys.indexOf(UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING);
        keys.add(before < 0 ? keys.size() : before, KEY);
        Map<String, IHelpSectionRenderer> renderers = new LinkedHashMap<>(usage.sectionMap());
        String text = text(declared);
        renderers.put(KEY, new Fixed(text));
        usage.sectionKeys(keys).sectionMap(renderers);
    }

    // A class, not a lambda: see WorkingDirConverters.
    private record Fixed(String text) implements IHelpSectionRenderer {
        @Override
        public String render(CommandLine.Help help) {
            return text;
        }
    }

    static String text(CommandPermissions declared) {
        StringBuilder text = new StringBuilder(NL).append("Permissions:").append(NL);
        if (declared.permissions().isEmpty()) {
            return text.append("  not declared by the plugin '").append(declared.pluginId())
                    .append("': see the API reference of the calls it makes").append(NL).toString();
        }
        for (DeclaredPermission permission : declared.permissions()) {
            text.append("  ").append(permission.resource()).append(NL)
                    .append("    delegated:    ").append(names(permission.delegated(), "runs app-only")).append(NL)
                    .append("    application:  ").append(names(permission.application(), "needs a signed-in user")).append(NL);
        }
        return text.toString();
    }

    private static String names(List<String> permissions, String otherwise) {
        return permissions.isEmpty() ? "not supported (the command " + otherwise + ")" : String.join(", ", permissions);
    }
}
