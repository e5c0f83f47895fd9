package vn.dtiplan.domain.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One field of a task before and after an amendment, as text ({@code null}: empty). */
public record FieldChange(String from, String to) {

    public boolean isChange() {
        return !Objects.equals(from, to);
    }

    /** The fields whose text differs between {@code before} and {@code after}, in {@code before}'s order. */
    static Map<TaskField, FieldChange> between(Map<TaskField, String> before, Map<TaskField, String> after) {
        Map<TaskField, FieldChange> diff = new LinkedHashMap<>();
        before.forEach((field, from) -> {
            FieldChange change = new FieldChange(from, after.get(field));
            if (change.isChange()) {
                diff.put(field, change);
            }
        });
        return diff;
    }
}
