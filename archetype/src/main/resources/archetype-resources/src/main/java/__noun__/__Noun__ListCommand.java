package ${package}.${noun};

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.ApiUrl;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.DefaultColumns;
import org.o365cli.auth.TokenMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ${service} ${noun} list}: every ${noun}, page by page as the output is written. */
@Command(name = "list", description = "Lists the ${noun}s.",
        footerHeading = "%nExamples:%n", footer = {"  o365 ${service} ${noun} list -o text", "  o365 ${service} ${noun} list --filter \"startswith(name,'A')\""})
@DefaultColumns({"id", "name"})
public class ${Noun}ListCommand implements Callable<Stream<JsonNode>> {

    @Option(names = "--filter", description = "An OData filter, e.g. \"startswith(name,'A')\".")
    String filter;

    private final CommandContext context;

    public ${Noun}ListCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Stream<JsonNode> call() {
        String url = ApiUrl.onConnection(context, "/api/${noun}s").query("$filter", filter).toString();
        return context.http().pages(ApiRequest.get(url).withToken(TokenMethod.ENSURE));
    }
}
