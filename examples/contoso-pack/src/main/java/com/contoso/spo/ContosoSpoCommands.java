package com.contoso.spo;

import java.util.List;
import org.o365cli.auth.CommandContribution;

/** {@code o365 spo contoso …}: Contoso's commands beside spo's own, on spo's connection and resources. */
public class ContosoSpoCommands implements CommandContribution {

    @Override
    public String service() {
        return "spo";
    }

    @Override
    public List<Class<?>> commandClasses() {
        return List.of(ContosoCommand.class);
    }
}
