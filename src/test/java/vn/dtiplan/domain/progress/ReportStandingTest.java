package vn.dtiplan.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.progress.ReportingPeriod.Frequency;

class ReportStandingTest {

    private static final ReportingPeriod JUNE = ReportingPeriod.containing(Frequency.MONTHLY, LocalDate.of(2024, 6, 1), 20);

    private static ReportState state(ReportStatus status, String submittedAt) {
        return new ReportState(7, "1.5.7", JUNE, status, submittedAt == null ? null : Instant.parse(submittedAt));
    }

    @Test
    void aMissingReportIsLateOnlyOnceItsDueDayHasPassed() {
        ReportStanding onDueDay = ReportStanding.of(JUNE, null, LocalDate.of(2024, 6, 20));
        assertTrue(onDueDay.missing());
        assertEquals("MISSING", onDueDay.key());
        assertFalse(onDueDay.late());
        assertTrue(ReportStanding.of(JUNE, null, LocalDate.of(2024, 6, 21)).late());
    }

    @Test
    void aDraftOrReturnedReportIsLateAfterItsDueDay() {
        assertFalse(ReportStanding.of(JUNE, state(ReportStatus.DRAFT, null), LocalDate.of(2024, 6, 10)).late());
        ReportStanding draft = ReportStanding.of(JUNE, state(ReportStatus.DRAFT, null), LocalDate.of(2024, 6, 21));
        assertTrue(draft.late());
        assertEquals("DRAFT", draft.key());
        assertEquals(7L, draft.reportId());
        assertFalse(ReportStanding.of(JUNE, state(ReportStatus.RETURNED, "2024-06-19T02:00:00Z"),
                LocalDate.of(2024, 7, 1)).late(), "first sent on time, returned afterwards: not late");
    }

    @Test
    void aReportSentAfterItsDueDayStaysLateOnceApproved() {
        assertFalse(ReportStanding.of(JUNE, state(ReportStatus.SUBMITTED, "2024-06-20T16:59:00Z"),
                LocalDate.of(2024, 7, 1)).late(), "23:59 on the 20th in Vietnam");
        assertTrue(ReportStanding.of(JUNE, state(ReportStatus.APPROVED, "2024-06-20T17:00:00Z"),
                LocalDate.of(2024, 7, 1)).late(), "00:00 on the 21st in Vietnam");
    }
}
