package org.o365cli.host.auth.identity;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where this machine's managed identity lives outside the environment variables: the VM's instance
 * metadata service, and the folder whose {@code .key} files answer Azure Arc's challenge (only the
 * Azure Connected Machine agent and its readers can read them).
 *
 * @param imds      the instance metadata service's token endpoint
 * @param arcTokens the Arc agent's token folder, or null where Arc does not run (neither Linux nor Windows)
 */
public record ManagedIdentityPlatform(URI imds, Path arcTokens) {

    /** The instance metadata service's token endpoint on Azure VMs. */
    public static final URI IMDS = URI.create("http://169.254.169.254/metadata/identity/oauth2/token");

    /**
     * This machine's: IMDS, and {@code /var/opt/azcmagent/tokens} on Linux or
     * {@code %ProgramData%\AzureConnectedMachineAgent\Tokens} on Windows.
     *
     * @param osName      the {@code os.name} system property
     * @param environment the environment variables ({@code ProgramData} on Windows)
     * @return the platform
     */
    public static ManagedIdentityPlatform of(String osName, Map<String, String> environment) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        Path tokens = null;
        if (os.startsWith("windows")) {
            String programData = environment.get("ProgramData");
            tokens = Path.of(programData == null || programData.isBlank() ? "C:\\ProgramData" : programData,
                    "AzureConnectedMachineAgent", "Tokens");
        } else if (os.startsWith("linux")) {
            tokens = Path.of("/var/opt/azcmagent/tokens");
        }
        return new ManagedIdentityPlatform(IMDS, tokens);
    }
}
