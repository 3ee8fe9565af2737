package org.o365cli.host.auth.connect;

import java.nio.file.Path;
import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.Cloud;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of {@code o365 <service> connect}. Values not given fall back to the
 * environment ({@code O365_APP_ID}, …) and {@code o365 cli config}, then to defaults.
 */
public final class ConnectOptions {

    @Option(names = {"-t", "--authType"}, paramLabel = "<type>", converter = AuthTypeConverter.class,
            description = "How to sign in: deviceCode, password, certificate, secret, identity, federatedIdentity or browser; "
                    + "default from O365_AUTH_TYPE or 'cli config', else deviceCode.")
    AuthType authType;

    @Option(names = "--appId", paramLabel = "<id>",
            description = "The Azure AD application (client) id to sign in with; default from O365_APP_ID or 'cli config'.")
    String appId;

    @Option(names = "--tenant", paramLabel = "<tenant>",
            description = "Tenant id or domain; default from O365_TENANT or 'cli config', else common (organizations for password).")
    String tenant;

    @Option(names = {"-u", "--userName"}, paramLabel = "<name>",
            description = "The user's name (password), or a user-assigned managed identity's client id or /subscriptions/... resource id (identity).")
    String userName;

    @Option(names = "--objectId", paramLabel = "<guid>", converter = ObjectIdConverter.class,
            description = "A user-assigned managed identity's object (principal) id, instead of --userName (identity).")
    String objectId;

    @Option(names = {"-p", "--password"}, paramLabel = "<password>",
            description = "The user's password (password), or the PFX file's password (certificate).")
    String password;

    @Option(names = {"-c", "--certificateFile"}, paramLabel = "<file>",
            description = "A PEM (certificate and private key) or PFX file (certificate).")
    Path certificateFile;

    @Option(names = "--certificateBase64Encoded", paramLabel = "<base64>",
            description = "The certificate file's content in base64, instead of --certificateFile.")
    String certificateBase64Encoded;

    @Option(names = "--thumbprint", paramLabel = "<sha1>",
            description = "The certificate's SHA-1 thumbprint; computed from the certificate when absent.")
    String thumbprint;

    @Option(names = {"-s", "--secret"}, paramLabel = "<secret>", description = "The application's client secret (secret).")
    String secret;

    @Option(names = "--cloud", paramLabel = "<cloud>", converter = CloudConverter.class,
            description = "The Microsoft cloud: Public, USGov (GCC), USGovHigh, USGovDoD, China or Sandbox (see --sandbox); default from O365_CLOUD"
                    + " or 'cli config', else the site URL's cloud (spo), else Public.")
    Cloud cloud;

    @Option(names = "--sandbox",
            description = "Connect to the sandbox tenant contoso, emulated on this machine; without --authType it signs in "
                    + "its administrator (see 'o365 sandbox status').")
    boolean sandbox;

    @Option(names = "--authority", paramLabel = "<url>",
            description = "Any OpenID Connect issuer to sign in with instead of Azure AD; its endpoints come from "
                    + "<url>/.well-known/openid-configuration.")
    String authority;

    @Option(names = "--name", paramLabel = "<name>",
            description = "Name of this connection among the service's connections (letters, digits, . _ @ -); connecting "
                    + "with a name in use replaces that connection; default: the user, or app@tenant, e.g. admin@contoso.onmicrosoft.com.")
    String name;

    /** The certificate's source, if one was given. */
    boolean hasCertificate() {
        return certificateFile != null || certificateBase64Encoded != null;
    }

    /** Parses {@code --authType} with the type's own error message. */
    static final class AuthTypeConverter implements ITypeConverter<AuthType> {
        @Override
        public AuthType convert(String value) {
            try {
                return AuthType.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** An object id is a GUID: anything else cannot name an identity, so it is refused before any request. */
    static final class ObjectIdConverter implements ITypeConverter<String> {
        private static final java.util.regex.Pattern GUID =
                java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");

        @Override
        public String convert(String value) {
            if (!GUID.matcher(value.strip()).matches()) {
                throw new TypeConversionException("'" + value + "' is not an object id: give the identity's object (principal) id,"
                        + " a GUID (az identity show --query principalId)");
            }
            return value.strip();
        }
    }

    /** Parses {@code --cloud} with the cloud's own error message. */
    static final class CloudConverter implements ITypeConverter<Cloud> {
        @Override
        public Cloud convert(String value) {
            try {
                return Cloud.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
