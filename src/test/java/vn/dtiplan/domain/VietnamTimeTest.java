package vn.dtiplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VietnamTimeTest {

    @Test
    void todayIsVietnamsDateNotTheServers() {
        Instant lateEveningUtc = Instant.parse("2025-12-31T18:30:00Z");
        VietnamTime time = new VietnamTime(Clock.fixed(lateEveningUtc, ZoneOffset.UTC));
        assertEquals(LocalDate.of(2026, 1, 1), time.today());
        assertEquals(2026, time.year());
        assertEquals(lateEveningUtc, time.now());
        assertEquals(LocalDate.of(2026, 1, 1), VietnamTime.dateOf(lateEveningUtc));
        assertEquals(1, VietnamTime.at(lateEveningUtc).getHour());
        assertEquals("01/01/2026 01:30", VietnamTime.text(lateEveningUtc));
    }
}
