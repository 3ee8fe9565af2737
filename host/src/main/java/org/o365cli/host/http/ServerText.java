package org.o365cli.host.http;

/**
 * Makes text that came from a server safe to print: a server's words must not drive the user's
 * terminal (move the cursor, set the title, write a hyperlink or the clipboard through OSC 52) nor
 * flood it. Terminal escape sequences are removed whole: CSI ({@code ESC [} or {@code U+009B}),
 * OSC, DCS, SOS, PM and APC strings up to their terminator, and two-character escapes. Other C0
 * and C1 control characters and the Unicode bidirectional overrides become spaces.
 * {@link #line} also makes the text one line and caps it at {@value #MAX} characters with "…".
 * This is the one place that does it: error messages and traces that quote a server use it.
 */
public final class ServerText {

    /** The most characters of server text an error message quotes. */
    public static final int MAX = 500;

    private static final char ESC = 0x1b;
    private static final char BEL = 0x07;
    private static final char C1_ST = 0x9c;

    private ServerText() {
    }

    /**
     * @param text what a server said, any size; null gives ""
     * @return one line without control characters or escape sequences, at most {@value #MAX} characters plus "…"
     */
    public static String line(String text) {
        return line(text, MAX);
    }

    /**
     * @param text what a server said; null gives ""
     * @param max  the most characters to keep
     * @return one line without control characters or escape sequences, at most {@code max} characters plus "…"
     */
    public static String line(String text, int max) {
        // Only the start can be shown: do not scan megabytes for it.
        String start = text == null ? "" : text.substring(0, Math.min(text.length(), max * 4 + 64));
        String clean = strip(start, false).replaceAll("\\s+", " ").strip();
        boolean cut = clean.length() > max || start.length() < (text == null ? 0 : text.length());
        if (clean.length() > max) {
            int end = Character.isHighSurrogate(clean.charAt(max - 1)) ? max - 1 : max;
            clean = clean.substring(0, end).stripTrailing();
        }
        return cut ? clean + "…" : clean;
    }

    /**
     * For multi-line output such as {@code --debug} bodies: like {@link #line} but keeps line breaks
     * and tabs, and cuts nothing.
     *
     * @param text what a server said; null gives ""
     * @return the text without escape sequences and other control characters
     */
    public static String block(String text) {
        return text == null ? "" : strip(text, true);
    }

    private static String strip(String text, boolean keepLines) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ESC) {
                i = skipEscape(text, i + 1);
            } else if (c == 0x9b) {
                i = skipCsi(text, i + 1);
            } else if (c == 0x90 || c == 0x98 || c == 0x9d || c == 0x9e || c == 0x9f) {
                i = skipString(text, i + 1);
            } else {
                boolean line = c == '\n' || c == '\t' || (c == '\r' && !(i + 1 < text.length() && text.charAt(i + 1) == '\n'));
                if (keepLines && line) {
                    out.append(c == '\r' ? '\n' : c);
                } else if (keepLines && c == '\r') {
                    // CR LF: the LF that follows keeps the break.
                } else {
                    out.append(isUnsafe(c) ? ' ' : c);
                }
                i++;
            }
        }
        return out.toString();
    }

    /** After ESC: the whole sequence it starts (ECMA-48 section 5.3). */
    private static int skipEscape(String text, int i) {
        if (i >= text.length()) {
            return i;
        }
        char c = text.charAt(i);
        if (c == '[') {
            return skipCsi(text, i + 1);
        }
        if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') {
            return skipString(text, i + 1);
        }
        while (i < text.length() && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x2f) {
            i++;
        }
        return i < text.length() && text.charAt(i) >= 0x30 && text.charAt(i) <= 0x7e ? i + 1 : i;
    }

    /** Parameter and intermediate bytes, then the final byte. */
    private static int skipCsi(String text, int i) {
        while (i < text.length() && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x3f) {
            i++;
        }
        return i < text.length() && text.charAt(i) >= 0x40 && text.charAt(i) <= 0x7e ? i + 1 : i;
    }

    /** A control string up to BEL, ESC \ or ST; an unterminated one runs to the end. */
    private static int skipString(String text, int i) {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == BEL || c == C1_ST) {
                return i + 1;
            }
            if (c == ESC) {
                // ESC \ (ST) or the start of another sequence: the main loop reads it as an escape.
                return i;
            }
            i++;
        }
        return i;
    }

    private static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028 || c == 0x2029 || c == 0x200e || c == 0x200f || c == 0x061c;
    }
}
