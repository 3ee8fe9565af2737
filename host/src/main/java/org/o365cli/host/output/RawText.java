package org.o365cli.host.output;

/**
 * Text a command produces for another program (a shell script, a file's content), printed as it
 * is whatever {@code --output} says.
 *
 * @param text the exact text to print
 */
public record RawText(String text) {
}
