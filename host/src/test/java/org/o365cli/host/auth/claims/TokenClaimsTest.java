package org.o365cli.host.auth.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.auth.Resource;

class TokenClaimsTest {

    private static final Resource ADMIN = Resource.of("https://contoso-admin.sharepoint.com");

    @Test
    void userTokenNamesTheUserTenantAndObject() throws JOSEException {
        String token = signed(new JWTClaimsSet.Builder().claim("upn", "adele@contoso.com").claim("preferred_username", "other")
                .claim("tid", "tenant-1").claim("oid", "object-1").audience("https://contoso-admin.sharepoint.com")
                .expirationTime(Date.from(Instant.parse("2024-05-01T11:00:00Z"))).build());

        TokenClaims claims = TokenClaims.read(token);

        assertEquals("adele@contoso.com", claims.connectedAs());
        assertEquals("tenant-1", claims.tenantId());
        assertEquals("object-1", claims.objectId());
        assertEquals(List.of("https://contoso-admin.sharepoint.com"), claims.audience());
        assertEquals(Instant.parse("2024-05-01T11:00:00Z"), claims.expiresAt());
    }

    @Test
    void identityFallsBackInOrder() {
        assertEquals("adele@contoso.com", plain(new JWTClaimsSet.Builder().claim("preferred_username", "adele@contoso.com")
                .claim("app_displayname", "app").build()).connectedAs());
        assertEquals("live.com#adele@outlook.com", plain(new JWTClaimsSet.Builder().claim("unique_name", "live.com#adele@outlook.com")
                .claim("appid", "x").build()).connectedAs());
        assertEquals("Contoso automation", plain(new JWTClaimsSet.Builder().claim("app_displayname", "Contoso automation")
                .claim("appid", "x").build()).connectedAs());
        assertEquals("app-id", plain(new JWTClaimsSet.Builder().claim("appid", "app-id").subject("s").build()).connectedAs());
        assertEquals("azp-id", plain(new JWTClaimsSet.Builder().claim("azp", "azp-id").subject("s").build()).connectedAs());
        assertEquals("subject", plain(new JWTClaimsSet.Builder().subject("subject").build()).connectedAs());
    }

    @Test
    void notAJwtHasNoClaimsAndIsNoError() {
        assertSame(TokenClaims.NONE, TokenClaims.read("EwBwA8l6BAAUbDba3x2OMJElkF7gJ4z/VbCPEz0AAQ"));
        assertSame(TokenClaims.NONE, TokenClaims.read(""));
        assertSame(TokenClaims.NONE, TokenClaims.read(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://contoso-admin.sharepoint.com", "https://contoso-admin.sharepoint.com/",
        "00000003-0000-0ff1-ce00-000000000000", "HTTPS://Contoso-Admin.SharePoint.com"})
    void audienceOfTheResourceOrAnApplicationIdMatches(String aud) {
        assertTrue(plain(new JWTClaimsSet.Builder().audience(aud).build()).audienceMatches(ADMIN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://graph.microsoft.com", "https://contoso.sharepoint.com",
        "https://contoso-admin.sharepoint.com/sites/x", "api://contoso"})
    void audienceOfAnotherResourceDoesNotMatch(String aud) {
        assertFalse(plain(new JWTClaimsSet.Builder().audience(aud).build()).audienceMatches(ADMIN));
    }

    @ParameterizedTest
    @CsvSource({
        "https://graph.microsoft.com, 00000003-0000-0000-c000-000000000000, true",
        "https://graph.microsoft.com, 00000003-0000-0ff1-ce00-000000000000, false",
        "https://graph.microsoft.com, 11111111-2222-3333-4444-555555555555, false",
        "https://contoso.sharepoint.com, 00000003-0000-0000-c000-000000000000, false",
        "https://contoso.sharepoint.com, 00000003-0000-0FF1-CE00-000000000000, true",
        "https://microsoftgraph.chinacloudapi.cn, 00000003-0000-0000-c000-000000000000, true",
        "https://api.contoso.com, 11111111-2222-3333-4444-555555555555, true"})
    void aGuidAudienceMatchesOnlyTheKnownResourcesOwnAppId(String resource, String aud, boolean matches) {
        assertEquals(matches, plain(new JWTClaimsSet.Builder().audience(aud).build()).audienceMatches(Resource.of(resource)));
    }

    @Test
    void anEncryptedTokenIsOpaque() throws JOSEException {
        EncryptedJWT jwe = new EncryptedJWT(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A128GCM),
                new JWTClaimsSet.Builder().audience("https://graph.microsoft.com").build());
        jwe.encrypt(new DirectEncrypter(new byte[16]));

        TokenClaims claims = TokenClaims.read(jwe.serialize());

        assertSame(TokenClaims.NONE, claims);
        assertTrue(claims.audienceMatches(ADMIN));
    }

    @Test
    void audienceArrayMatchesWhenOneValueDoes() {
        TokenClaims claims = plain(new JWTClaimsSet.Builder().audience(List.of("https://graph.microsoft.com",
                "https://contoso-admin.sharepoint.com")).build());

        assertTrue(claims.audienceMatches(ADMIN));
    }

    @Test
    void tokenThatIsNotAJwtIsAccepted() {
        assertTrue(TokenClaims.NONE.audienceMatches(ADMIN));
        assertNull(TokenClaims.NONE.connectedAs());
    }

    @Test
    void jwtWithoutAudienceNamesNoResourceAndDoesNotMatch() {
        TokenClaims claims = plain(new JWTClaimsSet.Builder().subject("s").claim("scope", "openid profile offline_access").build());

        assertTrue(claims.readable());
        assertFalse(claims.audienceMatches(ADMIN));
    }

    private static TokenClaims plain(JWTClaimsSet claims) {
        return TokenClaims.read(new PlainJWT(claims).serialize());
    }

    private static String signed(JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner("0123456789abcdef0123456789abcdef"));
        return jwt.serialize();
    }
}
