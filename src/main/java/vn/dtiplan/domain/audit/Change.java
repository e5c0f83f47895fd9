package vn.dtiplan.domain.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One field's change, shown as text on both sides (null where there was or is no value).
 *
 * <p>{@link #between(Map, Map)} lists the fields whose values differ, in the order of the
 * "after" map, then fields that disappeared; unchanged fields are left out, so a save that
 * changed nothing records nothing.
 */
public record Change(String from, String to) {

    public static Map<String, Change> between(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Change> changes = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            String from = text(before.get(field));
            String to = text(value);
            if (!Objects.equals(from, to)) {
                changes.put(field, new Change(from, to));
            }
        });
        before.forEach((field, value) -> {
            if (!after.containsKey(field) && value != null) {
                changes.put(field, new Change(text(value), null));
            }
        });
        return changes;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
