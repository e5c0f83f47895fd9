package vn.dtiplan.domain.listing;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import vn.dtiplan.domain.progress.ProgressStatus;

/**
 * The filters of a unit's task list: {@code q} words in the task, its criterion code or title;
 * {@code status} its progress; {@code overdue} only overdue tasks (the rule of
 * {@link vn.dtiplan.domain.progress.Overdue}); {@code department} the lead department's id or name;
 * {@code pillar} the index pillar the task aims at. Absent values do not filter. A pillar is not a
 * column: the service resolves it to the criteria the unit's tasks name that aim at it
 * ({@link #targeting}), and the query matches those.
 */
public record TaskQuery(String q, ProgressStatus status, boolean overdue, String department, String pillar,
                        List<Criterion> criteria) implements Serializable {

    /** A criterion as a task names it: code and title, each possibly absent. */
    public record Criterion(String code, String title) implements Serializable {
    }

    public static final TaskQuery NONE = new TaskQuery(null, null, false, null, null, null);

    public TaskQuery {
        q = Texts.trimmed(q);
        department = Texts.trimmed(department);
        pillar = Texts.trimmed(pillar);
        criteria = criteria == null ? null : List.copyOf(criteria);
    }

    /** This query restricted to tasks naming one of {@code criteria} (the pillar resolved). */
    public TaskQuery targeting(List<Criterion> resolved) {
        return new TaskQuery(q, status, overdue, department, pillar, resolved);
    }

    /**
     * The filters as the API's query parameters write them.
     *
     * @throws InvalidQueryException for an unknown status or an overdue that is neither true nor false
     */
    public static TaskQuery parse(String q, String status, String overdue, String department, String pillar) {
        return new TaskQuery(q, Texts.constant(ProgressStatus.class, status, "status"), Texts.flag(overdue, "overdue"),
                department, pillar, null);
    }

    /** The department as an id when it is a whole number. */
    public Long departmentId() {
        return department != null && department.matches("\\d{1,18}") ? Long.valueOf(department) : null;
    }

    /** The department's name as compared: lower case. */
    public String departmentName() {
        return department == null ? null : department.toLowerCase(Locale.ROOT);
    }

    /** {@code q} as a LIKE pattern (lower case, wildcards escaped with {@code \}). */
    public String pattern() {
        return Texts.pattern(q);
    }
}
