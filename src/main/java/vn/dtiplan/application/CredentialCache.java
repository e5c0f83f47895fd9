package vn.dtiplan.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP Basic credentials verified recently, so that an API client sending the same password
 * on every request pays PBKDF2 (tens of milliseconds) once, not per call. Bounded ({@value #MAX}
 * names, least recently used out) and short-lived ({@link #LIFE}).
 *
 * <p>What is kept per user name is an HMAC-SHA256 of the password under a random key that
 * lives only in this JVM's memory, never the password, and the stored password hash it was
 * verified against. A hit counts only if the account's stored hash is still that one (the
 * identity store reads it on every request anyway), so a password changed on any instance of a
 * cluster, or an account disabled, stops the cached credential at the next request; the sign-in
 * throttle is checked before the cache. {@link #forget} drops a name at once: every place that
 * changes a password or disables an account calls it, and so does the throttle when a name
 * starts waiting.
 *
 * <p>The trade-off: a memory dump of a running instance yields keyed hashes of recent
 * passwords, attackable only with the in-memory key, which is in the same dump — so a
 * dump exposes recent passwords to a fast offline guess (one HMAC per guess instead of PBKDF2's
 * 210,000 iterations) for as long as they stay cached. That is accepted for at most
 * {@link #LIFE}; API clients that want no such exposure use personal API tokens.
 */
@ApplicationScoped
public class CredentialCache {

    static final int MAX = 10_000;
    static final Duration LIFE = Duration.ofMinutes(10);

    private record Entry(byte[] mac, String storedHash, Instant verifiedAt) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX;
        }
    };
    private final SecretKeySpec key;
    private final Clock clock;

    public CredentialCache() {
        this(Clock.systemUTC());
    }

    CredentialCache(Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.clock = clock;
    }

    /** Whether this password of this name was verified against {@code storedHash} recently. */
    public boolean verified(String username, char[] password, String storedHash) {
        Entry entry;
        synchronized (entries) {
            entry = entries.get(username);
        }
        return entry != null && entry.storedHash().equals(storedHash)
                && clock.instant().isBefore(entry.verifiedAt().plus(LIFE))
                && MessageDigest.isEqual(entry.mac(), mac(username, password));
    }

    /** Keeps a credential just verified against {@code storedHash}. */
    public void remember(String username, char[] password, String storedHash) {
        Entry entry = new Entry(mac(username, password), storedHash, clock.instant());
        synchronized (entries) {
            entries.put(username, entry);
        }
    }

    /** A password, role or enabled change of an account (fired by the account service) forgets it at once. */
    void onCredentialsChanged(@jakarta.enterprise.event.Observes AccountCredentialsChanged changed) {
        forget(changed.username());
    }

    /** Forgets the name's cached credential now: call on a password change, a disabled account, a wait. */
    public void forget(String username) {
        synchronized (entries) {
            entries.remove(username);
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private byte[] mac(String username, char[] password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(username.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return hmac.doFinal(new String(password).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
