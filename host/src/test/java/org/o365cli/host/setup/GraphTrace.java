package org.o365cli.host.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The requests a {@code --debug} run sent to Microsoft Graph, read back from its trace on stderr. */
record GraphTrace(List<Sent> requests) {

    private static final Pattern REQUEST = Pattern.compile("^> ([A-Z]+) (https://graph\\.microsoft\\.com/\\S+)$");

    /**
     * One request as it went out.
     *
     * @param method  the method
     * @param url     the URL, percent-encoding kept
     * @param headers header names in lower case to their value (tokens redacted by the trace)
     * @param body    the body text, or empty
     */
    record Sent(String method, String url, Map<String, String> headers, String body) {

        JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The path and query after {@code https://graph.microsoft.com}. */
        String path() {
            return url.substring("https://graph.microsoft.com".length());
        }
    }

    static GraphTrace of(String stderr) {
        List<Sent> requests = new ArrayList<>();
        List<String> lines = stderr.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = REQUEST.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            StringBuilder body = new StringBuilder();
            int j = i + 1;
            for (; j < lines.size() && lines.get(j).startsWith("> "); j++) {
                String header = lines.get(j).substring(2);
                int colon = header.indexOf(": ");
                headers.put(header.substring(0, colon).toLowerCase(Locale.ROOT), header.substring(colon + 2));
            }
            for (; j < lines.size() && !lines.get(j).startsWith("< ") && !lines.get(j).startsWith("> "); j++) {
                body.append(lines.get(j));
            }
            requests.add(new Sent(m.group(1), m.group(2), headers, body.toString()));
        }
        return new GraphTrace(requests);
    }

    /** The requests that change something. */
    List<Sent> writes() {
        return requests.stream().filter(r -> !r.method().equals("GET")).toList();
    }
}
