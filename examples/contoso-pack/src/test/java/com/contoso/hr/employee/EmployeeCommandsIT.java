package com.contoso.hr.employee;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.contoso.hr.HrService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

class EmployeeCommandsIT {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack().withApi(HrService.RESOURCE);

    @BeforeEach
    void connect() {
        assertEquals(0, o365.run("hr", "connect", "--sandbox").exitCode());
    }

    @Test
    void listPrintsEveryPageAsAText() {
        o365.stubs().register(get(urlEqualTo("/api/employees")).withHost(equalTo("hr.contoso.com")).willReturn(okJson(
                "{\"value\":[{\"id\":\"1\",\"displayName\":\"Adele Vance\",\"department\":\"Sales\"}],"
                        + "\"@odata.nextLink\":\"https://hr.contoso.com/api/employees?page=2\"}")));
        o365.stubs().register(get(urlEqualTo("/api/employees?page=2")).withHost(equalTo("hr.contoso.com")).willReturn(okJson(
                "{\"value\":[{\"id\":\"2\",\"displayName\":\"Alex Wilber\",\"department\":\"Legal\"}]}")));

        RunResult list = o365.run("hr", "employee", "list", "-o", "text");

        assertEquals(0, list.exitCode(), list::toString);
        assertTrue(list.out().contains("Adele Vance") && list.out().contains("Alex Wilber"), list::toString);
        assertEquals(2, list.requests().size());
        assertTrue(list.requests().get(1).header("Authorization").orElseThrow().startsWith("Bearer ey"));
    }

    @Test
    void getOfAnUnknownEmployeeFailsOnOneLineWithExitCode1() {
        o365.stubs().register(get(urlEqualTo("/api/employees/404")).withHost(equalTo("hr.contoso.com")).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"NotFound\",\"message\":\"No employee 404.\"}}")));

        RunResult get = o365.run("hr", "employee", "get", "--id", "404");

        assertEquals(1, get.exitCode(), get::toString);
        assertTrue(get.err().startsWith("Error: ") && get.err().strip().lines().count() == 1, get::toString);
    }
}
