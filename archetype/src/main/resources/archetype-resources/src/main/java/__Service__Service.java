package ${package};

import ${package}.${noun}.${Noun}Command;
import java.util.List;
import org.o365cli.auth.ConnectResource;
import org.o365cli.auth.ServicePlugin;

/** The {@code ${service}} service: its API's resource, and its commands. */
public class ${Service}Service implements ServicePlugin {

    /** The API's Azure AD resource: the connection's own, and the one its tokens are asked for. */
    public static final String RESOURCE = "${resource}";

    @Override
    public String name() {
        return "${service}";
    }

    @Override
    public String description() {
        return "Manage ${service} from the command line.";
    }

    @Override
    public List<String> declaredResources() {
        return List.of(RESOURCE);
    }

    @Override
    public ConnectResource connectResource() {
        return ConnectResource.fixed(RESOURCE);
    }

    @Override
    public List<Class<?>> commandClasses() {
        return List.of(${Noun}Command.class);
    }
}
