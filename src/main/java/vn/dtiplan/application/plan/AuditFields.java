package vn.dtiplan.application.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.dtiplan.domain.audit.Change;
import vn.dtiplan.domain.plan.FieldChange;
import vn.dtiplan.domain.plan.InheritedTask;
import vn.dtiplan.domain.plan.Plan;
import vn.dtiplan.domain.plan.TaskField;

/** The fields of plans and tasks that the audit trail compares before and after a change. */
final class AuditFields {

    private AuditFields() {
    }

    static Map<String, Object> plan(Plan p) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", p.getNumber());
        fields.put("title", p.getTitle());
        fields.put("year", p.getYear());
        fields.put("date", p.getDate());
        fields.put("place", p.getPlace());
        fields.put("legalBases", p.getLegalBases());
        fields.put("purpose", p.getPurpose());
        fields.put("budget", p.getBudget());
        fields.put("recipients", p.getRecipients());
        fields.put("signer", p.getSignerName());
        fields.put("status", p.getStatus());
        return fields;
    }

    /** An inherited task's adoption: state, review of a decline, and what the unit made its own. */
    static Map<String, Object> decision(InheritedTask t) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("state", t.getState());
        fields.put("declineReview", t.getDeclineReview());
        fields.put("lead", t.getLeadDepartment() != null ? t.getLeadDepartment().getName() : t.getLeadName());
        fields.put("due", t.getDue());
        fields.put("solution", t.getSolution());
        fields.put("reason", t.getDeclineReason());
        return fields;
    }

    static Map<String, Change> changes(Map<TaskField, FieldChange> diff) {
        Map<String, Change> changes = new LinkedHashMap<>();
        diff.forEach((field, change) -> changes.put(field.key(), new Change(change.from(), change.to())));
        return changes;
    }
}
