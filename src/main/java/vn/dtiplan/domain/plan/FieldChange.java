package vn.dtiplan.domain.plan;

import java.util.Objects;

/** One field of a task before and after an amendment, as text ({@code null}: empty). */
public record FieldChange(String from, String to) {

    public boolean isChange() {
        return !Objects.equals(from, to);
    }
}
