package vn.dtiplan.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.plan.Timeframe;
import vn.dtiplan.domain.progress.YearlyDue.Facts;
import vn.dtiplan.domain.progress.YearlyDue.Standing;
import vn.dtiplan.domain.progress.YearlyDue.Tally;

class YearlyDueTest {

    private static final Timeframe YEARLY = Timeframe.parse("Trước ngày 20/01 hằng năm");
    private static final LocalDate PLAN_DATE = LocalDate.of(2024, 3, 1);
    private static final LocalDate FIRST = YEARLY.dueFrom(PLAN_DATE).orElseThrow();

    private static Facts yearly(LocalDate lastDay, LocalDate... reports) {
        return new Facts(YEARLY, FIRST, lastDay, false, false, List.of(reports));
    }

    @Test
    void aYearlyTaskOfAnOpenEndedPlanIsDueOnItsDayEveryYearFromTheFirstAfterThePlan() {
        assertEquals(LocalDate.of(2025, 1, 20), FIRST);
        Facts task = yearly(null);
        assertEquals(List.of(), YearlyDue.dueDatesIn(task, 2024), "20/01/2024 is before the plan");
        assertEquals(List.of(LocalDate.of(2025, 1, 20)), YearlyDue.dueDatesIn(task, 2025));
        assertEquals(List.of(LocalDate.of(2031, 1, 20)), YearlyDue.dueDatesIn(task, 2031), "open-ended: no last year");
        assertEquals(List.of(), YearlyDue.dueDatesIn(yearly(LocalDate.of(2026, 12, 31)), 2027), "past the plan's last day");
    }

    @Test
    void aYearIsOverdueWhenItsPeriodPassedWithoutAProgressEntryEvenAfterALateReport() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        Facts late = yearly(null, LocalDate.of(2025, 3, 10));
        assertEquals(Optional.of(Standing.OVERDUE), YearlyDue.in(late, 2025, today), "nothing between 01/3/2024 and 20/01/2025");
        assertEquals(Optional.of(Standing.DONE), YearlyDue.in(late, 2026, today), "the late report falls in 2026's period");
        Facts onTime = yearly(null, LocalDate.of(2024, 12, 5), LocalDate.of(2026, 1, 20));
        assertEquals(Optional.of(Standing.DONE), YearlyDue.in(onTime, 2025, today));
        assertEquals(Optional.of(Standing.DONE), YearlyDue.in(onTime, 2026, today), "reported on the day itself");
        Facts silent = yearly(null);
        assertEquals(Optional.of(Standing.OPEN), YearlyDue.in(silent, 2025, LocalDate.of(2025, 1, 20)), "due today: not yet");
        assertEquals(Optional.of(Standing.OVERDUE), YearlyDue.in(silent, 2025, LocalDate.of(2025, 1, 21)));
        assertEquals(Optional.empty(), YearlyDue.in(silent, 2024, today));
    }

    @Test
    void severalQuartersAreOverdueInAYearWhenAnyPassedQuarterWentUnreported() {
        Timeframe quarters = Timeframe.parse("Quý I và Quý III");
        Facts task = new Facts(quarters, quarters.dueFrom(PLAN_DATE).orElseThrow(), LocalDate.of(2025, 12, 31), false,
                false, List.of(LocalDate.of(2024, 3, 20), LocalDate.of(2025, 2, 1)));
        assertEquals(List.of(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 9, 30)), YearlyDue.dueDatesIn(task, 2024));
        assertEquals(Optional.of(Standing.OVERDUE), YearlyDue.in(task, 2024, LocalDate.of(2024, 10, 1)), "Q3 2024 missed");
        assertEquals(Optional.of(Standing.OPEN), YearlyDue.in(task, 2025, LocalDate.of(2025, 4, 1)), "Q1 met, Q3 to come");
    }

    @Test
    void oneOffFinishedDeclinedAndUndatedTasks() {
        Timeframe quarter = Timeframe.parse("Quý II/2025");
        LocalDate due = LocalDate.of(2025, 6, 30);
        LocalDate today = LocalDate.of(2025, 7, 1);
        assertEquals(Optional.of(Standing.OVERDUE), YearlyDue.in(new Facts(quarter, due, null, false, false, null), 2025, today));
        assertEquals(Optional.of(Standing.OPEN), YearlyDue.in(new Facts(quarter, due, null, false, false, null), 2025, due));
        assertEquals(Optional.of(Standing.DONE), YearlyDue.in(new Facts(quarter, due, null, true, false, null), 2025, today));
        assertEquals(Optional.empty(), YearlyDue.in(new Facts(quarter, due, null, false, true, null), 2025, today), "declined");
        assertEquals(Optional.empty(), YearlyDue.in(new Facts(quarter, due, null, false, false, null), 2024, today));
        assertEquals(Optional.empty(), YearlyDue.in(new Facts(Timeframe.parse("Thường xuyên"), null, null, false, false,
                null), 2025, today));
        assertEquals(Optional.of(Standing.DONE), YearlyDue.in(new Facts(YEARLY, FIRST, null, true, false, null), 2025, today));
    }

    @Test
    void countsPerYearUpToToday() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        List<Tally> years = YearlyDue.count(List.of(yearly(null, LocalDate.of(2025, 3, 10)), yearly(null),
                new Facts(Timeframe.parse("Trước 30/6/2027"), LocalDate.of(2027, 6, 30), null, false, false, null),
                new Facts(Timeframe.parse("Thường xuyên"), null, null, false, false, null)), today);
        assertEquals(List.of(new Tally(2025, 2, 0, 2), new Tally(2026, 2, 1, 1), new Tally(2027, 1, 0, 0)), years);
        assertEquals(1, years.get(2).open());
    }
}
