package vn.dtiplan.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.plan.InheritanceState;
import vn.dtiplan.domain.plan.TimeframeKind;

class DueStateTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 10);

    @Test
    void dueBeforeTodayAndNotDoneIsOverdue() {
        assertEquals(DueState.OVERDUE, DueState.of(TimeframeKind.DATE, null, null, TODAY.minusDays(1), null, TODAY));
        assertEquals(DueState.DONE, DueState.of(TimeframeKind.DATE, null, ProgressStatus.DONE, TODAY.minusDays(1), null, TODAY));
    }

    @Test
    void dueTodayOrWithinAWeekIsDueSoon() {
        assertEquals(DueState.DUE_SOON, DueState.of(TimeframeKind.DATE, null, null, TODAY, null, TODAY));
        assertEquals(DueState.DUE_SOON, DueState.of(TimeframeKind.DATE, null, null, TODAY.plusDays(7), null, TODAY));
        assertEquals(DueState.ON_TRACK, DueState.of(TimeframeKind.DATE, null, null, TODAY.plusDays(8), null, TODAY));
        assertEquals(DueState.NO_DUE_DATE, DueState.of(TimeframeKind.DATE, null, null, null, null, TODAY));
    }

    @Test
    void ongoingTasksAreNeverOverdueButGoStale() {
        assertEquals(DueState.STALE, DueState.of(TimeframeKind.ONGOING, null, null, null, null, TODAY));
        assertEquals(DueState.ONGOING, DueState.of(TimeframeKind.ONGOING, null, null, null, TODAY.minusDays(44), TODAY));
        assertEquals(DueState.STALE, DueState.of(TimeframeKind.ONGOING, null, null, TODAY.minusYears(1), TODAY.minusDays(45), TODAY));
    }

    @Test
    void dailyTasksAreNeverOverdueButGoStale() {
        assertEquals(DueState.STALE, DueState.of(TimeframeKind.DAILY, null, null, TODAY.minusDays(3), null, TODAY));
    }

    @Test
    void aRecurringTaskIsOverdueWhenAPeriodEndsWithoutAReport() {
        assertEquals(DueState.OVERDUE, DueState.of(TimeframeKind.MONTHLY, null, null, TODAY.minusDays(3), null, TODAY));
        assertEquals(DueState.OVERDUE, DueState.of(TimeframeKind.YEARLY, null, ProgressStatus.IN_PROGRESS,
                TODAY.minusDays(1), TODAY.minusDays(40), TODAY));
        assertEquals(DueState.ON_TRACK, DueState.of(TimeframeKind.QUARTERS, null, ProgressStatus.IN_PROGRESS,
                TODAY.plusDays(60), TODAY, TODAY));
    }

    @Test
    void aDeclinedTaskHasNoDueDateOfItsOwn() {
        assertEquals(DueState.NO_DUE_DATE, DueState.of(TimeframeKind.DATE, InheritanceState.DECLINED, null,
                TODAY.minusDays(1), null, TODAY));
        assertEquals(DueState.OVERDUE, DueState.of(TimeframeKind.DATE, InheritanceState.PENDING, null,
                TODAY.minusDays(1), null, TODAY));
    }
}
