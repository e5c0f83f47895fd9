package vn.dtiplan.application.plan;

import java.time.Instant;
import java.util.Map;
import vn.dtiplan.domain.plan.FieldChange;

/** A change notice: the parent task's changes field by field, for the unit's copy {@code taskId}. */
public record NoticeView(long id, long taskId, long parentTaskId, String unitCode, String solution,
                         Map<String, FieldChange> changes, boolean dueConflict, boolean acknowledged,
                         Instant createdAt, String acknowledgedBy) {
}
