package com.contoso.spo;

import picocli.CommandLine.Command;

/** {@code spo contoso}. */
@Command(name = "contoso", description = "Contoso's SharePoint commands.", subcommands = SiteCheckCommand.class)
public class ContosoCommand {
}
