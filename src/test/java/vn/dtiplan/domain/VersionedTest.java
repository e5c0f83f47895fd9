package vn.dtiplan.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VersionedTest {

    @Test
    void theVersionSeenIsAccepted() {
        assertDoesNotThrow(() -> Versioned.require(3L, 3));
    }

    @Test
    void noExpectedVersionChecksNothing() {
        assertDoesNotThrow(() -> Versioned.require(null, 7));
    }

    @Test
    void aRecordChangedSinceIsRefusedAsStale() {
        StaleVersionException stale = assertThrows(StaleVersionException.class, () -> Versioned.require(2L, 3));
        assertEquals("precondition.failed", stale.messageKey());
    }
}
