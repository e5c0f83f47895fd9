package vn.dtiplan.domain.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private Instant now = Instant.parse("2026-11-24T08:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }, SignInFailures.inMemory());

    private void fail(String user, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(user);
        }
    }

    @Test
    void locksAfterFiveFailuresForFiveMinutes() {
        fail("phuong2.vungtau", SignInThrottle.MAX_FAILURES - 1);
        assertFalse(throttle.isLocked("phuong2.vungtau"));
        fail("phuong2.vungtau", 1);
        assertTrue(throttle.isLocked("phuong2.vungtau"));
        assertTrue(throttle.isLocked("Phuong2.VungTau "), "the name is matched as typed at sign-in");
        assertFalse(throttle.isLocked("phuong3.vungtau"), "other names are not affected");
        now = now.plus(SignInThrottle.LOCK);
        assertFalse(throttle.isLocked("phuong2.vungtau"));
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        fail("tp.vungtau", SignInThrottle.MAX_FAILURES - 1);
        now = now.plus(SignInThrottle.WINDOW).plus(Duration.ofSeconds(1));
        fail("tp.vungtau", 1);
        assertFalse(throttle.isLocked("tp.vungtau"));
    }

    @Test
    void successClearsTheCount() {
        fail("tinh.brvt", SignInThrottle.MAX_FAILURES - 1);
        throttle.recordSuccess("tinh.brvt");
        fail("tinh.brvt", 1);
        assertFalse(throttle.isLocked("tinh.brvt"));
    }

    @Test
    void aFailureAfterTheLockExpiresStartsAFreshCount() {
        fail("admin", SignInThrottle.MAX_FAILURES);
        now = now.plus(SignInThrottle.LOCK);
        fail("admin", 1);
        assertFalse(throttle.isLocked("admin"));
    }
}
