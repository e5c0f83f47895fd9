package vn.dtiplan.it;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Unique names, codes and numbers for the data a test makes (plan numbers, usernames, dates):
 * a random part fixed for the test run, then a counter. Two calls in one run never answer the
 * same value, and runs against one database differ by their random part (never a clock, which
 * two fast calls or two machines can share).
 */
public final class Unique {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong COUNTER = new AtomicLong();
    /** Six digits, 100000…999999. */
    private static final int RUN_DIGITS = 100_000 + RANDOM.nextInt(900_000);
    /** Five base-36 characters. */
    private static final String RUN_CODE = Long.toString(1_679_616 + RANDOM.nextInt(58_786_560), 36);

    private Unique() {
    }

    /** Lower-case letters and digits, e.g. {@code "k3x9a1"}: for usernames and codes. */
    public static String code() {
        return RUN_CODE + Long.toString(COUNTER.incrementAndGet(), 36);
    }

    /** Digits only, e.g. {@code "4829137"}: where a number is expected (a plan number "…/KH-UBND"). */
    public static String digits() {
        return RUN_DIGITS + Long.toString(COUNTER.incrementAndGet());
    }

    /** A number from 0 to {@code bound - 1}, different in each call of a run until {@code bound} calls. */
    public static int below(int bound) {
        return (int) ((RUN_DIGITS + COUNTER.incrementAndGet()) % bound);
    }
}
