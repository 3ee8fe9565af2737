package org.o365cli.sandbox.sharepoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.o365cli.sandbox.SandboxRequest;
import org.o365cli.sandbox.SandboxResponse;
import org.o365cli.sandbox.directory.Seed;
import org.o365cli.sandbox.state.StateFile;
import org.o365cli.sandbox.state.StateFile.Change;
import org.w3c.dom.Element;

/**
 * CSOM's {@code _vti_bin/client.svc/ProcessQuery}: resolves the request's object paths (the Tenant
 * constructor, {@code GetSiteByUrl}, {@code RootWeb}, {@code GetSitePropertiesFromSharePointByFilters})
 * and runs its actions in order, answering {@code [header, id, result, …]}: every ObjectPath action
 * yields {@code {"IsNull":false}}, a Query the object, a Method without a result nothing. The first
 * failing action stops the request and the header's {@code ErrorInfo} says why (HTTP 200).
 */
final class Csom {

    static final String TENANT_TYPE_ID = "{268004ae-ef6b-4e9b-8425-127220d84719}";

    private final ObjectMapper json;
    private final StateFile state;
    private final SharePointAnswers answers;

    Csom(ObjectMapper json, Clock clock, StateFile state, SharePointAnswers answers) {
        this.json = json;
        this.state = state;
        this.answers = answers;
    }

    SandboxResponse process(SandboxRequest request, String siteUrl) {
        Optional<CsomRequest> parsed = CsomRequest.parse(request.body());
        if (parsed.isEmpty()) {
            return answers.raw(failed(new CsomError(-2147024809, "System.ArgumentException",
                    "The request body is not a CSOM request (XML with Actions and ObjectPaths).")));
        }
        boolean admin = request.host().startsWith("contoso-admin.");
        if (parsed.get().actions().stream().noneMatch(action -> action.getTagName().equals("Method"))) {
            // Queries only: no lock, nothing to write.
            try {
                return answers.raw(new Run(state.read().orElseThrow(), parsed.get(), siteUrl, admin).execute());
            } catch (CsomError e) {
                return answers.raw(failed(e));
            }
        }
        return state.update(current -> {
            ObjectNode tenant = current.orElseThrow();
            Run run = new Run(tenant, parsed.get(), siteUrl, admin);
            try {
                ArrayNode answer = run.execute();
                return run.changed ? Change.written(tenant, answers.raw(answer)) : Change.unchanged(answers.raw(answer));
            } catch (CsomError e) {
                return Change.unchanged(answers.raw(failed(e)));
            }
        });
    }

    private ObjectNode header(CsomError error) {
        ObjectNode header = json.createObjectNode();
        header.put("SchemaVersion", "15.0.0.0");
        header.put("LibraryVersion", Web.LIBRARY_VERSION);
        if (error == null) {
            header.putNull("ErrorInfo");
        } else {
            ObjectNode info = header.putObject("ErrorInfo");
            info.put("ErrorMessage", error.getMessage());
            info.putNull("ErrorValue");
            info.put("TraceCorrelationId", answers.correlation());
            info.put("ErrorCode", error.code());
            info.put("ErrorTypeName", error.type());
        }
        header.put("TraceCorrelationId", answers.correlation());
        return header;
    }

    private ArrayNode failed(CsomError error) {
        return json.createArrayNode().add(header(error));
    }

    // One request's execution: object paths resolved on first use, actions in order.
    private final class Run {
        private final ObjectNode tenant;
        private final CsomRequest request;
        private final String siteUrl;
        private final boolean adminSite;
        private final Map<String, CsomObject> resolved = new HashMap<>();
        private boolean changed;

        Run(ObjectNode tenant, CsomRequest request, String siteUrl, boolean adminSite) {
            this.tenant = tenant;
            this.request = request;
            this.siteUrl = siteUrl;
            this.adminSite = adminSite;
        }

        ArrayNode execute() {
            ArrayNode answer = json.createArrayNode().add(header(null));
            for (Element action : request.actions()) {
                String id = action.getAttribute("Id");
                CsomObject target = resolve(action.getAttribute("ObjectPathId"));
                switch (action.getTagName()) {
                    case "ObjectPath", "ObjectIdentityQuery" -> pair(answer, id, json.createObjectNode().put("IsNull", false));
                    case "Query" -> pair(answer, id, new CsomObjects(json, tenant, answers.correlation()).query(target));
                    case "Method" -> changed |= new CsomObjects(json, tenant, answers.correlation())
                            .call(target, action.getAttribute("Name"), CsomRequest.stringParameters(action));
                    default -> throw new CsomError(-1, "Microsoft.SharePoint.Client.InvalidClientQueryException",
                            "The sandbox tenant does not emulate the CSOM action " + action.getTagName() + ".");
                }
            }
            return answer;
        }

        private void pair(ArrayNode answer, String id, JsonNode result) {
            answer.add(Long.parseLong(id));
            answer.add(result);
        }

        private CsomObject resolve(String pathId) {
            CsomObject known = resolved.get(pathId);
            if (known != null) {
                return known;
            }
            Element path = request.objectPath(pathId).orElseThrow(() -> new CsomError(-1,
                    "Microsoft.SharePoint.Client.InvalidClientQueryException", "The object path " + pathId + " is not defined."));
            CsomObject object = switch (path.getTagName()) {
                case "Constructor" -> tenantObject(path);
                case "Method" -> new CsomObjects(json, tenant, answers.correlation()).method(resolve(path.getAttribute("ParentId")),
                        path.getAttribute("Name"), path);
                case "Property" -> new CsomObjects(json, tenant, answers.correlation()).property(resolve(path.getAttribute("ParentId")),
                        path.getAttribute("Name"));
                default -> throw new CsomError(-1, "Microsoft.SharePoint.Client.InvalidClientQueryException",
                        "The sandbox tenant does not emulate the CSOM object path " + path.getTagName() + ".");
            };
            resolved.put(pathId, object);
            return object;
        }

        private CsomObject tenantObject(Element path) {
            if (!TENANT_TYPE_ID.equalsIgnoreCase(path.getAttribute("TypeId"))) {
                throw new CsomError(-1, "Microsoft.SharePoint.Client.InvalidClientQueryException", "The sandbox tenant does not "
                        + "emulate the constructor of type " + path.getAttribute("TypeId") + ".");
            }
            if (!adminSite) {
                throw new CsomError(-2147024891, "System.UnauthorizedAccessException", "Access denied. The Tenant object is "
                        + "only available on the tenant admin site https://contoso-admin.sharepoint.com, not " + siteUrl + ".");
            }
            return new CsomObject(CsomObject.Kind.TENANT, Seed.TENANT_ID, null);
        }
    }
}
