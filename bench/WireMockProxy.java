import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * Starts WireMock as an HTTPS proxy for the benchmarks, serving the stubs under a folder and
 * answering each tunnelled host with a certificate signed by the bench's own CA, so that o365
 * reaches production URLs through HTTPS_PROXY with that CA trusted via O365_CA_FILE.
 * WireMock signs those certificates with sun.security.x509, hence --add-exports when running it:
 * java --add-exports java.base/sun.security.x509=ALL-UNNAMED -cp wiremock-standalone.jar WireMockProxy.java PORT CA_KEYSTORE PASSWORD ROOT [journal]
 * With {@code journal}, requests are recorded so that a bench can count them ({@code /__admin/requests/count}).
 */
public class WireMockProxy {
    public static void main(String[] args) throws InterruptedException {
        WireMockConfiguration options = WireMockConfiguration.options()
                .port(Integer.parseInt(args[0])).bindAddress("127.0.0.1").dynamicHttpsPort()
                .enableBrowserProxying(true)
                .caKeystorePath(args[1]).caKeystoreType("JKS").caKeystorePassword(args[2])
                .usingFilesUnderDirectory(args[3]);
        WireMockServer server = new WireMockServer(args.length > 4 && args[4].equals("journal") ? options
                : options.disableRequestJournal());
        server.start();
        Thread.currentThread().join();
    }
}
