package org.o365cli.host.plugin.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.plugin.TestPlugins;

/** An organisation's policy, O365_POLICY: allowed ids with allowed hashes or jar signers, at install and at load. */
class PolicyTest {

    @TempDir
    Path root;

    private CliRunner o365;
    private Path policy;
    private Path hrJar;

    @BeforeEach
    void host() {
        policy = root.resolve("policy.json");
        o365 = new CliRunner(root).withEnvironment(Map.of("O365_POLICY", policy.toString()));
        hrJar = TestPlugins.service("hr", "hr").writeTo(root.resolve("downloads"), "hr.jar");
    }

    @Test
    void anAllowedIdAndHashInstallsAndLoads() throws Exception {
        allow("hr", List.of(Sha256.of(hrJar)), List.of());

        assertEquals(0, o365.run("plugins", "install", hrJar.toString(), "--yes").exitCode());
        assertEquals(0, o365.run("hr", "greet", "--name", "x").exitCode());
    }

    @Test
    void anIdThePolicyDoesNotListIsRefusedAtInstall() throws Exception {
        allow("payroll", List.of(Sha256.of(hrJar)), List.of());

        Result install = o365.run("plugins", "install", hrJar.toString(), "--yes");

        assertEquals(1, install.exitCode(), install::toString);
        assertTrue(install.err().contains("the plugin policy " + policy + " does not allow plugin id 'hr'"), install::toString);
        assertTrue(Files.notExists(o365.userPlugins().resolve("hr-1.0.0.jar")));
    }

    @Test
    void aPluginInstalledBeforeThePolicyForbadeItNoLongerLoads() throws Exception {
        allow("hr", List.of(Sha256.of(hrJar)), List.of());
        o365.run("plugins", "install", hrJar.toString(), "--yes");
        allow("hr", List.of("ab".repeat(32)), List.of());

        Result greet = o365.run("hr", "greet", "--name", "x");

        assertEquals(2, greet.exitCode(), greet::toString);
        assertTrue(greet.err().contains("allows plugin 'hr' only with an allowed SHA-256"), greet::toString);
        assertEquals(0, o365.run("--version").exitCode());
    }

    @Test
    void aJarSignedByAnAllowedCertificateIsAcceptedAndOneSignedByAnotherIsNot() throws Exception {
        Path keys = keyStore("contoso");
        Path other = keyStore("mallory");
        allow("hr", List.of(), List.of(fingerprint(keys, "contoso")));
        Path signed = Files.copy(hrJar, root.resolve("downloads/hr-signed.jar"));
        sign(signed, keys, "contoso");
        Path forged = Files.copy(hrJar, root.resolve("downloads/hr-forged.jar"));
        sign(forged, other, "mallory");

        Result refusedUnsigned = o365.run("plugins", "install", hrJar.toString(), "--yes");
        assertEquals(1, refusedUnsigned.exitCode(), refusedUnsigned::toString);
        assertTrue(refusedUnsigned.err().contains("a jar signed by an allowed certificate"), refusedUnsigned::toString);
        assertEquals(1, o365.run("plugins", "install", forged.toString(), "--yes").exitCode());

        Result install = o365.run("plugins", "install", signed.toString(), "--yes");
        assertEquals(0, install.exitCode(), install::toString);
        assertEquals(0, o365.run("hr", "greet", "--name", "x").exitCode());
    }

    @Test
    void aPolicyThatCannotBeReadAllowsNothing() throws Exception {
        Files.writeString(policy, "{\"plugins\": [");

        Result install = o365.run("plugins", "install", hrJar.toString(), "--yes");

        assertEquals(1, install.exitCode(), install::toString);
        assertTrue(install.err().contains("the plugin policy " + policy + " cannot be read (it is not valid JSON)"),
                install::toString);
    }

    private void allow(String id, List<String> hashes, List<String> signers) throws IOException {
        Files.writeString(policy, "{\"plugins\": [{\"id\": \"" + id + "\", \"sha256\": " + json(hashes) + ", \"signers\": "
                + json(signers) + "}]}");
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").toList().toString();
    }

    private Path keyStore(String alias) throws Exception {
        Path store = root.resolve(alias + ".p12");
        run(tool("keytool"), "-genkeypair", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "changeit",
                "-keypass", "changeit", "-alias", alias, "-dname", "CN=" + alias, "-keyalg", "RSA", "-keysize", "2048",
                "-validity", "30");
        return store;
    }

    private static String fingerprint(Path store, String alias) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(store.toFile())) {
            keys.load(in, "changeit".toCharArray());
        }
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(
                MessageDigest.getInstance("SHA-256").digest(keys.getCertificate(alias).getEncoded()));
    }

    private static void sign(Path jar, Path store, String alias) throws Exception {
        run(tool("jarsigner"), "-keystore", store.toString(), "-storepass", "changeit", jar.toString(), alias);
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), () -> String.join(" ", command) + "\n" + output);
    }
}
