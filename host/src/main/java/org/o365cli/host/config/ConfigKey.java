package org.o365cli.host.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.Cloud;
import org.o365cli.host.http.HttpSettings;
import org.o365cli.host.output.OutputFormat;

/**
 * The settings {@code o365 cli config} accepts. Each key checks and normalises its value, so a
 * bad value is refused when it is set rather than when it is used.
 */
public enum ConfigKey {

    /** The default of {@code --output}. */
    OUTPUT("output", null, "Default output format of every command: json, text, csv, md or none",
            value -> OutputFormat.parse(value).id()),
    /** The default of {@code connect --authType}. */
    AUTH_TYPE("authType", "O365_AUTH_TYPE", "Default --authType of connect: deviceCode, password, certificate, secret, "
            + "identity, federatedIdentity or browser", value -> AuthType.parse(value).id()),
    /** The default of {@code connect --appId}. */
    APP_ID("appId", "O365_APP_ID", "Default --appId of connect: the Azure AD application (client) id",
            ConfigKey::nonBlank),
    /** The default of {@code connect --tenant}. */
    TENANT("tenant", "O365_TENANT", "Default --tenant of connect: a tenant id, a domain, common or organizations",
            ConfigKey::nonBlank),
    /** The default of {@code connect --cloud}. */
    CLOUD("cloud", "O365_CLOUD", "Default --cloud of connect: Public, USGov, USGovHigh, USGovDoD or China",
            value -> Cloud.parse(value).name()),
    /** The default of {@code connect --certificateFile} for {@code --authType certificate}. */
    CERTIFICATE_FILE("certificateFile", "O365_CERTIFICATE_FILE", "Default --certificateFile of connect --authType "
            + "certificate: a PEM or PFX file (o365 setup --appOnly sets it)", ConfigKey::nonBlank),
    /** How long before its expiry a token counts as expired. */
    TOKEN_RENEWAL_MARGIN("tokenRenewalMarginSeconds", null,
            "Seconds before expiry at which a token is renewed (default 300)", ConfigKey::seconds),
    /** The time one request of a command may take, retries included. */
    HTTP_DEADLINE("httpDeadlineSeconds", "O365_HTTP_DEADLINE_SECONDS",
            "Seconds one request of a command may take, all attempts and retry waits included (default 120)"),
    /** The time one attempt waits for an answer. */
    HTTP_TIMEOUT("httpTimeoutSeconds", "O365_HTTP_TIMEOUT_SECONDS",
            "Seconds one attempt of a request waits for the answer (default 100)"),
    /** The time to wait for a connection. */
    HTTP_CONNECT_TIMEOUT("httpConnectTimeoutSeconds", "O365_HTTP_CONNECT_TIMEOUT_SECONDS",
            "Seconds to wait for a connection to a server (default 10)"),
    /** How often a request is retried. */
    HTTP_MAX_RETRIES("httpMaxRetries", "O365_HTTP_MAX_RETRIES",
            "Retries of a request after throttling or a lost connection, when safe (default 5)"),
    /** The total wait between the attempts of a request. */
    HTTP_MAX_RETRY_WAIT("httpMaxRetryWaitSeconds", "O365_HTTP_MAX_RETRY_WAIT_SECONDS",
            "Seconds of waiting between the attempts of one request, in all (default 120)"),
    /** The largest body o365 reads or sends. */
    HTTP_MAX_BODY("httpMaxBodyMiB", "O365_HTTP_MAX_BODY_MIB",
            "Largest answer read, and request --filePath sent, in MiB (default 100)"),
    /** How long a process waits for another to release the connection store. */
    LOCK_WAIT("lockWaitSeconds", "O365_LOCK_WAIT_SECONDS", "Seconds to wait for another o365 process to release the "
            + "connections before giving up (default httpDeadlineSeconds + 60)", value -> {
                try {
                    int seconds = Integer.parseInt(value.trim());
                    if (seconds >= 1 && seconds <= 7200) {
                        return Integer.toString(seconds);
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new IllegalArgumentException("Invalid number of seconds '" + value + "': use a whole number from 1 to 7200");
            });

    private final String id;
    private final String environmentVariable;
    private final String description;
    private final UnaryOperator<String> validator;

    /** A numeric HTTP setting, checked by the same rule as its environment variable. */
    ConfigKey(String id, String environmentVariable, String description) {
        this(id, environmentVariable, description, value -> {
            try {
                return Integer.toString(HttpSettings.checkNumber(environmentVariable, value));
            } catch (O365Exception e) {
                throw new IllegalArgumentException("Invalid value '" + value + "' for " + id + ": "
                        + e.getMessage().substring(e.getMessage().indexOf("must")));
            }
        });
    }

    ConfigKey(String id, String environmentVariable, String description, UnaryOperator<String> validator) {
        this.id = id;
        this.environmentVariable = environmentVariable;
        this.description = description;
        this.validator = validator;
    }

    /** The environment variable that overrides the stored value, if any. */
    public Optional<String> environmentVariable() {
        return Optional.ofNullable(environmentVariable);
    }

    private static String nonBlank(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The value must not be empty");
        }
        return value.trim();
    }

    private static String seconds(String value) {
        try {
            int seconds = Integer.parseInt(value.trim());
            if (seconds < 0 || seconds > 3600) {
                throw new NumberFormatException();
            }
            return Integer.toString(seconds);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid number of seconds '" + value + "': use a whole number from 0 to 3600");
        }
    }

    /** The key as users type it, e.g. {@code output}. */
    public String id() {
        return id;
    }

    /** One sentence for {@code cli config list}. */
    public String description() {
        return description;
    }

    /**
     * The value to store for what the user typed.
     *
     * @param value what the user typed
     * @return the normalised value
     * @throws IllegalArgumentException naming what is wrong and what is allowed
     */
    public String normalise(String value) {
        return validator.apply(value);
    }

    /** The key with this id, if any. */
    public static Optional<ConfigKey> find(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    /**
     * The key with this id.
     *
     * @param id what the user typed
     * @return the key
     * @throws IllegalArgumentException listing the valid keys when there is none
     */
    public static ConfigKey parse(String id) {
        return find(id == null ? "" : id.trim()).orElseThrow(() -> new IllegalArgumentException(
                "Unknown config key '" + id + "': valid keys are " + validIds()));
    }

    /** The valid keys, comma separated. */
    public static String validIds() {
        return Arrays.stream(values()).map(ConfigKey::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
