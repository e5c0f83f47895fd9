package vn.dtiplan.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DueStateTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 10);

    @Test
    void dueBeforeTodayAndNotDoneIsOverdue() {
        assertEquals(DueState.OVERDUE, DueState.of(TODAY.minusDays(1), false, false, null, TODAY));
        assertEquals(DueState.DONE, DueState.of(TODAY.minusDays(1), false, true, null, TODAY));
    }

    @Test
    void dueTodayOrWithinAWeekIsDueSoon() {
        assertEquals(DueState.DUE_SOON, DueState.of(TODAY, false, false, null, TODAY));
        assertEquals(DueState.DUE_SOON, DueState.of(TODAY.plusDays(7), false, false, null, TODAY));
        assertEquals(DueState.ON_TRACK, DueState.of(TODAY.plusDays(8), false, false, null, TODAY));
        assertEquals(DueState.NO_DUE_DATE, DueState.of(null, false, false, null, TODAY));
    }

    @Test
    void ongoingTasksAreNeverOverdueButGoStale() {
        assertEquals(DueState.STALE, DueState.of(null, true, false, null, TODAY));
        assertEquals(DueState.ONGOING, DueState.of(null, true, false, TODAY.minusDays(44), TODAY));
        assertEquals(DueState.STALE, DueState.of(TODAY.minusYears(1), true, false, TODAY.minusDays(45), TODAY));
    }
}
