package ${package}.${noun};

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.ApiUrl;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.TokenMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ${service} ${noun} get}: one ${noun}, by id. */
@Command(name = "get", description = "Gets a ${noun} by its id.",
        footerHeading = "%nExamples:%n", footer = "  o365 ${service} ${noun} get --id 42")
public class ${Noun}GetCommand implements Callable<JsonNode> {

    @Option(names = "--id", required = true, description = "The ${noun}'s id.")
    String id;

    private final CommandContext context;

    public ${Noun}GetCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public JsonNode call() {
        // The connection's own resource: ensureAccessToken renews and keeps its token.
        String url = ApiUrl.onConnection(context, "/api/${noun}s").segment(id).toString();
        return context.http().json(ApiRequest.get(url).withToken(TokenMethod.ENSURE));
    }
}
