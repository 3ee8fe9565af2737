package org.o365cli.host.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the tenant with what setup wants and lists the steps that close the gap, and no others: a
 * second run finds the app by its name and plans nothing when nothing differs. Setup only adds:
 * redirect URIs, permissions and consent it did not ask for are kept.
 */
final class SetupPlanner {

    static final String REDIRECT_URI = "http://localhost";

    private final DirectoryClient directory;
    private final ObjectMapper json;
    private final AppCertificates certificates;

    SetupPlanner(DirectoryClient directory, ObjectMapper json, AppCertificates certificates) {
        this.directory = directory;
        this.json = json;
        this.certificates = certificates;
    }

    /**
     * @param name        the app registration's display name
     * @param permissions what it should have, ids resolved
     * @param appOnly     whether it needs a certificate
     * @return the app as found (ids of what exists) and the steps
     */
    Plan plan(String name, List<ResolvedPermission> permissions, boolean appOnly) {
        Optional<JsonNode> app = directory.application(name);
        Optional<JsonNode> sp = app.flatMap(a -> directory.servicePrincipal(a.path("appId").asText()));
        SetupStep.Target target = new SetupStep.Target(app.map(a -> a.path("id").asText()).orElse(null),
                app.map(a -> a.path("appId").asText()).orElse(null), sp.map(s -> s.path("id").asText()).orElse(null));
        List<SetupStep> steps = new ArrayList<>();
        ArrayNode access = RequiredAccess.merge(json, app.map(a -> a.path("requiredResourceAccess")).orElse(null), permissions);
        if (app.isEmpty()) {
            ObjectNode body = json.createObjectNode().put("displayName", name).put("signInAudience", "AzureADMyOrg")
                    .put("isFallbackPublicClient", true);
            body.putObject("publicClient").putArray("redirectUris").add(REDIRECT_URI);
            body.set("requiredResourceAccess", access);
            steps.add(new SetupStep("create the app registration '" + name + "' with public client flows, the redirect URI "
                    + REDIRECT_URI + " and " + permissions.size() + " permissions", t -> {
                        JsonNode created = directory.createApplication(body);
                        t.objectId = created.path("id").asText();
                        t.appId = created.path("appId").asText();
                    }));
        } else {
            ObjectNode changes = changes(app.get(), access);
            if (changes.size() > 0) {
                List<String> names = new ArrayList<>();
                changes.fieldNames().forEachRemaining(names::add);
                steps.add(new SetupStep("update the app registration '" + name + "': " + String.join(", ", names),
                        t -> directory.updateApplication(t.objectId, changes)));
            }
        }
        if (appOnly) {
            certificate(app, name).ifPresent(steps::add);
        }
        if (sp.isEmpty()) {
            steps.add(new SetupStep("create the app's service principal (its enterprise application)",
                    t -> t.servicePrincipalId = directory.createServicePrincipal(t.appId).path("id").asText()));
        }
        new ConsentPlanner(directory).plan(sp.map(s -> s.path("id").asText()), permissions).forEach(steps::add);
        return new Plan(target, steps);
    }

    /** What PATCH must change on an existing app; empty when it is as wanted. */
    private ObjectNode changes(JsonNode app, ArrayNode access) {
        ObjectNode changes = json.createObjectNode();
        if (!app.path("isFallbackPublicClient").asBoolean(false)) {
            changes.put("isFallbackPublicClient", true);
        }
        Set<String> uris = new LinkedHashSet<>();
        app.path("publicClient").path("redirectUris").forEach(uri -> uris.add(uri.asText()));
        if (!uris.contains(REDIRECT_URI)) {
            ArrayNode kept = changes.putObject("publicClient").putArray("redirectUris");
            uris.forEach(kept::add);
            kept.add(REDIRECT_URI);
        }
        if (!access.equals(app.path("requiredResourceAccess"))) {
            changes.set("requiredResourceAccess", access);
        }
        return changes;
    }

    private Optional<SetupStep> certificate(Optional<JsonNode> app, String name) {
        if (app.isPresent()) {
            Optional<String> kept = certificates.publicKey(app.get().path("appId").asText());
            JsonNode keys = directory.keyCredentials(app.get().path("id").asText());
            for (JsonNode key : keys) {
                if (kept.isPresent() && kept.get().equals(key.path("key").asText())) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new SetupStep("make a certificate, keep it in " + certificates.file(app.map(a -> a.path("appId")
                .asText()).orElse("<appId>")) + " and upload its public key to the app registration", t -> {
                    // Kept first: an upload whose answer is lost must not leave a registered key nobody holds.
                    String key = certificates.create(t.appId, name);
                    ArrayNode keys = json.createArrayNode();
                    if (app.isPresent()) {
                        directory.keyCredentials(t.objectId).forEach(keys::add);
                    }
                    keys.addObject().put("type", "AsymmetricX509Cert").put("usage", "Verify").put("key", key)
                            .put("displayName", "CN=" + name + " (o365 setup)");
                    ObjectNode patch = json.createObjectNode();
                    patch.set("keyCredentials", keys);
                    directory.updateApplication(t.objectId, patch);
                }));
    }

    /**
     * @param target the app as found
     * @param steps  the changes, in order
     */
    record Plan(SetupStep.Target target, List<SetupStep> steps) {
    }

    /** Groups permissions by resource, keeping their order. */
    static Map<String, List<ResolvedPermission>> byResource(List<ResolvedPermission> permissions, boolean application) {
        Map<String, List<ResolvedPermission>> grouped = new LinkedHashMap<>();
        for (ResolvedPermission permission : permissions) {
            if (permission.application() == application) {
                grouped.computeIfAbsent(permission.resourceId(), id -> new ArrayList<>()).add(permission);
            }
        }
        return grouped;
    }
}
