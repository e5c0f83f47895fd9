package vn.dtiplan.domain.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of record the audit trail follows; the name is what {@link AuditEvent#getRecordType()}
 * stores and what {@code GET /api/audit/{type}/{id}} takes (in any case).
 */
public enum RecordType {
    /** a plan; id: the plan id */
    PLAN,
    /** a task, own or inherited; id: the task id */
    TASK,
    /** a periodic report; id: the report id */
    REPORT,
    /** a unit's assessment of a year; id: {@code <unit code>:<year>} */
    ASSESSMENT,
    /** an index framework; id: the framework id */
    FRAMEWORK,
    /** an account; id: the username */
    ACCOUNT,
    /** an administrative unit and its departments; id: the unit's id (codes are reused) */
    UNIT;

    /** The type a path segment names, if any. */
    public static Optional<RecordType> parse(String name) {
        String wanted = name == null ? "" : name.toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.name().equals(wanted)).findFirst();
    }
}
