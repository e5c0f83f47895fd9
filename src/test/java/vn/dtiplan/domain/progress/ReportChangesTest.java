package vn.dtiplan.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.plan.InheritanceState;
import vn.dtiplan.domain.plan.TimeframeKind;

class ReportChangesTest {

    /** June 2024: 21 May – 20 June; May: 21 April – 20 May. */
    private static final ReportingPeriod JUNE = ReportingPeriod.containing(ReportingPeriod.Frequency.MONTHLY,
            LocalDate.of(2024, 6, 1), 20);
    private static final LocalDate TODAY = LocalDate.of(2024, 7, 1);

    private static Instant at(int month, int day) {
        return ReportChanges.startOf(LocalDate.of(2024, month, day)).plusSeconds(3600);
    }

    private static ReportChanges.TaskFacts task(long id, LocalDate due) {
        return new ReportChanges.TaskFacts(id, "6." + id, "Nhiệm vụ " + id, due == null ? TimeframeKind.ONGOING
                : TimeframeKind.DATE, null, due, null);
    }

    @Test
    void theBoundariesAreThePeriodsDays() {
        assertEquals(LocalDate.of(2024, 5, 20), JUNE.previous().end());
        assertEquals(LocalDate.of(2024, 4, 21), JUNE.previous().start());
        assertEquals(ReportChanges.startOf(LocalDate.of(2024, 5, 21)), ReportChanges.from(JUNE));
        assertEquals(ReportChanges.startOf(LocalDate.of(2024, 6, 21)), ReportChanges.until(JUNE));
        assertEquals(LocalDate.of(2024, 6, 10), ReportChanges.overdueDay(JUNE, LocalDate.of(2024, 6, 10)));
        assertEquals(JUNE.end(), ReportChanges.overdueDay(JUNE, TODAY));
    }

    @Test
    void doneOverdueAndProgressCompareTheEndsOfBothPeriods() {
        List<ReportChanges.TaskFacts> tasks = List.of(task(1, null), task(2, null), task(3, LocalDate.of(2024, 6, 1)),
                task(4, LocalDate.of(2024, 5, 1)), task(5, LocalDate.of(2024, 6, 20)), task(6, null));
        List<ReportChanges.Reported> history = List.of(
                new ReportChanges.Reported(1, at(5, 10), ProgressStatus.IN_PROGRESS, 40),
                new ReportChanges.Reported(1, at(6, 20), ProgressStatus.DONE, 100),
                new ReportChanges.Reported(2, at(5, 20), ProgressStatus.DONE, 100),
                new ReportChanges.Reported(6, at(5, 21), ProgressStatus.IN_PROGRESS, 30),
                new ReportChanges.Reported(6, at(6, 21), ProgressStatus.IN_PROGRESS, 90));
        ReportChanges.Changes changes = ReportChanges.of(JUNE, TODAY, tasks, history, List.of(), List.of());
        assertEquals(JUNE.previous(), changes.since());
        assertEquals(List.of(1L), changes.done().stream().map(ReportChanges.TaskRef::taskId).toList(),
                "task 2 was done in May already");
        assertEquals(List.of(3L), changes.newlyOverdue().stream().map(ReportChanges.TaskRef::taskId).toList(),
                "4 was overdue in May, 5 is due on the report's day");
        assertEquals(List.of(new ReportChanges.Move(1, "6.1", "Nhiệm vụ 1", 40, 100, ProgressStatus.IN_PROGRESS,
                ProgressStatus.DONE), new ReportChanges.Move(6, "6.6", "Nhiệm vụ 6", 0, 30, ProgressStatus.NOT_STARTED,
                ProgressStatus.IN_PROGRESS)), changes.progress(), "the report of 21 June belongs to July");
    }

    @Test
    void evidenceDecisionsAndAmendmentsOfThePeriodOnly() {
        ReportChanges.TaskFacts adopted = new ReportChanges.TaskFacts(7, "3.4", "Được giao", TimeframeKind.ONGOING,
                InheritanceState.ADOPTED, null, at(5, 25));
        ReportChanges.TaskFacts earlier = new ReportChanges.TaskFacts(8, "3.5", "Được giao sớm", TimeframeKind.ONGOING,
                InheritanceState.ADAPTED, null, at(5, 20));
        ReportChanges.TaskFacts pending = new ReportChanges.TaskFacts(9, "3.6", "Chờ", TimeframeKind.ONGOING,
                InheritanceState.PENDING, null, null);
        List<EvidenceSummary> evidence = List.of(
                new EvidenceSummary(70, 7, "Biên bản.pdf", "application/pdf", 10L, null, "p", at(6, 2)),
                new EvidenceSummary(71, 7, "Cũ.pdf", "application/pdf", 10L, null, "p", at(5, 2)),
                new EvidenceSummary(72, 99, "Khác.pdf", "application/pdf", 10L, null, "p", at(6, 2)));
        List<ReportChanges.NoticeFacts> notices = List.of(new ReportChanges.NoticeFacts(8, at(6, 5), List.of("due")),
                new ReportChanges.NoticeFacts(8, at(6, 22), List.of("solution")));
        ReportChanges.Changes changes = ReportChanges.of(JUNE, TODAY, List.of(adopted, earlier, pending), List.of(),
                evidence, notices);
        assertEquals(List.of(70L), changes.evidence().stream().map(ReportChanges.NewEvidence::evidenceId).toList());
        assertEquals(List.of(new ReportChanges.DecisionMade(7, "3.4", "Được giao", InheritanceState.ADOPTED, at(5, 25))),
                changes.decisions());
        assertEquals(1, changes.amendments().size());
        assertEquals(List.of("due"), changes.amendments().get(0).fields());
        assertTrue(ReportChanges.of(JUNE, TODAY, List.of(pending), List.of(), List.of(), List.of()).isEmpty());
    }
}
