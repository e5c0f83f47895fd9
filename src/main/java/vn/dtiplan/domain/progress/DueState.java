package vn.dtiplan.domain.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.dtiplan.domain.plan.InheritanceState;
import vn.dtiplan.domain.plan.TimeframeKind;

/**
 * How a task stands against its due date on a given day.
 *
 * <p>A task is overdue as {@link Overdue} defines it: due before today, not done, dated, not
 * declined (a declined task has no due date of its own).
 * A task is due soon when it is due today or within {@link #SOON_DAYS} days. Ongoing and daily tasks
 * ("thường xuyên", "hằng ngày") have no due date and are never overdue; instead they are stale when nothing
 * was reported on them for {@link #STALE_DAYS} days, so "ongoing" cannot hide inaction.
 */
public enum DueState {
    DONE,
    OVERDUE,
    DUE_SOON,
    ON_TRACK,
    ONGOING,
    STALE,
    NO_DUE_DATE;

    public static final int SOON_DAYS = 7;
    public static final int STALE_DAYS = 45;

    /**
     * @param kind         the task's timeframe kind (ongoing and daily ones go stale instead of overdue)
     * @param state        the inherited task's state, null for a unit's own task (a declined task has no due date)
     * @param status       the task's progress, null when none was reported
     * @param due          the task's (next) due date, or null
     * @param lastActivity the day of the last progress report, or null
     */
    public static DueState of(TimeframeKind kind, InheritanceState state, ProgressStatus status, LocalDate due,
                              LocalDate lastActivity, LocalDate today) {
        if (status == Overdue.FINISHED) {
            return DONE;
        }
        if (state == Overdue.NOT_OWED) {
            return NO_DUE_DATE;
        }
        if (Overdue.UNDATED.contains(kind)) {
            return lastActivity != null && ChronoUnit.DAYS.between(lastActivity, today) < STALE_DAYS ? ONGOING : STALE;
        }
        if (due == null) {
            return NO_DUE_DATE;
        }
        if (Overdue.isOverdue(kind, state, status, due, today)) {
            return OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, due) <= SOON_DAYS ? DUE_SOON : ON_TRACK;
    }

    public boolean overdue() {
        return this == OVERDUE;
    }
}
