package vn.dtiplan.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.StateConflictException;

class PeriodicReportTest {

    private static final ReportingPeriod JUNE =
            ReportingPeriod.containing(ReportingPeriod.Frequency.MONTHLY, LocalDate.of(2024, 6, 1), 20);
    /** 20/6/2024 23:30 in Vietnam is still the due day. */
    private static final Instant DUE_DAY_EVENING = Instant.parse("2024-06-20T16:30:00Z");
    private static final Instant DAY_AFTER = Instant.parse("2024-06-20T17:30:00Z");

    private final PeriodicReport report = new PeriodicReport(5L, "1.5", JUNE, "Dự thảo");

    @Test
    void aSubmittedReportIsLockedUntilReturned() {
        report.submit("tp.vungtau", DUE_DAY_EVENING, List.of());
        assertEquals("report.locked", assertThrows(StateConflictException.class, () -> report.edit("x", "tp.vungtau", DAY_AFTER)).messageKey());
        assertEquals("report.locked", assertThrows(StateConflictException.class,
                () -> report.submit("tp.vungtau", DAY_AFTER, List.of())).messageKey());
        assertEquals("report.return.comment", assertThrows(DomainRuleException.class,
                () -> report.returnToUnit("tinh.brvt", DAY_AFTER, " ")).messageKey());
        report.returnToUnit("tinh.brvt", DAY_AFTER, "Bổ sung số liệu");
        report.edit("Đã bổ sung", "tp.vungtau", DAY_AFTER.plusSeconds(60));
        assertEquals("tp.vungtau", report.getEditedBy());
        assertEquals("Đã bổ sung", report.getBody());
        assertEquals("Bổ sung số liệu", report.getReturnComment());
    }

    @Test
    void cannotGoUpWhileAChildReportIsMissing() {
        DomainRuleException refused = assertThrows(DomainRuleException.class,
                () -> report.submit("tp.vungtau", DUE_DAY_EVENING, List.of("Phường 3", "Phường 4")));
        assertEquals("report.children.missing", refused.messageKey());
        assertEquals("Phường 3, Phường 4", refused.arguments()[0]);
        assertEquals(ReportStatus.DRAFT, report.getStatus());
    }

    @Test
    void onlyASubmittedReportCanBeApproved() {
        assertThrows(StateConflictException.class, () -> report.approve("tinh.brvt", DAY_AFTER, List.of()));
        report.submit("tp.vungtau", DUE_DAY_EVENING, List.of());
        report.approve("tinh.brvt", DAY_AFTER, List.of());
        assertEquals(ReportStatus.APPROVED, report.getStatus());
        assertThrows(StateConflictException.class, () -> report.approve("tinh.brvt", DAY_AFTER, List.of()));
    }

    @Test
    void theParentApprovesOnlyWhenEveryChildReportIsStillIn() {
        report.submit("tp.vungtau", DUE_DAY_EVENING, List.of());
        DomainRuleException refused = assertThrows(DomainRuleException.class,
                () -> report.approve("tinh.brvt", DAY_AFTER, List.of("Phường 3")));
        assertEquals("report.approve.childrenMissing", refused.messageKey());
        assertEquals("Phường 3", refused.arguments()[0]);
        assertEquals(ReportStatus.SUBMITTED, report.getStatus());
        report.approve("tinh.brvt", DAY_AFTER, List.of());
        assertEquals("tinh.brvt", report.getDecidedBy());
    }

    @Test
    void anEditNeedsTextWithinTheLimit() {
        assertEquals("report.body.required", assertThrows(DomainRuleException.class,
                () -> report.edit("  ", "tp.vungtau", DAY_AFTER)).messageKey());
        assertEquals("report.body.tooLong", assertThrows(DomainRuleException.class,
                () -> report.edit("x".repeat(PeriodicReport.MAX_BODY + 1), "tp.vungtau", DAY_AFTER)).messageKey());
        assertEquals("Dự thảo", report.getBody());
    }

    @Test
    void aDraftKeepsItsFiguresAndCanBeDraftedAgainOnlyWhileEditable() {
        ReportDraft first = ReportDraft.compose("Phường 2", JUNE, List.of(
                new ReportDraft.Line("1.1", "Một", ProgressStatus.DONE, 100, DueState.DONE)), 0, List.of());
        PeriodicReport drafted = PeriodicReport.drafted(7L, "1.5.7", JUNE, first, "phuong2.vungtau", DUE_DAY_EVENING);
        assertEquals(new ReportDraft.Figures(1, 1, 0, 0), drafted.figures());
        assertEquals("phuong2.vungtau", drafted.getDraftedBy());
        ReportDraft second = ReportDraft.compose("Phường 2", JUNE, List.of(), 0, List.of());
        drafted.redraft(second, "phuong2.vungtau", DAY_AFTER);
        assertEquals(0, drafted.figures().tasks());
        drafted.submit("phuong2.vungtau", DAY_AFTER, List.of());
        assertThrows(StateConflictException.class, () -> drafted.redraft(first, "phuong2.vungtau", DAY_AFTER));
        assertEquals(0, drafted.figures().tasks());
    }

    @Test
    void onTimeCountsTheFirstSubmissionInVietnamTime() {
        assertFalse(report.onTime());
        report.submit("tp.vungtau", DUE_DAY_EVENING, List.of());
        report.returnToUnit("tinh.brvt", DAY_AFTER, "Thiếu minh chứng");
        report.submit("tp.vungtau", DAY_AFTER.plusSeconds(86_400), List.of());
        assertTrue(report.onTime());
        PeriodicReport late = new PeriodicReport(6L, "1.6", JUNE, null);
        late.submit("phuong3.vungtau", DAY_AFTER, List.of());
        assertFalse(late.onTime());
    }
}
