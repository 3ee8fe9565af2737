package org.o365cli.host.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Destructive commands ask on stderr when stdin is a terminal, and refuse without --force when it is not. */
class ConfirmationsTest {

    private final StringWriter err = new StringWriter();

    private Confirmations on(Terminal terminal) {
        return new Confirmations(terminal, new PrintWriter(err));
    }

    @ParameterizedTest
    @ValueSource(strings = {"y\n", "yes\n", " Y \n", "YES"})
    void yesOnTheTerminalGoesOn(String typed) {
        assertTrue(on(Terminal.typing(typed)).confirm(false, "remove the storage entity 'k' from the tenant"));
        assertEquals("Are you sure you want to remove the storage entity 'k' from the tenant? [y/N] ", err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"n\n", "\n", "", "yess\n", "no\ny\n"})
    void anythingElseOrTheEndOfInputDoesNot(String typed) {
        assertFalse(on(Terminal.typing(typed)).confirm(false, "remove it"));
    }

    @Test
    void forceAsksNothing() {
        assertTrue(on(Terminal.NONE).confirm(true, "remove it"));
        assertTrue(on(Terminal.typing("n\n")).confirm(true, "remove it"));
        assertEquals("", err.toString());
    }

    @Test
    void withoutATerminalItRefusesNamingForceAndAsksNothing() {
        Confirmations.Refused refused = assertThrows(Confirmations.Refused.class, () -> on(Terminal.NONE).confirm(false, "remove it"));

        assertEquals("Refusing to remove it without a confirmation: stdin is not a terminal to ask it on; add --force to go ahead",
                refused.getMessage());
        assertEquals("", err.toString());
    }
}
