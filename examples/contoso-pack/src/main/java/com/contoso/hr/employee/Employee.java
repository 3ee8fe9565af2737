package com.contoso.hr.employee;

import com.fasterxml.jackson.databind.JsonNode;

/** An employee as the HR API gives it. */
public record Employee(String id, String displayName, String department, String manager) {

    static Employee of(JsonNode json) {
        return new Employee(json.path("id").asText(), json.path("displayName").asText(),
                json.path("department").asText(null), json.path("managerId").asText(null));
    }
}
