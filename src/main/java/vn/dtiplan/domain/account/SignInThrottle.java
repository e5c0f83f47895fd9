package vn.dtiplan.domain.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed sign-ins for one user
 * name within {@link #WINDOW}, that name is locked for {@link #LOCK} — even the right password
 * is refused until then. A success clears the count.
 *
 * <p>Trade-off: the counters live in one JVM. Behind a load balancer with N instances an
 * attacker gets at most N × {@value #MAX_FAILURES} tries per window; the lock is short so that
 * a deliberate lock-out of a colleague costs them minutes, not a call to the help desk.
 */
public final class SignInThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(5);

    private record Failures(int count, Instant first, Instant lockedUntil) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether the user name is locked now. */
    public boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
    }

    public void recordFailure(String username) {
        Instant now = clock.instant();
        failures.compute(key(username), (k, f) -> {
            if (f == null || now.isAfter(f.first().plus(WINDOW))
                    || (f.lockedUntil() != null && !now.isBefore(f.lockedUntil()))) {
                return new Failures(1, now, null);
            }
            int count = f.count() + 1;
            return new Failures(count, f.first(), count >= MAX_FAILURES ? now.plus(LOCK) : null);
        });
    }

    public void recordSuccess(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
