package vn.dtiplan.infrastructure.persistence;

import java.util.stream.Collectors;
import vn.dtiplan.domain.progress.Overdue;

/**
 * The domain's {@link Overdue} rule as SQL over a task row and its progress row, generated from
 * the rule's own constants so the two cannot drift apart ({@code DueSqlTest} runs both on every
 * combination). Also the one SQL form of "counted once": a task led by the child units as a class
 * that was cascaded is counted through its copies.
 */
final class DueSql {

    private DueSql() {
    }

    /** Task {@code t} with progress {@code p} (left joined) still owes its due date: dated, not done, not declined. */
    static String owesDueDate(String t, String p) {
        String undated = Overdue.UNDATED.stream().map(k -> "'" + k.name() + "'").sorted()
                .collect(Collectors.joining(", "));
        return "(" + p + ".status is null or " + p + ".status <> '" + Overdue.FINISHED.name() + "')"
                + " and (" + t + ".state is null or " + t + ".state <> '" + Overdue.NOT_OWED.name() + "')"
                + " and " + t + ".timeframe_kind not in (" + undated + ")";
    }

    /** Task {@code t} is overdue on the day bound to {@code today} (a parameter such as {@code ?1}). */
    static String overdue(String t, String p, String today) {
        return owesDueDate(t, p) + " and " + t + ".due < " + today;
    }

    /** Task {@code t} is not a task of the child units as a class that was cascaded (its copies count instead). */
    static String countedOnce(String t) {
        return "not (" + t + ".lead_kind = 'CHILD_UNITS' and exists (select 1 from task c where c.parent_task_id = "
                + t + ".id))";
    }
}
