package org.o365cli.host.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;

/** {@code o365 cli config}: known keys only, checked values, a private file. */
class ConfigCommandsTest {

    @TempDir
    Path root;

    @Test
    void setGetListAndResetAKey() {
        CliRunner o365 = new CliRunner(root);

        Result set = o365.run("cli", "config", "set", "output", "TEXT", "-o", "json");
        assertEquals(0, set.exitCode(), set::toString);
        assertEquals("text", set.json().get("value").asText(), "stored normalised");

        assertEquals("text", o365.run("cli", "config", "get", "output", "-o", "json").json().get("value").asText());
        assertEquals("output", o365.run("cli", "config", "list", "-o", "json").json().get(0).get("key").asText());

        assertEquals(0, o365.run("cli", "config", "reset", "output").exitCode());
        assertTrue(o365.run("cli", "config", "get", "output").json().get("value").isNull());
    }

    @Test
    void unknownKeyIsAUsageErrorListingTheValidKeys() {
        Result result = new CliRunner(root).run("cli", "config", "set", "colour", "blue");

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("Unknown config key 'colour': valid keys are output, authType, appId, tenant, cloud, certificateFile, tokenRenewalMarginSeconds"), result::toString);
    }

    @Test
    void badValueIsRefusedAndNothingIsStored() {
        CliRunner o365 = new CliRunner(root);

        Result result = o365.run("cli", "config", "set", "output", "yaml");

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("Invalid output format 'yaml'"), result::toString);
        assertFalse(Files.exists(o365.home().resolve("config.json")));
    }

    @Test
    void configFileIsPrivate() throws Exception {
        CliRunner o365 = new CliRunner(root);

        o365.run("cli", "config", "set", "output", "md");

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(o365.home().resolve("config.json"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(o365.home())));
    }

    @Test
    void corruptFileIsAClearErrorAndResetRecovers() throws Exception {
        CliRunner o365 = new CliRunner(root);
        Files.createDirectories(o365.home());
        Files.writeString(o365.home().resolve("config.json"), "{\"output\": \"te");

        Result get = o365.run("cli", "config", "get", "output");
        assertEquals(1, get.exitCode(), get::toString);
        assertTrue(get.err().contains("config.json is not a JSON object of settings"), get::toString);
        assertTrue(get.err().contains("o365 cli config reset"), get::toString);

        assertEquals(0, o365.run("cli", "config", "reset").exitCode());
        assertEquals(0, o365.run("cli", "config", "set", "output", "text").exitCode());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}={1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "authType, devicecode, deviceCode",
        "cloud, usgovhigh, USGovHigh",
        "tokenRenewalMarginSeconds, 120, 120",
        "appId, ' 31359c7f-bd7e-475c-86db-fdb8c937548e ', 31359c7f-bd7e-475c-86db-fdb8c937548e",
    })
    void connectDefaultsAreCheckedAndNormalised(String key, String typed, String stored) {
        CliRunner o365 = new CliRunner(root);

        Result set = o365.run("cli", "config", "set", key, typed);

        assertEquals(0, set.exitCode(), set::toString);
        assertEquals(stored, set.json().get("value").asText());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}={1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "authType, magic, Invalid auth type 'magic'",
        "cloud, Mars, Invalid cloud 'Mars'",
        "tokenRenewalMarginSeconds, -1, Invalid number of seconds '-1'",
    })
    void badConnectDefaultsAreRefused(String key, String typed, String message) {
        Result set = new CliRunner(root).run("cli", "config", "set", key, typed);

        assertEquals(2, set.exitCode(), set::toString);
        assertTrue(set.err().contains(message), set::toString);
    }
}
