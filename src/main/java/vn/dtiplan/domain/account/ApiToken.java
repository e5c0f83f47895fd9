package vn.dtiplan.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import vn.dtiplan.domain.VietnamTime;

/**
 * A personal API token: a name its owner recognises, and an expiry. The secret is 256 random
 * bits shown once at creation; only its SHA-256 is stored. A slow salted hash (as for
 * passwords) would buy nothing here: a guess of a 256-bit random value is hopeless either way,
 * and a fast hash keeps a request's check at microseconds. A token works until it expires (the
 * end of its last day in Vietnam), is revoked, or its account is disabled.
 *
 * @param id          the token's number, null before it is stored
 * @param name        what the owner calls it (a script, a dashboard)
 * @param createdAt   when it was made
 * @param expiresAt   the first instant it no longer works
 */
public record ApiToken(Long id, String name, Instant createdAt, Instant expiresAt) {

    public static final int MAX_NAME = 100;
    public static final int MAX_PER_ACCOUNT = 20;
    public static final Duration DEFAULT_LIFE = Duration.ofDays(90);
    public static final Duration MAX_LIFE = Duration.ofDays(366);
    private static final String PREFIX = "dtp_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new token named {@code name} lasting through {@code lastDay} (null: {@link #DEFAULT_LIFE}). */
    public static ApiToken create(String name, LocalDate lastDay, Instant now) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new AccountRuleException("token.name.invalid");
        }
        Instant expires = lastDay == null ? now.plus(DEFAULT_LIFE)
                : lastDay.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant();
        if (!expires.isAfter(now)) {
            throw new AccountRuleException("token.expires.past");
        }
        if (expires.isAfter(now.plus(MAX_LIFE).plus(Duration.ofDays(1)))) {
            throw new AccountRuleException("token.expires.tooFar");
        }
        return new ApiToken(null, stripped, now, expires);
    }

    public boolean validAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** A fresh secret: a recognisable prefix and 256 random bits, URL-safe. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored and looked up: the secret's SHA-256, hex. */
    public static String digest(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether a presented value can be a token at all (checked before any database look-up). */
    public static boolean looksLikeSecret(String value) {
        return value != null && value.length() == PREFIX.length() + 43 && value.startsWith(PREFIX)
                && value.chars().skip(PREFIX.length()).allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
