package vn.dtiplan.infrastructure.persistence;

/**
 * The one SQL recount of the kept figures ({@code task_count}, {@link vn.dtiplan.domain.progress.KeptCounts}):
 * one row per owning unit and due date, over the tasks a roll-up counts (inherited tasks and the tasks
 * of issued plans, a cascaded class task once through its copies, {@link DueSql#countedOnce}). The
 * in-transaction refresh, the recompute command and the V63 backfill all run it.
 */
final class TaskCountSql {

    static final String TABLE = "task_count";

    private TaskCountSql() {
    }

    /** Inserts the recounted figures of the tasks {@code t} that meet {@code where}. */
    static String recount(String where) {
        return "insert into " + TABLE + " (unit_path, due, tasks, pending, adopted, declined, done, owing)"
                + " select t.unit_path, t.due, count(*),"
                + " sum(case when t.state = 'PENDING' then 1 else 0 end),"
                + " sum(case when t.state in ('ADOPTED', 'ADAPTED') then 1 else 0 end),"
                + " sum(case when t.state = 'DECLINED' then 1 else 0 end),"
                + " sum(case when p.status = 'DONE' then 1 else 0 end),"
                + " sum(case when " + DueSql.owesDueDate("t", "p") + " then 1 else 0 end)"
                + " from task t left join task_progress p on p.task_id = t.id left join plan pl on pl.id = t.plan_id"
                + " where (" + where + ") and (t.parent_task_id is not null or pl.status <> 'DRAFT') and "
                + DueSql.countedOnce("t") + " group by t.unit_path, t.due";
    }

    /** {@code ?1, ?2, … ?n}. */
    static String parameters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append(i == 1 ? "" : ", ").append('?').append(i);
        }
        return s.toString();
    }
}
