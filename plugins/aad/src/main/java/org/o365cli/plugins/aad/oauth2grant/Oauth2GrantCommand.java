package org.o365cli.plugins.aad.oauth2grant;

import picocli.CommandLine.Command;

/** The {@code aad oauth2grant} group. */
@Command(name = "oauth2grant", description = "Delegated permission grants (OAuth2 permission grants).",
        subcommands = Oauth2GrantListCommand.class)
public class Oauth2GrantCommand {
}
