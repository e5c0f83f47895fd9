package vn.dtiplan.domain.progress;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import vn.dtiplan.domain.plan.InheritanceState;
import vn.dtiplan.domain.plan.TimeframeKind;

/**
 * The one definition of "overdue": a task is overdue when it is due before today (Vietnam time)
 * and not done, its timeframe is dated (ongoing and daily tasks never are; a recurring task's due
 * date is the end of its first period not reported on, see {@code Timeframe.dueAfterReport}) and its unit has
 * not declined it (a declined inherited task is not the unit's work; the parent unit reviews the
 * decline instead). {@link DueState} applies it in memory; the roll-up and the notification sweep
 * render the same rule as SQL from {@link #UNDATED}, {@link #FINISHED} and {@link #NOT_OWED}
 * ({@code DueSql}), and {@code DueSqlTest} proves both agree on every combination.
 */
public final class Overdue {

    /** Timeframe kinds whose tasks are never overdue. */
    public static final Set<TimeframeKind> UNDATED =
            Set.copyOf(Arrays.stream(TimeframeKind.values()).filter(k -> !k.isDated()).toList());
    /** The progress status that ends a task's due date. */
    public static final ProgressStatus FINISHED = ProgressStatus.DONE;
    /** The inheritance state that takes a task off its unit's work. */
    public static final InheritanceState NOT_OWED = InheritanceState.DECLINED;

    private Overdue() {
    }

    /**
     * Whether the task still owes a due date: dated, not done, not declined.
     *
     * @param state  the inherited task's state, null for a unit's own task
     * @param status the task's progress, null when none was reported
     */
    public static boolean owesDueDate(TimeframeKind kind, InheritanceState state, ProgressStatus status) {
        return !UNDATED.contains(kind) && status != FINISHED && state != NOT_OWED;
    }

    /** Whether the task is overdue on {@code today}. */
    public static boolean isOverdue(TimeframeKind kind, InheritanceState state, ProgressStatus status, LocalDate due,
                                    LocalDate today) {
        return owesDueDate(kind, state, status) && due != null && due.isBefore(today);
    }
}
