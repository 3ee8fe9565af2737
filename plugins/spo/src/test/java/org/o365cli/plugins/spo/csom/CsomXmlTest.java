package org.o365cli.plugins.spo.csom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.o365cli.auth.O365Exception;

class CsomXmlTest {

    @Test
    void everyXmlSpecialCharacterIsEscaped() {
        assertEquals("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;", CsomXml.escape("a & b <c> \"d\" 'e'"));
        assertEquals("<Parameter Type=\"String\">x&amp;y</Parameter>", CsomXml.stringParameter("x&y"));
        assertEquals("", CsomXml.escape(null));
    }

    @Test
    void aCharacterXmlForbidsIsRefusedNotDroppedWhileTabAndLineBreaksPass() {
        O365Exception e = assertThrows(O365Exception.class, () -> CsomXml.escape("page\u0000token"));
        assertEquals("Cannot send U+0000 in a CSOM request: XML does not allow it; remove it from the value", e.getMessage());
        assertThrows(O365Exception.class, () -> CsomXml.stringParameter("x\uFFFF"));
        assertEquals("a\tb\nc", CsomXml.escape("a\tb\nc"));
    }
}
