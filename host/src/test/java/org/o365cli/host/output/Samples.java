package org.o365cli.host.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Results as commands return them. */
final class Samples {

    record User(String id, String displayName, int age, boolean enabled) {
    }

    record Address(String city, String country) {
    }

    record Employee(String name, int age, Address address, List<String> tags) {
    }

    private Samples() {
    }

    static List<User> users() {
        return List.of(
                new User("1", "Zoë", 34, true),
                new User("22", "東京", 28, false),
                new User("333", "Ana 😀", 41, true));
    }

    static List<Employee> employees() {
        return List.of(
                new Employee("Zoë", 34, new Address("Paris", "FR"), List.of("admin")),
                new Employee("Kenji", 28, new Address("東京", "JP"), List.of()),
                new Employee("Ana", 41, new Address("Lisboa", "PT"), List.of("dev", "ops")));
    }

    /** A map keeping its keys in the order given, e.g. {@code row("a", 1, "b", null)}. */
    static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
