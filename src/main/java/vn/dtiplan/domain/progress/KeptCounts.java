package vn.dtiplan.domain.progress;

import java.util.Collection;

/**
 * The roll-up figures kept per unit as work happens (table {@code task_count}), so a board reads
 * sums instead of recounting every task of a subtree. Each unit's figures are split by due date:
 * "overdue" is the sum of the tasks still owing their due date ({@link Overdue#owesDueDate}) whose
 * due date is before today, so it follows the calendar without a write.
 */
public interface KeptCounts {

    /** Recounts the figures of the units at these paths from their tasks (whatever the caller may read). */
    void refresh(Collection<String> unitPaths);

    /** Throws every kept figure away and recounts all of them from the tasks; answers the number of units counted. */
    long recomputeAll();
}
