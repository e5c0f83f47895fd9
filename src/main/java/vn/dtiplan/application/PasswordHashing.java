package vn.dtiplan.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * PBKDF2-HMAC-SHA256, 210,000 iterations, 32-byte salt and key: the parameters of the
 * identity store ({@link #PARAMETERS} is what it is configured with), so a hash made here
 * validates at sign-in. Each hash costs about 70 ms of CPU on purpose.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String SALT = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY = "Pbkdf2PasswordHash.KeySizeBytes=32";

    @Inject
    private Pbkdf2PasswordHash hash;

    private String dummy;

    @PostConstruct
    void init() {
        hash.initialize(Stream.of(ALGORITHM, ITERATIONS, SALT, KEY).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1])));
        dummy = hash.generate(UUID.randomUUID().toString().toCharArray());
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    /** Whether {@code password} is the one {@code stored} was made from; about the cost of {@link #hash}. */
    public boolean verify(char[] password, String stored) {
        try {
            return hash.verify(password, stored);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /**
     * Spends what {@link #verify} spends and answers false: for a user name that has no account,
     * so that the answer takes as long as for a wrong password and does not tell names apart.
     */
    public boolean verifyNothing(char[] password) {
        verify(password, dummy);
        return false;
    }
}
