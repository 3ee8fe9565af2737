package org.o365cli.sandbox.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * An application's {@code keyCredentials} (resource type keyCredential,
 * learn.microsoft.com/graph/api/resources/keycredential): certificates given as base64 DER in
 * {@code key}, of type {@code AsymmetricX509Cert} and usage {@code Verify}; their dates come from the
 * certificate. {@code key} is returned only when a single application is read with
 * {@code $select=keyCredentials}; else it is null. A certificate uploaded here signs the app in with
 * client assertions, as on Azure AD.
 */
final class KeyCredentials {

    private final ObjectMapper json;

    KeyCredentials(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param given    the keyCredentials of a request
     * @param existing the application's current ones
     * @param tenant   the tenant, whose certificate registry learns the new ones
     * @return what to store, or empty when one is invalid
     */
    Optional<ArrayNode> accept(ArrayNode given, ArrayNode existing, ObjectNode tenant) {
        ArrayNode stored = json.createArrayNode();
        for (JsonNode key : given) {
            Optional<JsonNode> kept = ApplicationWrites.find(existing, "keyId", key.path("keyId").asText("-"))
                    .filter(old -> key.path("key").isNull() || key.path("key").asText().equals(old.path("key").asText()))
                    .map(JsonNode::deepCopy);
            if (kept.isPresent()) {
                stored.add(kept.get());
                continue;
            }
            if (!key.path("type").asText().equals("AsymmetricX509Cert") || !key.path("usage").asText().equals("Verify")) {
                return Optional.empty();
            }
            X509Certificate certificate;
            byte[] der;
            try {
                der = Base64.getDecoder().decode(key.path("key").asText());
                certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(der));
            } catch (IllegalArgumentException | GeneralSecurityException e) {
                return Optional.empty();
            }
            ObjectNode entry = stored.addObject();
            byte[] thumbprint = sha1(der);
            entry.put("customKeyIdentifier", Base64.getEncoder().encodeToString(thumbprint));
            entry.put("displayName", key.path("displayName").asText(certificate.getSubjectX500Principal().getName()));
            entry.put("endDateTime", DateTimeFormatter.ISO_INSTANT.format(certificate.getNotAfter().toInstant()));
            entry.put("key", key.path("key").asText());
            entry.put("keyId", key.path("keyId").isTextual() ? key.get("keyId").asText() : UUID.randomUUID().toString());
            entry.put("startDateTime", DateTimeFormatter.ISO_INSTANT.format(certificate.getNotBefore().toInstant()));
            entry.put("type", "AsymmetricX509Cert");
            entry.put("usage", "Verify");
            register(tenant, certificate, thumbprint);
        }
        return Optional.of(stored);
    }

    /** The application as Graph returns it outside a {@code $select=keyCredentials} of one application. */
    static ObjectNode withoutKeys(ObjectNode app) {
        for (JsonNode key : app.path("keyCredentials")) {
            ((ObjectNode) key).putNull("key");
        }
        return app;
    }

    private void register(ObjectNode tenant, X509Certificate certificate, byte[] thumbprint) {
        try {
            String x5t = Base64.getUrlEncoder().withoutPadding().encodeToString(thumbprint);
            String jwk = com.nimbusds.jose.jwk.RSAKey.parse(certificate).toPublicJWK().toJSONString();
            tenant.withObjectProperty("certificates").set(x5t, json.readTree(jwk));
        } catch (com.nimbusds.jose.JOSEException | IOException e) {
            // Not an RSA certificate: stored on the app, but it cannot sign client assertions (the sandbox checks RS256).
        }
    }

    private static byte[] sha1(byte[] der) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(der);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
