package vn.dtiplan.domain.listing;

import java.io.Serializable;
import java.util.Locale;
import vn.dtiplan.domain.progress.ProgressStatus;

/**
 * The filters of a unit's task list: {@code q} words in the task, its criterion code or title;
 * {@code status} its progress; {@code overdue} only overdue tasks (the rule of
 * {@link vn.dtiplan.domain.progress.Overdue}); {@code department} the lead department's id or name.
 * Absent values do not filter.
 */
public record TaskQuery(String q, ProgressStatus status, boolean overdue, String department) implements Serializable {

    public static final TaskQuery NONE = new TaskQuery(null, null, false, null);

    public TaskQuery {
        q = Texts.trimmed(q);
        department = Texts.trimmed(department);
    }

    /**
     * The filters as the API's query parameters write them.
     *
     * @throws InvalidQueryException for an unknown status or an overdue that is neither true nor false
     */
    public static TaskQuery parse(String q, String status, String overdue, String department) {
        return new TaskQuery(q, Texts.constant(ProgressStatus.class, status, "status"), Texts.flag(overdue, "overdue"),
                department);
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
