package vn.dtiplan.domain.plan;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a task that amendments compare, revisions and change notices record, and an
 * adapting unit keeps local. Each has a stable {@link #key()}: the name stored in the database
 * (revisions, notices, adapted fields) and answered by the API ({@code changes:{due:{from,to}}}),
 * so renaming a constant never changes stored data or the contract.
 */
public enum TaskField {
    CRITERION_CODE("criterionCode"),
    SOLUTION("solution"),
    LEAD("lead"),
    COORDINATING("coordinating"),
    TARGET("target"),
    EVIDENCE("evidence"),
    TIMEFRAME("timeframe"),
    DUE("due"),
    CASCADE("cascade");

    private final String key;

    TaskField(String key) {
        this.key = key;
    }

    /** The stored and answered name, e.g. {@code "solution"}. */
    public String key() {
        return key;
    }

    /**
     * The field stored under {@code key}.
     *
     * @throws IllegalArgumentException for a name no field has
     */
    public static TaskField of(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No task field " + key));
    }

    /** The same changes keyed by the fields' names, in the same order (as the API answers them). */
    public static Map<String, FieldChange> byKey(Map<TaskField, FieldChange> changes) {
        Map<String, FieldChange> named = new LinkedHashMap<>();
        changes.forEach((field, change) -> named.put(field.key, change));
        return named;
    }
}
