package org.o365cli.sandbox.signin;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Device codes that the sandbox approves by itself a moment after issuing them. A code is a JWT
 * signed by the sandbox, so it needs no state: its issue time says when it is approved.
 */
final class DeviceCodes {

    static final Duration LIFETIME = Duration.ofMinutes(15);
    static final Duration APPROVAL = Duration.ofSeconds(1);
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SigningKey key;
    private final Clock clock;

    DeviceCodes(SigningKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    Code issue(String scope) {
        StringBuilder user = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            user.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        Instant now = clock.instant();
        String device = key.sign(new JWTClaimsSet.Builder().claim("typ", "device_code").claim("scope", scope)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(LIFETIME))).build());
        return new Code(user.toString(), device);
    }

    /** The state of a polled code: its scope once approved, else why not. */
    Poll poll(String deviceCode) {
        Optional<JWTClaimsSet> claims = read(deviceCode);
        if (claims.isEmpty()) {
            return new Poll(Poll.Status.INVALID, null);
        }
        Instant now = clock.instant();
        if (claims.get().getExpirationTime().toInstant().isBefore(now)) {
            return new Poll(Poll.Status.EXPIRED, null);
        }
        if (claims.get().getIssueTime().toInstant().plus(APPROVAL).isAfter(now)) {
            return new Poll(Poll.Status.PENDING, null);
        }
        return new Poll(Poll.Status.APPROVED, String.valueOf(claims.get().getClaim("scope")));
    }

    private Optional<JWTClaimsSet> read(String deviceCode) {
        try {
            SignedJWT jwt = SignedJWT.parse(deviceCode);
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            boolean ours = key.signed(jwt) && "device_code".equals(claims.getClaim("typ"))
                    && claims.getIssueTime() != null && claims.getExpirationTime() != null;
            return ours ? Optional.of(claims) : Optional.empty();
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    record Code(String userCode, String deviceCode) {
    }

    record Poll(Status status, String scope) {
        enum Status { PENDING, APPROVED, EXPIRED, INVALID }
    }
}
