package org.o365cli.host.auth.connect;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.util.Date;
import java.util.Map;

/** Access tokens as Azure AD shapes them, for the WireMock identity provider of the tests. */
final class Tokens {

    private Tokens() {
    }

    /** A JWT for {@code audience} with the given identity claims. */
    static String jwt(String audience, Map<String, Object> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().audience(audience)
                .issuer("https://sts.windows.net/tid-1/").claim("tid", "tid-1").claim("oid", "oid-1")
                .expirationTime(new Date(System.currentTimeMillis() + 3_600_000L));
        claims.forEach(builder::claim);
        return new PlainJWT(builder.build()).serialize();
    }

    /** A token endpoint answer. */
    static String tokenResponse(String accessToken, String refreshToken) {
        return "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"" + accessToken + "\""
                + (refreshToken == null ? "" : ",\"refresh_token\":\"" + refreshToken + "\"") + "}";
    }
}
