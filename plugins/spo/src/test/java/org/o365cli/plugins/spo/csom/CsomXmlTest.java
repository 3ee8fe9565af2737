package org.o365cli.plugins.spo.csom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsomXmlTest {

    @Test
    void everyXmlSpecialCharacterIsEscaped() {
        assertEquals("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;", CsomXml.escape("a & b <c> \"d\" 'e'"));
        assertEquals("<Parameter Type=\"String\">x&amp;y</Parameter>", CsomXml.stringParameter("x&y"));
        assertEquals("", CsomXml.escape(null));
    }
}
