package org.o365cli.host.auth;

/** The {@code connect} command that makes a connection again, without secrets, for error messages. */
public final class ReconnectCommand {

    private ReconnectCommand() {
    }

    /**
     * @param service   the service
     * @param url       the URL given to connect, or null
     * @param authType  the auth type id
     * @param appId     the client id, or null
     * @param tenant    the tenant
     * @param authority the generic issuer, or null
     * @param cloud     the cloud name
     * @return e.g. {@code o365 spo connect https://contoso-admin.sharepoint.com --authType deviceCode --appId … --tenant …}
     */
    public static String format(String service, String url, String authType, String appId, String tenant,
                                String authority, String cloud) {
        StringBuilder command = new StringBuilder("o365 ").append(service).append(" connect");
        if (url != null) {
            command.append(' ').append(url);
        }
        command.append(" --authType ").append(authType);
        if (appId != null) {
            command.append(" --appId ").append(appId);
        }
        command.append(" --tenant ").append(tenant);
        if (authority != null) {
            command.append(" --authority ").append(authority);
        } else if (cloud != null && !Cloud.Public.name().equals(cloud)) {
            command.append(" --cloud ").append(cloud);
        }
        return command.toString();
    }
}
