package vn.dtiplan.domain.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed sign-ins for one user
 * name within {@link #WINDOW}, that name is locked for {@link #LOCK} — even the right password
 * is refused until then. A success clears the count.
 *
 * <p>The counts live in {@link SignInFailures}: in production the database, so every instance
 * of a cluster sees the same counts and an attacker gets {@value #MAX_FAILURES} tries per
 * window whichever instance answers. The lock is short so that a deliberate lock-out of a
 * colleague costs them minutes, not a call to the help desk.
 */
public final class SignInThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(5);

    /** The failures of one name: how many since {@code first}, and the lock they caused, if any. */
    public record Failures(int count, Instant first, Instant lockedUntil) {

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        /** The failures after one more at {@code now}; {@code previous} may be null. */
        public static Failures after(Failures previous, Instant now) {
            if (previous == null || now.isAfter(previous.first().plus(WINDOW))
                    || (previous.lockedUntil() != null && !previous.lockedAt(now))) {
                return new Failures(1, now, null);
            }
            int count = previous.count() + 1;
            return new Failures(count, previous.first(), count >= MAX_FAILURES ? now.plus(LOCK) : null);
        }
    }

    private final Clock clock;
    private final SignInFailures failures;

    public SignInThrottle(Clock clock, SignInFailures failures) {
        this.clock = clock;
        this.failures = failures;
    }

    /** Whether the user name is locked now. */
    public boolean isLocked(String username) {
        return failures.find(key(username)).map(f -> f.lockedAt(clock.instant())).orElse(false);
    }

    public void recordFailure(String username) {
        Instant now = clock.instant();
        failures.update(key(username), previous -> Failures.after(previous, now));
    }

    public void recordSuccess(String username) {
        failures.clear(key(username));
    }

    /** The name as the throttle counts it: as typed at sign-in, case and outer spaces aside. */
    public static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
