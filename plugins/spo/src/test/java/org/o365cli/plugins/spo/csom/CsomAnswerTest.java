package org.o365cli.plugins.spo.csom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.auth.O365Exception;

/** CSOM answers are read by action Id, and their errors are one line. */
class CsomAnswerTest {

    private static final String WHERE = "POST https://contoso-admin.sharepoint.com/_vti_bin/client.svc/ProcessQuery";
    private static final String HEADER = "{\"SchemaVersion\":\"15.0.0.0\",\"LibraryVersion\":\"16.0.23401.12003\",\"ErrorInfo\":null,"
            + "\"TraceCorrelationId\":\"a12697a0-1234\"}";

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void resultsAreFoundByTheirActionIdWhateverComesBefore() throws Exception {
        CsomAnswer answer = CsomAnswer.read(json("[" + HEADER + ",2,{\"IsNull\":false},4,{\"_ObjectType_\":\"Tenant\"},7,\"text\"]"), WHERE);

        assertEquals("Tenant", answer.result(4).path("_ObjectType_").asText());
        assertEquals("{\"IsNull\":false}", answer.result(2).toString());
        assertEquals("text", answer.result(7).asText());
    }

    @Test
    void anAnswerWithOnlyTheHeaderHasNoResults() throws Exception {
        CsomAnswer answer = CsomAnswer.read(json("[" + HEADER + "]"), WHERE);

        O365Exception missing = assertThrows(O365Exception.class, () -> answer.result(4));
        assertEquals(WHERE + " answered without a result for its action 4; check that the site is a SharePoint Online site"
                + " and run again with --debug to see the answer", missing.getMessage());
    }

    @Test
    void errorInfoIsOneLineWithMessageTypeCodeAndCorrelationId() throws Exception {
        String answer = "[{\"SchemaVersion\":\"15.0.0.0\",\"LibraryVersion\":\"16.0.23401.12003\",\"ErrorInfo\":{\"ErrorMessage\":"
                + "\"Access denied.\\r\\nAsk an administrator.\",\"ErrorValue\":null,\"TraceCorrelationId\":\"b22697a0-9\","
                + "\"ErrorCode\":-2147024891,\"ErrorTypeName\":\"System.UnauthorizedAccessException\"},\"TraceCorrelationId\":\"b22697a0-9\"}]";

        O365Exception error = assertThrows(O365Exception.class, () -> CsomAnswer.read(json(answer), WHERE));

        assertEquals(WHERE + " failed: Access denied. Ask an administrator. [System.UnauthorizedAccessException -2147024891]"
                + " (correlation id b22697a0-9)", error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"d\":{}}", "[]", "[1,2]", "[" + HEADER + ",2]", "[" + HEADER + ",\"x\",{}]"})
    void somethingElseThanACsomAnswerIsAClearError(String answer) {
        O365Exception error = assertThrows(O365Exception.class, () -> CsomAnswer.read(json(answer), WHERE));

        assertEquals(true, error.getMessage().startsWith(WHERE + " answered with something other than a CSOM answer"), error::getMessage);
    }
}
