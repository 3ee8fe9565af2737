package org.o365cli.host.cli;

import java.util.concurrent.Callable;
import org.o365cli.host.output.RawText;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code o365 cli completion bash|zsh}: a completion script for the whole tree, plugins
 * included. picocli writes one script for both shells; under zsh it loads bashcompinit itself.
 */
@Command(name = "completion", description = "Print a shell completion script for every command, plugins included.",
        footer = {"", "Examples:", "  o365 cli completion bash > ~/.o365-completion.bash && echo '. ~/.o365-completion.bash' >> ~/.bashrc",
                "  o365 cli completion zsh > ~/.o365-completion.zsh && echo '. ~/.o365-completion.zsh' >> ~/.zshrc"})
public final class CompletionCommand implements Callable<RawText> {

    /** The shells a script can be made for. */
    enum Shell { bash, zsh }

    @Parameters(index = "0", paramLabel = "<shell>", description = "The shell: ${COMPLETION-CANDIDATES}.")
    Shell shell;

    @Spec
    CommandSpec spec;

    @Override
    public RawText call() {
        return new RawText(AutoComplete.bash("o365", spec.root().commandLine()));
    }
}
