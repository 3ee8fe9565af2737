package org.o365cli.host.plugin.install;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.plugin.TestPlugins;

/** Maven coordinates: resolved in O365_PLUGIN_REPOSITORY (a loopback WireMock here), checked against its checksums. */
class MavenInstallTest {

    @RegisterExtension
    static WireMockExtension repository = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String FOLDER = "/maven/com/contoso/hr-pack/";

    @TempDir
    Path root;

    private CliRunner o365;

    @BeforeEach
    void host() {
        o365 = new CliRunner(root).withEnvironment(Map.of("O365_PLUGIN_REPOSITORY", repository.baseUrl() + "/maven"));
    }

    @Test
    void coordinatesAreDownloadedThroughTheHttpStackAndCheckedAgainstTheRepositorysSha1() throws Exception {
        byte[] jar = publish("1.0.0", true);

        Result install = o365.run("plugins", "install", "com.contoso:hr-pack:1.0.0", "--yes");

        assertEquals(0, install.exitCode(), install::toString);
        assertEquals("com.contoso:hr-pack:1.0.0", install.json().get("source").asText());
        repository.verify(getRequestedFor(urlEqualTo(FOLDER + "1.0.0/hr-pack-1.0.0.jar"))
                .withHeader("User-Agent", matching("NONISV\\|o365cli\\|o365/.*")));
        repository.verify(getRequestedFor(urlEqualTo(FOLDER + "1.0.0/hr-pack-1.0.0.jar.sha256")));
        repository.verify(getRequestedFor(urlEqualTo(FOLDER + "1.0.0/hr-pack-1.0.0.jar.sha1")));
        assertEquals(jar.length, Files.size(o365.userPlugins().resolve("hr-1.0.0.jar")));
        assertEquals(0, o365.run("hr", "greet", "--name", "x").exitCode());
    }

    @Test
    void anArchiveThatDoesNotMatchTheRepositorysChecksumIsRefused() {
        publish("1.0.0", false);
        repository.stubFor(get(urlEqualTo(FOLDER + "1.0.0/hr-pack-1.0.0.jar.sha1"))
                .willReturn(aResponse().withStatus(200).withBody("0123456789abcdef0123456789abcdef01234567")));

        Result install = o365.run("plugins", "install", "com.contoso:hr-pack:1.0.0", "--yes");

        assertEquals(1, install.exitCode(), install::toString);
        assertTrue(install.err().contains("says 0123456789abcdef0123456789abcdef01234567"), install::toString);
        assertFalse(Files.exists(o365.userPlugins().resolve("hr-1.0.0.jar")));
    }

    @Test
    void anArchiveWithoutAnyChecksumIsRefused() {
        publish("1.0.0", false);
        repository.stubFor(get(urlEqualTo(FOLDER + "1.0.0/hr-pack-1.0.0.jar.sha1")).willReturn(notFound()));

        Result install = o365.run("plugins", "install", "com.contoso:hr-pack:1.0.0", "--yes");

        assertEquals(1, install.exitCode(), install::toString);
        assertTrue(install.err().contains("publishes no .sha256 or .sha1"), install::toString);
    }

    @Test
    void updateMovesToTheNewestReleasedVersionTheRepositoryLists() {
        publish("1.0.0", true);
        publish("1.1.0", true);
        repository.stubFor(get(urlEqualTo(FOLDER + "maven-metadata.xml")).willReturn(aResponse().withStatus(200).withBody("""
                <?xml version="1.0" encoding="UTF-8"?>
                <metadata>
                  <groupId>com.contoso</groupId>
                  <artifactId>hr-pack</artifactId>
                  <versioning>
                    <latest>1.2.0-SNAPSHOT</latest>
                    <release>1.1.0</release>
                    <versions>
                      <version>1.0.0</version>
                      <version>1.1.0</version>
                      <version>1.2.0-SNAPSHOT</version>
                    </versions>
                  </versioning>
                </metadata>
                """)));
        assertEquals(0, o365.run("plugins", "install", "com.contoso:hr-pack:1.0.0", "--yes").exitCode());

        Result update = o365.run("plugins", "update", "hr", "--yes");

        assertEquals(0, update.exitCode(), update::toString);
        assertEquals("1.1.0", update.json().get("version").asText());
        assertEquals("com.contoso:hr-pack:1.1.0", update.json().get("source").asText());
    }

    private byte[] publish(String version, boolean withSha1) {
        try {
            Path jar = TestPlugins.service("hr", "hr").manifest("Plugin-Version", version)
                    .writeTo(root.resolve("repo-" + version), "hr.jar");
            byte[] content = Files.readAllBytes(jar);
            String file = FOLDER + version + "/hr-pack-" + version + ".jar";
            repository.stubFor(get(urlEqualTo(file)).willReturn(aResponse().withStatus(200).withBody(content)));
            repository.stubFor(get(urlEqualTo(file + ".sha256")).willReturn(notFound()));
            if (withSha1) {
                String sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
                repository.stubFor(get(urlEqualTo(file + ".sha1")).willReturn(aResponse().withStatus(200).withBody(sha1)));
            }
            return content;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
