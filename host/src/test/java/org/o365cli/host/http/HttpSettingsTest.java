package org.o365cli.host.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o365cli.auth.O365Exception;

class HttpSettingsTest {

    @Test
    void withoutVariablesThereIsNoProxyAndTheDefaultRetriesAndTimeouts() {
        HttpSettings settings = HttpSettings.fromEnvironment(Map.of());

        assertEquals(Optional.empty(), settings.httpsProxy());
        assertEquals(Optional.empty(), settings.caFile());
        assertEquals(5, settings.maxRetries());
        assertEquals(Duration.ofSeconds(120), settings.maxRetryWait());
        assertEquals(Duration.ofSeconds(10), settings.connectTimeout());
        assertEquals(Duration.ofSeconds(100), settings.requestTimeout());
        assertEquals(Duration.ofSeconds(120), settings.deadline());
        assertEquals(100L * 1024 * 1024, settings.maxBodyBytes());
    }

    @Test
    void variablesSetProxiesCaFileRetriesAndTimeouts() {
        HttpSettings settings = HttpSettings.fromEnvironment(Map.of(
                "HTTPS_PROXY", "http://proxy.contoso.com:3128", "http_proxy", "proxy.contoso.com",
                "O365_CA_FILE", "/etc/corp-ca.pem", "O365_HTTP_MAX_RETRIES", "2", "O365_HTTP_MAX_RETRY_WAIT_SECONDS", "30",
                "O365_HTTP_CONNECT_TIMEOUT_SECONDS", "3", "O365_HTTP_TIMEOUT_SECONDS", "40", "O365_HTTP_DEADLINE_SECONDS", "50",
                "O365_HTTP_MAX_BODY_MIB", "7"));

        assertEquals("proxy.contoso.com:3128", settings.httpsProxy().orElseThrow().toString());
        assertEquals("proxy.contoso.com:80", settings.httpProxy().orElseThrow().toString());
        assertEquals(Optional.of(Path.of("/etc/corp-ca.pem")), settings.caFile());
        assertEquals(2, settings.maxRetries());
        assertEquals(Duration.ofSeconds(30), settings.maxRetryWait());
        assertEquals(Duration.ofSeconds(3), settings.connectTimeout());
        assertEquals(Duration.ofSeconds(40), settings.requestTimeout());
        assertEquals(Duration.ofSeconds(50), settings.deadline());
        assertEquals(7, settings.maxBodyMiB());
    }

    @Test
    void theUpperCaseVariableWinsAndAnEmptyOneCountsAsUnset() {
        HttpSettings settings = HttpSettings.fromEnvironment(Map.of("HTTPS_PROXY", "http://upper:1", "https_proxy", "http://lower:2",
                "HTTP_PROXY", " ", "http_proxy", "http://lower:3"));

        assertEquals("upper:1", settings.httpsProxy().orElseThrow().toString());
        assertEquals("lower:3", settings.httpProxy().orElseThrow().toString());
    }

    @Test
    void proxyCredentialsAreReadButNeverShown() {
        ProxyAddress proxy = ProxyAddress.parse("HTTPS_PROXY", "http://corp%5Cmegan:p%40ss+word@proxy:8080");

        assertEquals(Optional.of("corp\\megan"), proxy.user());
        assertEquals(Optional.of("p@ss+word"), proxy.password());
        assertEquals("proxy:8080", proxy.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HTTPS_PROXY | https://proxy:8443 | HTTPS_PROXY is not a valid proxy URL: the proxy scheme must be http",
            "HTTPS_PROXY | socks5://proxy:1080 | HTTPS_PROXY is not a valid proxy URL: the proxy scheme must be http",
            "https_proxy | http://proxy:8080/path | https_proxy is not a valid proxy URL: a proxy URL has no path",
            "HTTP_PROXY | http://user:secret@:8080 | HTTP_PROXY is not a valid proxy URL: it has no host",
            "NO_PROXY | contoso.com:http | NO_PROXY entry 'contoso.com:http' has an invalid port",
            "O365_HTTP_MAX_RETRIES | many | O365_HTTP_MAX_RETRIES must be a whole number from 0 to 100, not 'many'",
            "O365_HTTP_MAX_RETRY_WAIT_SECONDS | -1 | O365_HTTP_MAX_RETRY_WAIT_SECONDS must be a whole number from 0 to 3600",
            "O365_HTTP_CONNECT_TIMEOUT_SECONDS | 0 | O365_HTTP_CONNECT_TIMEOUT_SECONDS must be a whole number from 1 to 3600",
            "O365_HTTP_TIMEOUT_SECONDS | 1.5 | O365_HTTP_TIMEOUT_SECONDS must be a whole number from 1 to 3600",
            "O365_HTTP_DEADLINE_SECONDS | 0 | O365_HTTP_DEADLINE_SECONDS must be a whole number from 1 to 3600",
            "O365_HTTP_MAX_BODY_MIB | 99999999999 | O365_HTTP_MAX_BODY_MIB must be a whole number from 1 to 65536"})
    void anInvalidValueIsAnErrorNamingItsVariable(String variable, String value, String message) {
        O365Exception e = assertThrows(O365Exception.class, () -> HttpSettings.fromEnvironment(Map.of(variable, value)));

        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }

    @ParameterizedTest(name = "NO_PROXY={0}: {1} direct={2}")
    @CsvSource(delimiter = '|', value = {
            "contoso.com | https://contoso.com/ | true",
            "contoso.com | https://api.contoso.com/ | true",
            "contoso.com | https://notcontoso.com/ | false",
            ".contoso.com | https://api.contoso.com/ | true",
            ".contoso.com | https://contoso.com/ | false",
            "*.contoso.com | https://a.b.contoso.com/ | true",
            "*.contoso.com | https://contoso.com/ | false",
            "* | https://graph.microsoft.com/ | true",
            "contoso.com:8443 | https://contoso.com:8443/ | true",
            "contoso.com:8443 | https://contoso.com/ | false",
            "contoso.com:443 | https://contoso.com/ | true",
            "10.1.2.3 | https://10.1.2.3/ | true",
            "'[2001:db8::1]:443' | https://[2001:db8::1]/ | true",
            "2001:db8::1 | https://[2001:db8::1]:8443/ | true",
            "CONTOSO.COM. | https://Contoso.com./ | true",
            "'' | https://localhost:8080/ | true",
            "'' | https://api.localhost/ | true",
            "'' | https://127.0.0.2/ | true",
            "'' | https://[::1]/ | true",
            "'' | https://169.254.169.254/metadata/identity/oauth2/token | true",
            "'' | https://169.254.0.1:8080/ | true",
            "'' | https://[fe80::1]/ | true",
            "'' | https://[febf::1]/ | true",
            "'' | https://[fec0::1]/ | false",
            "'' | https://169.255.0.1/ | false",
            "'' | https://10.0.0.4/ | false",
            "'' | https://graph.microsoft.com/ | false"})
    void noProxyAndLoopbackDecideWhichHostsGoDirect(String noProxy, String url, boolean direct) {
        HttpSettings settings = HttpSettings.fromEnvironment(Map.of("HTTPS_PROXY", "http://proxy:3128", "NO_PROXY", noProxy));

        List<Proxy> proxies = new EnvironmentProxySelector(settings).select(URI.create(url));

        assertEquals(direct ? List.of(Proxy.NO_PROXY) : List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("proxy", 3128))), proxies);
    }

    @Test
    void theInstanceMetadataServiceIsNeverReachedThroughAProxy() {
        HttpSettings settings = HttpSettings.fromEnvironment(Map.of("HTTP_PROXY", "http://proxy:3128", "HTTPS_PROXY", "http://proxy:3128"));

        assertEquals(Optional.empty(), settings.proxyFor(URI.create("http://169.254.169.254/metadata/identity/oauth2/token")));
        assertEquals(Optional.empty(), settings.proxyFor(URI.create("http://[fe80::a9fe:a9fe]:40342/metadata/identity/oauth2/token")));
        assertEquals("proxy:3128", settings.proxyFor(URI.create("http://169.253.169.254/")).orElseThrow().toString());
    }

    @Test
    void httpsNeverUsesHttpProxy() {
        HttpSettings settings = HttpSettings.fromEnvironment(Map.of("HTTP_PROXY", "http://proxy:3128"));

        assertEquals(Optional.empty(), settings.proxyFor(URI.create("https://graph.microsoft.com/")));
        assertEquals("proxy:3128", settings.proxyFor(URI.create("http://intranet.contoso.com/")).orElseThrow().toString());
    }

    @Test
    void proxyCredentialsAnswerTheProxysChallengeOnly() throws Exception {
        Authenticator authenticator = ProxyAuthenticator.of(HttpSettings.fromEnvironment(
                Map.of("HTTPS_PROXY", "http://megan:pw@proxy:3128"))).orElseThrow();
        URL url = URI.create("https://graph.microsoft.com/v1.0/me").toURL();

        PasswordAuthentication proxy = Authenticator.requestPasswordAuthentication(authenticator, "proxy", null, 3128, "http",
                "corp", "basic", url, Authenticator.RequestorType.PROXY);

        assertEquals("megan", proxy.getUserName());
        assertEquals("pw", new String(proxy.getPassword()));
        assertNull(Authenticator.requestPasswordAuthentication(authenticator, "graph.microsoft.com", null, 443, "https",
                "graph", "basic", url, Authenticator.RequestorType.SERVER));
        assertNull(Authenticator.requestPasswordAuthentication(authenticator, "other-proxy", null, 3128, "http",
                "corp", "basic", url, Authenticator.RequestorType.PROXY));
    }

    @Test
    void withoutProxyCredentialsThereIsNoAuthenticator() {
        assertEquals(Optional.empty(), ProxyAuthenticator.of(HttpSettings.fromEnvironment(Map.of("HTTPS_PROXY", "http://proxy:3128"))));
    }

    @Test
    void aMissingCaFileIsAnErrorNamingO365CaFile(@TempDir Path dir) {
        HttpSettings settings = HttpSettings.fromEnvironment(Map.of("O365_CA_FILE", dir.resolve("corp.pem").toString()));

        O365Exception e = assertThrows(O365Exception.class, () -> stack(settings));

        assertEquals("O365_CA_FILE names " + dir.resolve("corp.pem") + ", which does not exist; give a PEM file of CA certificates", e.getMessage());
    }

    @Test
    void aCaFileWithoutCertificatesIsAnErrorNamingO365CaFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("corp.pem"), "not a certificate\n");
        HttpSettings settings = HttpSettings.fromEnvironment(Map.of("O365_CA_FILE", file.toString()));

        O365Exception e = assertThrows(O365Exception.class, () -> stack(settings));

        assertTrue(e.getMessage().startsWith("O365_CA_FILE " + file), e.getMessage());
    }

    private static HttpStack stack(HttpSettings settings) {
        return new HttpStack(settings, Clock.systemUTC(), new RecordingSleeper(), HttpTrace.off(), "1.2.3");
    }
}
