package vn.dtiplan.application.plan;

import java.util.Map;
import vn.dtiplan.domain.plan.FieldChange;

/** A task after an edit: the fields that changed (from, to) and how many copies below got a change notice. */
public record AmendmentView(TaskView task, Map<String, FieldChange> changes, int notices) {
}
