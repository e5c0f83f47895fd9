package vn.dtiplan.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    private Instant now = Instant.parse("2026-12-04T10:00:00Z");
    private final CredentialCache cache = new CredentialCache(new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void aHitNeedsTheSamePasswordAndTheSameStoredHash() {
        cache.remember("tp.vungtau", "demo-password".toCharArray(), "hash-1");
        assertTrue(cache.verified("tp.vungtau", "demo-password".toCharArray(), "hash-1"));
        assertFalse(cache.verified("tp.vungtau", "other".toCharArray(), "hash-1"));
        assertFalse(cache.verified("tp.vungtau", "demo-password".toCharArray(), "hash-2"), "password changed elsewhere");
        assertFalse(cache.verified("tinh.brvt", "demo-password".toCharArray(), "hash-1"));
    }

    @Test
    void forgetAndAgeDropAnEntry() {
        cache.remember("tp.vungtau", "pw".toCharArray(), "h");
        cache.forget("tp.vungtau");
        assertFalse(cache.verified("tp.vungtau", "pw".toCharArray(), "h"));
        cache.remember("tp.vungtau", "pw".toCharArray(), "h");
        now = now.plus(CredentialCache.LIFE);
        assertFalse(cache.verified("tp.vungtau", "pw".toCharArray(), "h"));
    }

    @Test
    void boundedByLeastRecentUse() {
        for (int i = 0; i <= CredentialCache.MAX; i++) {
            cache.remember("user" + i, "pw".toCharArray(), "h");
        }
        assertEquals(CredentialCache.MAX, cache.size());
        assertFalse(cache.verified("user0", "pw".toCharArray(), "h"));
        assertTrue(cache.verified("user" + CredentialCache.MAX, "pw".toCharArray(), "h"));
    }
}
