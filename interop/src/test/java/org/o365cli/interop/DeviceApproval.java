package org.o365cli.interop;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A user approving a device code in a browser, through Keycloak's own pages: the verification page
 * with the user code, the login form, then the grant (consent) page Keycloak shows for every device
 * sign-in. Keeps its cookies by hand: Keycloak marks them Secure even on plain-http loopback, which
 * {@link java.net.CookieManager} would not send back.
 */
final class DeviceApproval {

    private static final Pattern ACTION = Pattern.compile("<form[^>]*\\saction=\"([^\"]*)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");
    private static final int MAX_STEPS = 12;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /**
     * Enters the user code on the issuer's device page ({@code <issuer>/device}, the {@code user_code}
     * query parameter being what the form sends), signs in and grants access.
     *
     * @return the last page's URL, Keycloak's device status page on success
     */
    URI approve(String issuer, String userCode, String userName, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get(URI.create(issuer + "/device?user_code=" + encode(userCode)));
        for (int step = 0; step < MAX_STEPS; step++) {
            String html = page.body();
            if (isRedirect(page)) {
                URI next = page.uri().resolve(page.headers().firstValue("Location").orElseThrow());
                if (next.getPath().endsWith("/device/status")) {
                    return next;
                }
                page = get(next);
            } else if (html.contains("name=\"username\"") && html.contains("name=\"password\"")) {
                page = post(page, Map.of("username", userName, "password", password, "credentialId", ""));
            } else if (html.contains("name=\"accept\"")) {
                Map<String, String> form = new LinkedHashMap<>(hidden(html));
                form.put("accept", "Yes");
                page = post(page, form);
            } else {
                throw new AssertionError("Unexpected page " + page.uri() + " (HTTP " + page.statusCode() + "): "
                        + text(html));
            }
        }
        throw new AssertionError("Device approval did not finish within " + MAX_STEPS + " pages; last: " + page.uri());
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    private HttpResponse<String> post(HttpResponse<String> page, Map<String, String> form) throws IOException, InterruptedException {
        Matcher action = ACTION.matcher(page.body());
        if (!action.find()) {
            throw new AssertionError("No form on " + page.uri() + ": " + text(page.body()));
        }
        URI target = page.uri().resolve(action.group(1).replace("&amp;", "&"));
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(target).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }
        return response;
    }

    private static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() / 100 == 3 && response.headers().firstValue("Location").isPresent();
    }

    private static Map<String, String> hidden(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            fields.put(m.group(1), m.group(2).replace("&amp;", "&"));
        }
        return fields;
    }

    private static String text(String html) {
        String text = html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
