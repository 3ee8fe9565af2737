package org.o365cli.sandbox.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of OData {@code $filter} that Graph supports without advanced query parameters and
 * the bundled commands use: {@code p eq 'v'}, {@code p eq true}, {@code startswith(p,'v')} and
 * {@code p/any(c:c eq 'v')}, joined by {@code and}. String comparisons ignore case, as Graph's do.
 */
final class ODataFilter {

    private static final String LITERAL = "'((?:[^']|'')*)'";
    private static final Pattern EQ = Pattern.compile("^(\\w+)\\s+eq\\s+(?:" + LITERAL + "|(true|false|null))$");
    private static final Pattern STARTS = Pattern.compile("^startswith\\(\\s*(\\w+)\\s*,\\s*" + LITERAL + "\\s*\\)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY = Pattern.compile("^(\\w+)/any\\(\\s*(\\w+)\\s*:\\s*\\2\\s+eq\\s+" + LITERAL + "\\s*\\)$");

    private ODataFilter() {
    }

    /**
     * @param filter the {@code $filter} value, or null
     * @return the test an item must pass
     * @throws IllegalArgumentException naming the clause Graph would refuse
     */
    static Predicate<JsonNode> parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return item -> true;
        }
        Predicate<JsonNode> all = item -> true;
        for (String clause : clauses(filter.trim())) {
            all = all.and(clause(clause.trim()));
        }
        return all;
    }

    private static Predicate<JsonNode> clause(String clause) {
        Matcher m = EQ.matcher(clause);
        if (m.matches()) {
            String property = m.group(1);
            if (m.group(3) != null) {
                String keyword = m.group(3);
                return item -> keyword.equals("null") ? item.path(property).isNull()
                        : item.path(property).isBoolean() && String.valueOf(item.path(property).asBoolean()).equals(keyword);
            }
            String value = unquote(m.group(2));
            return item -> item.path(property).isTextual() && item.path(property).asText().equalsIgnoreCase(value);
        }
        m = STARTS.matcher(clause);
        if (m.matches()) {
            String property = m.group(1);
            String prefix = unquote(m.group(2)).toLowerCase(Locale.ROOT);
            return item -> item.path(property).isTextual() && item.path(property).asText().toLowerCase(Locale.ROOT).startsWith(prefix);
        }
        m = ANY.matcher(clause);
        if (m.matches()) {
            String property = m.group(1);
            String value = unquote(m.group(3));
            return item -> {
                for (JsonNode element : item.path(property)) {
                    if (element.asText().equalsIgnoreCase(value)) {
                        return true;
                    }
                }
                return false;
            };
        }
        throw new IllegalArgumentException("Invalid filter clause: '" + clause + "'.");
    }

    // Splits on ' and ' outside string literals.
    private static List<String> clauses(String filter) {
        List<String> clauses = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < filter.length(); i++) {
            char c = filter.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && filter.regionMatches(true, i, " and ", 0, 5)) {
                clauses.add(filter.substring(start, i));
                start = i + 5;
                i += 4;
            }
        }
        clauses.add(filter.substring(start));
        return clauses;
    }

    private static String unquote(String literal) {
        return literal.replace("''", "'");
    }
}
