package org.o365cli.host.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text before it is shown: HTTP traces, error messages, status output. It masks
 * <ul>
 *   <li>the values of the {@code Authorization}, {@code Proxy-Authorization}, {@code Cookie},
 *       {@code Set-Cookie}, {@code X-IDENTITY-HEADER} and managed identity {@code secret} headers, and of
 *       every header whose name says it holds a credential: it contains {@code key}, {@code secret},
 *       {@code token}, {@code password} or {@code signature} ({@code api-key},
 *       {@code Ocp-Apim-Subscription-Key}…) ({@link #redactHeader});</li>
 *   <li>form fields and query parameters named {@code access_token}, {@code refresh_token},
 *       {@code id_token}, {@code client_secret}, {@code password}, {@code client_assertion},
 *       {@code assertion}, {@code device_code}, {@code code}, {@code code_verifier} or {@code token},
 *       in any case, and the signature {@code sig} of a shared access signature (SAS) URL;</li>
 *   <li>JSON properties with those names at any depth, except {@code code}: in JSON it is the error
 *       code of Graph and SharePoint errors, which users need to see (authorization codes travel in
 *       forms and query strings only). The camel-case spellings ({@code accessToken},
 *       {@code clientSecret}…) count too;</li>
 *   <li>anything shaped like a JWT or JWE ({@code eyJ…}{@code .}{@code …}), wherever it is, also cut short;</li>
 *   <li>PEM private key blocks, up to their end line or the end of the text;</li>
 *   <li>every literal secret the host {@linkplain #register registered} or the caller passes,
 *       also in URL-encoded and JSON-escaped form, and their start where a text was cut with "…".</li>
 * </ul>
 * Each becomes {@value #MASK}. Instances are thread-safe.
 */
public final class Redactor {

    /** What a secret is replaced with. */
    public static final String MASK = "<redacted>";

    /** Registered secrets shorter than this are not masked. */
    static final int MIN_SECRET_LENGTH = 4;

    private static final Set<String> SECRET_HEADERS =
            Set.of("authorization", "proxy-authorization", "cookie", "set-cookie", "x-identity-header");
    private static final Pattern CREDENTIAL_HEADER = Pattern.compile("(?i).*(key|secret|token|password|signature).*");
    private static final String NAMES = "access_?token|refresh_?token|id_?token|client_?secret|password"
            + "|client_?assertion|assertion|device_?code|code_?verifier|token";
    private static final Pattern PEM_PRIVATE_KEY = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----.*?(?:-----END \\1PRIVATE KEY-----|\\z)", Pattern.DOTALL);
    private static final Pattern JWT = Pattern.compile(
            "eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]*){0,3}");
    private static final Pattern JSON_PROPERTY = Pattern.compile(
            "(\"(?i:" + NAMES + ")\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern FORM_FIELD = Pattern.compile(
            "((?:^|[?&;\\s])(?i:" + NAMES + "|code|sig)=)[^&#\\s\"]*", Pattern.MULTILINE);

    private static final String ELLIPSIS = "…";

    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    /**
     * Remembers a secret the host handles (a password, a client secret) so that every later
     * {@code redact} masks it. Blank values are ignored.
     *
     * @param secret the literal secret
     */
    public void register(String secret) {
        // A value of a few characters would mask those letters everywhere and garble every message;
        // secrets that short offer no protection to hide anyway.
        if (secret != null && secret.strip().length() >= MIN_SECRET_LENGTH) {
            registered.add(secret);
        }
    }

    /**
     * Masks the secrets in a text.
     *
     * @param text any text; null gives null
     * @return the text with every secret replaced by {@value #MASK}
     */
    public String redact(String text) {
        return redact(text, List.of());
    }

    /**
     * Masks the secrets in a text, and these literal values wherever they appear.
     *
     * @param text         any text; null gives null
     * @param knownSecrets literal secret values to mask besides the registered ones
     * @return the text with every secret replaced by {@value #MASK}
     */
    public String redact(String text, Collection<String> knownSecrets) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        List<String> literals = literals(knownSecrets);
        for (String secret : literals) {
            result = result.replace(secret, MASK);
        }
        result = maskCutSecrets(result, literals);
        result = PEM_PRIVATE_KEY.matcher(result).replaceAll(MASK);
        result = JWT.matcher(result).replaceAll(MASK);
        result = JSON_PROPERTY.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\"" + MASK + "\""));
        return FORM_FIELD.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    }

    /**
     * The value of a header as it may be shown: secret headers keep only their scheme
     * ({@code Bearer <redacted>}), others go through {@link #redact(String)}.
     *
     * @param name  the header name, in any case
     * @param value the header value
     * @return the value to show
     */
    public String redactHeader(String name, String value) {
        if (!SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && !CREDENTIAL_HEADER.matcher(name).matches()) {
            return redact(value);
        }
        boolean hasScheme = name.toLowerCase(Locale.ROOT).endsWith("authorization") && value.indexOf(' ') > 0;
        return hasScheme ? value.substring(0, value.indexOf(' ')) + " " + MASK : MASK;
    }

    /**
     * {@link ServerText} cuts a server's words at a length and ends them with "…": the start of a
     * secret the server echoed may stand just before it, where the whole secret no longer matches.
     */
    private static String maskCutSecrets(String text, List<String> literals) {
        StringBuilder result = new StringBuilder(text);
        for (int cut = result.indexOf(ELLIPSIS); cut >= 0; cut = result.indexOf(ELLIPSIS, cut + 1)) {
            for (String secret : literals) {
                for (int length = Math.min(secret.length() - 1, cut); length >= MIN_SECRET_LENGTH; length--) {
                    if (result.substring(cut - length, cut).equals(secret.substring(0, length))) {
                        result.replace(cut - length, cut, MASK);
                        cut = cut - length + MASK.length();
                        break;
                    }
                }
            }
        }
        return result.toString();
    }

    private List<String> literals(Collection<String> knownSecrets) {
        List<String> all = new ArrayList<>();
        for (String secret : union(knownSecrets)) {
            all.add(secret);
            all.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
            all.add(secret.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/"));
        }
        // Longest first, so that a secret holding another is masked whole.
        all.sort(Comparator.comparingInt(String::length).reversed());
        return all;
    }

    private Set<String> union(Collection<String> knownSecrets) {
        Set<String> all = new HashSet<>(registered);
        knownSecrets.stream().filter(s -> s != null && !s.isBlank()).forEach(all::add);
        return all;
    }
}
