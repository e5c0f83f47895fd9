package vn.dtiplan.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String HOME = "203.0.113.7";
    private static final String STRANGER = "198.51.100.9";

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

    private void fail(String user, String source, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(user, source);
        }
    }

    @Test
    void fiveFreeFailuresThenAWaitThatDoublesUpToAMinute() {
        fail("phuong2.vungtau", STRANGER, SignInThrottle.ACCOUNT_FREE);
        assertTrue(throttle.check("phuong2.vungtau", HOME).allowed());
        fail("phuong2.vungtau", STRANGER, 1);
        assertEquals(Duration.ofSeconds(1), throttle.check("phuong2.vungtau", HOME).remaining());
        assertEquals(Duration.ofSeconds(1), throttle.check("Phuong2.VungTau ", HOME).remaining(), "the name as typed");
        assertTrue(throttle.check("phuong3.vungtau", HOME).allowed(), "other names are not affected");
        fail("phuong2.vungtau", STRANGER, 1);
        assertEquals(Duration.ofSeconds(2), throttle.check("phuong2.vungtau", HOME).remaining());
        fail("phuong2.vungtau", STRANGER, 20);
        assertEquals(SignInThrottle.Kind.ACCOUNT.cap(), throttle.check("phuong2.vungtau", HOME).remaining());
        assertEquals(Duration.ofMinutes(1), SignInThrottle.Kind.ACCOUNT.cap());
    }

    @Test
    void aStrangerCannotLockTheVictimOutForLong() {
        fail("tp.vungtau", STRANGER, 100);
        now = now.plus(Duration.ofMinutes(1));
        SignInThrottle.Check check = throttle.check("tp.vungtau", HOME);
        assertTrue(check.allowed(), "a minute after the last failure the victim may try again");
        assertTrue(check.accountFailures());
        throttle.recordSuccess("tp.vungtau");
        assertFalse(throttle.check("tp.vungtau", HOME).accountFailures());
    }

    @Test
    void sprayingOnePasswordFromOneAddressIsSlowedExponentially() {
        for (int i = 0; i < SignInThrottle.SOURCE_FREE; i++) {
            throttle.recordFailure("user" + i, STRANGER);
        }
        assertTrue(throttle.check("someone.else", STRANGER).allowed());
        throttle.recordFailure("user-a", STRANGER);
        assertEquals(Duration.ofSeconds(1), throttle.check("someone.else", STRANGER).remaining());
        throttle.recordFailure("user-b", STRANGER);
        throttle.recordFailure("user-c", STRANGER);
        assertEquals(Duration.ofSeconds(4), throttle.check("someone.else", STRANGER).remaining());
        assertTrue(throttle.check("someone.else", HOME).allowed(), "other addresses are not affected");
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("more" + i, STRANGER);
        }
        assertEquals(Duration.ofMinutes(15), throttle.check("someone.else", STRANGER).remaining(), "capped");
    }

    @Test
    void theRightPasswordFromAWaitingSourceStillWaitsAndASuccessDoesNotClearTheSource() {
        for (int i = 0; i <= SignInThrottle.SOURCE_FREE; i++) {
            throttle.recordFailure("user" + i, STRANGER);
        }
        assertFalse(throttle.check("own.account", STRANGER).allowed());
        throttle.recordSuccess("own.account");
        assertFalse(throttle.check("own.account", STRANGER).allowed());
    }

    @Test
    void recordFailureSaysWhenTheAccountStartsWaiting() {
        for (int i = 0; i < SignInThrottle.ACCOUNT_FREE; i++) {
            assertFalse(throttle.recordFailure("admin", HOME));
        }
        assertTrue(throttle.recordFailure("admin", HOME));
    }

    @Test
    void countsAreForgottenAfterAQuietTime() {
        fail("tinh.brvt", HOME, SignInThrottle.ACCOUNT_FREE);
        now = now.plus(Duration.ofMinutes(15));
        fail("tinh.brvt", HOME, 1);
        assertTrue(throttle.check("tinh.brvt", HOME).allowed(), "the earlier failures are forgotten");
    }

    @Test
    void ipv6SourcesAreCountedByTheirSlash64() {
        assertEquals(SignInThrottle.sourceKey("2001:db8:1:2::1"), SignInThrottle.sourceKey("2001:db8:1:2:ffff::9"));
        assertFalse(SignInThrottle.sourceKey("2001:db8:1:2::1").equals(SignInThrottle.sourceKey("2001:db8:1:3::1")));
        assertEquals("source:203.0.113.7", SignInThrottle.sourceKey(HOME));
        assertEquals("source:not an address", SignInThrottle.sourceKey("not an address"));
        assertTrue(SignInThrottle.accountKey("x".repeat(500)).length() <= 110, "keys fit their column");
    }
}
