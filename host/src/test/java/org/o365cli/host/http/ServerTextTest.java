package org.o365cli.host.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Server text reaches the terminal without escape sequences or control characters, and capped. */
class ServerTextTest {

    static Stream<Arguments> hostileTexts() {
        return Stream.of(
                Arguments.of("CSI colour", "\u001b[31mred\u001b[0m text", "red text"),
                Arguments.of("CSI cursor and erase", "a\u001b[2J\u001b[1;1Hb", "ab"),
                Arguments.of("C1 CSI", "a\u009b31mb", "ab"),
                Arguments.of("OSC title ended by BEL", "\u001b]0;pwned\u0007after", "after"),
                Arguments.of("OSC hyperlink ended by ST", "\u001b]8;;http://evil\u001b\\click\u001b]8;;\u001b\\", "click"),
                Arguments.of("OSC 52 clipboard, unterminated", "x\u001b]52;c;ZXZpbA==", "x"),
                Arguments.of("C1 OSC", "a\u009d0;t\u009cb", "ab"),
                Arguments.of("DCS", "a\u001bPq#0;2\u001b\\b", "ab"),
                Arguments.of("two-character escapes", "a\u001bcb\u001b(Bc", "abc"),
                Arguments.of("lone ESC at the end", "abc\u001b", "abc"),
                Arguments.of("C0 and DEL", "a\u0000b\u0008c\u007fd", "a b c d"),
                Arguments.of("line breaks", "one\r\ntwo\rthree\nfour", "one two three four"),
                Arguments.of("bidi override", "abc\u202edcba", "abc dcba"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void escapeSequencesAndControlsAreRemoved(String name, String text, String expected) {
        assertEquals(expected, ServerText.line(text));
    }

    @Test
    void aHugeTextIsCutWithAnEllipsis() {
        String line = ServerText.line("x".repeat(3 * 1024 * 1024));
        assertEquals(ServerText.MAX + 1, line.length());
        assertTrue(line.endsWith("…"));
    }

    @Test
    void shortTextIsKeptWhole() {
        assertEquals("Insufficient privileges.", ServerText.line("  Insufficient privileges. "));
    }

    @Test
    void blocksKeepLinesButLoseEscapes() {
        assertEquals("{\n\t\"a\": 1\n}\n", ServerText.block("{\r\n\t\"a\": \u001b[8m1\u001b[0m\n}\r"));
    }

    @Test
    void aSurrogatePairIsNotSplit() {
        String line = ServerText.line("a".repeat(ServerText.MAX - 1) + "\uD83D\uDE00" + "b");
        assertEquals("a".repeat(ServerText.MAX - 1) + "…", line);
    }
}
