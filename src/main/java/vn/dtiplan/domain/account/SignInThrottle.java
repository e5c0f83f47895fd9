package vn.dtiplan.domain.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Slows down password guessing with growing waits instead of a hard lock a stranger could
 * trigger. Failures are counted twice, per account (the name as typed) and per source address;
 * each {@link Kind} lets a few failures go free, then every further failure sets a wait that
 * doubles, up to a cap. While a wait runs every attempt of that name or from that address is
 * refused unchecked and uncounted — the right password too, or the wait would not slow a guess.
 *
 * <ul>
 * <li>Per account: {@value #ACCOUNT_FREE} free failures, then 1 s, 2 s, 4 s … at most one minute. A
 * stranger can make the victim wait a minute, never lock them out for long, and guessing one
 * account from many addresses gets one try a minute.</li>
 * <li>Per source: {@value #SOURCE_FREE} free failures (an office behind one address mistypes
 * too), then 1 s doubling up to fifteen minutes, so spraying one password over many accounts
 * from one address is slowed to a few tries an hour. A success does not clear a source (an
 * attacker would sign in to an account of their own between guesses); quiet time does.</li>
 * </ul>
 * A count is forgotten after a quiet time well beyond its cap. IPv6 sources are counted by
 * their /64 network, which one subscriber usually holds whole. The counts live in
 * {@link SignInFailures}: in production the database, so every instance of a cluster applies
 * the same waits.
 */
public final class SignInThrottle {

    public static final int ACCOUNT_FREE = 5;
    public static final int SOURCE_FREE = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final int MAX_KEY = 100;
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9a-fA-F:.]+]?");

    /** What is counted: free failures, the cap of the wait, and the quiet time that forgets. */
    public enum Kind {
        ACCOUNT("account:", ACCOUNT_FREE, Duration.ofMinutes(1), Duration.ofMinutes(15)),
        SOURCE("source:", SOURCE_FREE, Duration.ofMinutes(15), Duration.ofHours(1));

        private final String prefix;
        private final int free;
        private final Duration cap;
        private final Duration forgetAfter;

        Kind(String prefix, int free, Duration cap, Duration forgetAfter) {
            this.prefix = prefix;
            this.free = free;
            this.cap = cap;
            this.forgetAfter = forgetAfter;
        }

        public Duration cap() {
            return cap;
        }

        /** The wait after the {@code count}-th failure in a row. */
        public Duration waitAfter(int count) {
            if (count <= free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(count - free - 1, 30);
            Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
            return wait.compareTo(cap) > 0 ? cap : wait;
        }
    }

    /** The failures of one key: how many in a row, the last one, and the wait it set (may be null). */
    public record Failures(int count, Instant last, Instant waitUntil) {

        public boolean waitingAt(Instant now) {
            return waitUntil != null && now.isBefore(waitUntil);
        }

        /** The failures after one more at {@code now}; {@code previous} may be null. */
        public static Failures after(Kind kind, Failures previous, Instant now) {
            int count = previous == null || !now.isBefore(previous.last().plus(kind.forgetAfter)) ? 1
                    : previous.count() + 1;
            Duration wait = kind.waitAfter(count);
            return new Failures(count, now, wait.isZero() ? null : now.plus(wait));
        }
    }

    /**
     * The throttle's answer for one attempt: how long it must still wait (zero: it may be
     * checked now) and whether the account has failures a success should clear.
     */
    public record Check(Duration remaining, boolean accountFailures) {

        public boolean allowed() {
            return remaining.isZero();
        }
    }

    private final Clock clock;
    private final SignInFailures failures;

    public SignInThrottle(Clock clock, SignInFailures failures) {
        this.clock = clock;
        this.failures = failures;
    }

    /** Whether an attempt for {@code username} from {@code source} may be checked now. */
    public Check check(String username, String source) {
        Instant now = clock.instant();
        Optional<Failures> account = failures.find(accountKey(username));
        Duration wait = max(remaining(account, now), remaining(failures.find(sourceKey(source)), now));
        return new Check(wait, account.isPresent());
    }

    /** Counts a failure of both keys; true when the account now has to wait (its cached credentials must go). */
    public boolean recordFailure(String username, String source) {
        Instant now = clock.instant();
        failures.update(sourceKey(source), previous -> Failures.after(Kind.SOURCE, previous, now));
        Failures[] account = new Failures[1];
        failures.update(accountKey(username), previous -> account[0] = Failures.after(Kind.ACCOUNT, previous, now));
        return account[0] != null && account[0].waitingAt(now);
    }

    /** A success clears the account's failures, never the source's. */
    public void recordSuccess(String username) {
        failures.clear(accountKey(username));
    }

    /** How long the name must still wait, whatever the source (the sign-in screen says so). */
    public Duration accountWait(String username) {
        return remaining(failures.find(accountKey(username)), clock.instant());
    }

    /** The name as the throttle counts it: as typed at sign-in, case and outer spaces aside. */
    public static String accountKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return Kind.ACCOUNT.prefix + (name.length() > MAX_KEY ? name.substring(0, MAX_KEY) : name);
    }

    /** The address as the throttle counts it: IPv4 whole, IPv6 by its /64 network. */
    public static String sourceKey(String address) {
        String text = address == null ? "" : address.strip();
        if (text.indexOf(':') >= 0 && IPV6.matcher(text).matches()) {
            try {
                byte[] bytes = InetAddress.getByName(text.startsWith("[") ? text.substring(1, text.length() - 1)
                        : text).getAddress();
                if (bytes.length == 16) {
                    StringBuilder network = new StringBuilder();
                    for (int i = 0; i < 8; i += 2) {
                        network.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
                    }
                    text = network.append(":/64").toString();
                }
            } catch (UnknownHostException | StringIndexOutOfBoundsException notAnAddress) {
                // counted as typed, like any other text
            }
        }
        return Kind.SOURCE.prefix + (text.length() > MAX_KEY ? text.substring(0, MAX_KEY) : text);
    }

    private static Duration remaining(Optional<Failures> failures, Instant now) {
        return failures.filter(f -> f.waitingAt(now)).map(f -> Duration.between(now, f.waitUntil()))
                .orElse(Duration.ZERO);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
