package org.o365cli.host.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.o365cli.auth.O365Exception;

/**
 * Hosts reached without a proxy, from {@code NO_PROXY}: a comma-separated list whose entries are
 * <ul>
 *   <li>{@code *}: no host uses the proxy;</li>
 *   <li>{@code contoso.com}: that host and its subdomains;</li>
 *   <li>{@code .contoso.com} or {@code *.contoso.com}: subdomains only;</li>
 *   <li>an IP address ({@code 10.1.2.3}, {@code ::1} or {@code [::1]}): that address as typed in a URL;</li>
 * </ul>
 * each optionally followed by {@code :port} to bypass the proxy for that port only. Matching ignores
 * case and a trailing dot.
 * <p>
 * Loopback hosts ({@code localhost}, {@code *.localhost}, {@code 127.0.0.0/8}, {@code ::1}) never use
 * a proxy, whatever {@code NO_PROXY} says: a proxy cannot reach this machine's loopback interface,
 * and tokens for local servers should not travel through one. Nor do link-local addresses
 * ({@code 169.254.0.0/16}, {@code fe80::/10}), where Azure's managed identity endpoint (IMDS) lives. The JDK's own default
 * ({@code http.nonProxyHosts}) and Go's {@code httpproxy} make the same choice.
 *
 * @param rules the parsed entries
 */
public record NoProxy(List<Rule> rules) {

    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    /** Copies the rules. */
    public NoProxy {
        rules = List.copyOf(rules);
    }

    /** An empty list: every non-loopback host uses the proxy. */
    public static NoProxy none() {
        return new NoProxy(List.of());
    }

    /**
     * One entry of the list.
     *
     * @param host           the host or address, lower case, without brackets or trailing dot; {@code *} for all
     * @param subdomainsOnly true for {@code .suffix} and {@code *.suffix} entries
     * @param port           the port the entry is limited to, or -1 for every port
     */
    public record Rule(String host, boolean subdomainsOnly, int port) {

        boolean matches(String target, int targetPort) {
            if (port >= 0 && port != targetPort) {
                return false;
            }
            if (host.equals("*")) {
                return true;
            }
            boolean subdomain = target.endsWith("." + host);
            return subdomainsOnly ? subdomain : subdomain || target.equals(host);
        }
    }

    /**
     * Reads a {@code NO_PROXY} value.
     *
     * @param variable the variable the value came from, named in errors
     * @param value    the comma-separated list
     * @return the list
     * @throws O365Exception when an entry has an invalid port
     */
    public static NoProxy parse(String variable, String value) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : value.split(",")) {
            String entry = raw.trim().toLowerCase(Locale.ROOT);
            if (!entry.isEmpty()) {
                rules.add(rule(variable, entry));
            }
        }
        return new NoProxy(rules);
    }

    private static Rule rule(String variable, String entry) {
        String host = entry;
        String port = null;
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close < 0) {
                throw new O365Exception(variable + " entry '" + entry + "' lacks a closing ']'");
            }
            host = entry.substring(1, close);
            port = entry.length() > close + 1 && entry.charAt(close + 1) == ':' ? entry.substring(close + 2) : null;
        } else if (entry.indexOf(':') >= 0 && entry.indexOf(':') == entry.lastIndexOf(':')) {
            host = entry.substring(0, entry.indexOf(':'));
            port = entry.substring(entry.indexOf(':') + 1);
        }
        int portNumber = -1;
        if (port != null) {
            if (!PORT.matcher(port).matches() || Integer.parseInt(port) > 65535) {
                throw new O365Exception(variable + " entry '" + entry + "' has an invalid port; use host, .domain, *.domain or *, optionally with :port");
            }
            portNumber = Integer.parseInt(port);
        }
        boolean subdomainsOnly = host.startsWith(".") || host.startsWith("*.");
        host = host.substring(host.startsWith("*.") ? 2 : host.startsWith(".") ? 1 : 0);
        return new Rule(stripDot(host), subdomainsOnly, portNumber);
    }

    /**
     * Whether a request to this host and port goes without a proxy.
     *
     * @param host a host name or IP address as in a URI (IPv6 with or without brackets)
     * @param port the port, already defaulted from the scheme
     * @return true for loopback hosts and hosts the list names
     */
    public boolean bypasses(String host, int port) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        String target = stripDot(bare.toLowerCase(Locale.ROOT));
        return isLoopback(target) || isLinkLocal(target) || rules.stream().anyMatch(rule -> rule.matches(target, port));
    }

    /**
     * Whether a host names this machine's loopback interface: {@code localhost}, a subdomain of it,
     * an address in {@code 127.0.0.0/8} or {@code ::1}. Names are not resolved.
     *
     * @param host a host name or IP address, IPv6 with or without brackets
     * @return true for a loopback host
     */
    public static boolean isLoopback(String host) {
        String h = stripDot(host.toLowerCase(Locale.ROOT));
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        boolean literal = h.contains(":") || h.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        if (!literal) {
            return false;
        }
        try {
            // A literal address is parsed, never looked up.
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Whether a host is a link-local address ({@code 169.254.0.0/16}, {@code fe80::/10}), such as Azure's
     * instance metadata service {@code 169.254.169.254}: like loopback, only this machine's own network link
     * reaches it, and a proxy would either fail or, worse, answer for it. Names are not resolved.
     */
    static boolean isLinkLocal(String host) {
        boolean literal = host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        try {
            return literal && InetAddress.getByName(host).isLinkLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String stripDot(String host) {
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }
}
