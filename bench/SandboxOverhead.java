import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.o365cli.sandbox.Sandbox;
import org.o365cli.sandbox.SandboxRequest;
import org.o365cli.sandbox.SandboxResponse;

/**
 * Per-request cost of the in-process sandbox: Sandbox.handle for a user get, a page of 100 users and
 * a CSOM query, after a warm-up, in a fresh O365_HOME. Run by bench/sandbox.sh.
 */
public class SandboxOverhead {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path home = Files.createTempDirectory("o365-bench");
        Sandbox sandbox = Sandbox.open(home);
        String graph = token(sandbox, "https://graph.microsoft.com");
        String admin = token(sandbox, "https://contoso-admin.sharepoint.com");
        String csom = "<Request AddExpandoFieldTypeSuffix=\"true\" SchemaVersion=\"15.0.0.0\" LibraryVersion=\"16.0.0.0\" "
                + "ApplicationName=\"bench\" xmlns=\"http://schemas.microsoft.com/sharepoint/clientquery/2009\"><Actions>"
                + "<ObjectPath Id=\"1\" ObjectPathId=\"0\" /><Query Id=\"2\" ObjectPathId=\"0\"><Query SelectAllProperties=\"true\">"
                + "<Properties /></Query></Query></Actions><ObjectPaths><Constructor Id=\"0\" "
                + "TypeId=\"{268004ae-ef6b-4e9b-8425-127220d84719}\" /></ObjectPaths></Request>";
        Object[][] cases = {
                {"GET user", "GET", "https://graph.microsoft.com/v1.0/users/MeganB@contoso.onmicrosoft.com", graph, ""},
                {"GET 100 users", "GET", "https://graph.microsoft.com/v1.0/users", graph, ""},
                {"CSOM Tenant", "POST", "https://contoso-admin.sharepoint.com/_vti_bin/client.svc/ProcessQuery", admin, csom}};
        System.out.printf("%-14s %8s %12s%n", "request", "rounds", "mean ms");
        for (Object[] c : cases) {
            SandboxRequest request = new SandboxRequest((String) c[1], URI.create((String) c[2]),
                    Map.of("Authorization", List.of("Bearer " + c[3]), "Accept", List.of("application/json")),
                    ((String) c[4]).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < rounds / 4; i++) {
                check(sandbox.handle(request));
            }
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                check(sandbox.handle(request));
            }
            System.out.printf("%-14s %8d %12.3f%n", c[0], rounds, (System.nanoTime() - start) / 1e6 / rounds);
        }
    }

    private static String token(Sandbox sandbox, String resource) {
        String form = "grant_type=password&client_id=" + Sandbox.APP_ID + "&username="
                + URLEncoder.encode(Sandbox.ADMIN, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(sandbox.status().password(), StandardCharsets.UTF_8) + "&scope="
                + URLEncoder.encode(resource + "/.default", StandardCharsets.UTF_8);
        SandboxResponse answer = sandbox.handle(new SandboxRequest("POST",
                URI.create("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"), Map.of(),
                form.getBytes(StandardCharsets.UTF_8)));
        String text = answer.text();
        int at = text.indexOf("\"access_token\":\"") + 16;
        return text.substring(at, text.indexOf('"', at));
    }

    private static void check(SandboxResponse response) {
        if (response.status() != 200) {
            throw new IllegalStateException(response.status() + " " + response.text());
        }
    }
}
