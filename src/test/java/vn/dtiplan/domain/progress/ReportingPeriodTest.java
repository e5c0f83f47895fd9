package vn.dtiplan.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.progress.ReportingPeriod.Frequency;

class ReportingPeriodTest {

    @Test
    void monthlyReportsRunFromThe21stToThe20th() {
        ReportingPeriod june = ReportingPeriod.containing(Frequency.MONTHLY, LocalDate.of(2024, 6, 20), 20);
        assertEquals(LocalDate.of(2024, 5, 21), june.start());
        assertEquals(LocalDate.of(2024, 6, 20), june.due());
        ReportingPeriod july = ReportingPeriod.containing(Frequency.MONTHLY, LocalDate.of(2024, 6, 21), 20);
        assertEquals(LocalDate.of(2024, 7, 20), july.due());
        assertEquals(july, june.next());
    }

    @Test
    void quarterlyAndYearlyCrossTheYearEnd() {
        ReportingPeriod q1 = ReportingPeriod.containing(Frequency.QUARTERLY, LocalDate.of(2024, 12, 25), 20);
        assertEquals(LocalDate.of(2024, 12, 21), q1.start());
        assertEquals(LocalDate.of(2025, 3, 20), q1.due());
        ReportingPeriod year = ReportingPeriod.containing(Frequency.YEARLY, LocalDate.of(2024, 7, 1), 20);
        assertEquals(LocalDate.of(2023, 12, 21), year.start());
        assertEquals(LocalDate.of(2024, 12, 20), year.due());
        assertEquals(LocalDate.of(2025, 12, 20), year.next().due());
    }

    @Test
    void onTimeMeansOnOrBeforeTheDueDay() {
        ReportingPeriod june = ReportingPeriod.containing(Frequency.MONTHLY, LocalDate.of(2024, 6, 1), 20);
        assertTrue(june.onTime(LocalDate.of(2024, 6, 20)));
        assertFalse(june.onTime(LocalDate.of(2024, 6, 21)));
    }

    @Test
    void boardsHoldUnitsToThePeriodDueLast() {
        assertEquals(LocalDate.of(2024, 5, 20),
                ReportingPeriod.latestDue(Frequency.MONTHLY, LocalDate.of(2024, 6, 19), 20).due());
        assertEquals(LocalDate.of(2024, 6, 20),
                ReportingPeriod.latestDue(Frequency.MONTHLY, LocalDate.of(2024, 6, 20), 20).due(), "due today");
        assertEquals(LocalDate.of(2024, 6, 20),
                ReportingPeriod.latestDue(Frequency.MONTHLY, LocalDate.of(2024, 7, 1), 20).due());
        assertEquals(LocalDate.of(2024, 12, 20),
                ReportingPeriod.latestDue(Frequency.MONTHLY, LocalDate.of(2025, 1, 10), 20).due(), "across the year end");
    }
}
