package vn.dtiplan.interfaces.rest;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dtiplan.application.plan.DecisionRequest;
import vn.dtiplan.application.plan.NoticeView;
import vn.dtiplan.application.plan.PlanDetail;
import vn.dtiplan.application.plan.PlanDraft;
import vn.dtiplan.application.plan.PlanSummary;
import vn.dtiplan.application.plan.TaskView;
import vn.dtiplan.domain.plan.PlanHeader;
import vn.dtiplan.domain.plan.TaskChanges;
import vn.dtiplan.domain.plan.TaskContent;

/** The JSON shapes of the plan endpoints (docs/api.md), and request bodies read into commands. */
public final class PlanJson {

    private PlanJson() {
    }

    /** A plan in a unit's list. */
    @JsonbNillable
    @JsonbPropertyOrder({"id", "unitCode", "number", "date", "title", "year", "status", "implementsPlanId"})
    public record Summary(long id, String unitCode, String number, LocalDate date, String title, int year,
                          String status, Long implementsPlanId) {

        static Summary of(PlanSummary p) {
            return new Summary(p.id(), p.unitCode(), p.number(), p.date(), p.title(), p.year(), p.status().name(),
                    p.implementsPlanId());
        }
    }

    /** A plan with its header and tasks. */
    @JsonbNillable
    public record Detail(long id, String unitCode, String number, LocalDate date, String place, String title,
                         int year, String status, Long implementsPlanId, List<String> legalBases, String purpose,
                         String budget, List<String> recipients, String signerAuthority, String signerTitle,
                         String signerName, List<Task> tasks) {

        static Detail of(PlanDetail d) {
            PlanSummary p = d.plan();
            PlanHeader h = d.header();
            return new Detail(p.id(), p.unitCode(), p.number(), p.date(), h.place(), p.title(), p.year(),
                    p.status().name(), p.implementsPlanId(), h.legalBases(), h.purpose(), h.budget(),
                    h.recipients(), h.signerAuthority(), h.signerTitle(), h.signerName(),
                    d.tasks().stream().map(Task::of).toList());
        }
    }

    /** A task (own or inherited). */
    @JsonbNillable
    public record Task(long id, Long planId, String unitCode, String criterionCode, String criterionTitle,
                       BigDecimal pointsAtStake,
                       String solution, String lead, Long leadDepartmentId, List<String> coordinating, String target,
                       String evidence, String timeframe, LocalDate due, LocalDate nextDue, boolean cascade,
                       List<String> cascadeTargets, Long parentTaskId, Long sourcePlanId, String state,
                       List<String> adaptedFields, String decidedBy, Instant decidedAt, String reason,
                       String declineReview, boolean dueConflict) {

        static Task of(TaskView t) {
            return new Task(t.id(), t.planId(), t.unitCode(), t.criterionCode(), t.criterionTitle(), t.pointsAtStake(), t.solution(),
                    t.lead(), t.leadDepartmentId(), t.coordinating(), t.target(), t.evidence(), t.timeframe(),
                    t.due(), t.nextDue(), t.cascade(), t.cascadeTargets(), t.parentTaskId(), t.sourcePlanId(),
                    t.state() == null ? null : t.state().name(), t.adaptedFields(), t.decidedBy(), t.decidedAt(),
                    t.declineReason(), t.declineReview() == null ? null : t.declineReview().name(), t.dueConflict());
        }
    }

    /** An inherited task in a unit's inbox. */
    @JsonbNillable
    public record InboxItem(long id, Long parentTaskId, Long planId, String planNumber, String criterionCode,
                            String solution, String lead, String timeframe, LocalDate due, String state) {

        static InboxItem of(TaskView t) {
            return new InboxItem(t.id(), t.parentTaskId(), t.sourcePlanId(), t.sourcePlanNumber(), t.criterionCode(),
                    t.solution(), t.lead(), t.timeframe(), t.due(), t.state().name());
        }
    }

    /** One field before and after. */
    @JsonbNillable
    public record Change(String from, String to) {
    }

    /** A change notice. */
    public record Notice(long id, long taskId, long parentTaskId, String unitCode, Map<String, Change> changes,
                         boolean dueConflict, boolean acknowledged, Instant createdAt) {

        static Notice of(NoticeView n) {
            Map<String, Change> changes = new LinkedHashMap<>();
            n.changes().forEach((field, c) -> changes.put(field, new Change(c.from(), c.to())));
            return new Notice(n.id(), n.taskId(), n.parentTaskId(), n.unitCode(), changes, n.dueConflict(),
                    n.acknowledged(), n.createdAt());
        }
    }

    static PlanDraft draft(JsonObject body) {
        JsonObject b = JsonBody.require(body);
        List<TaskContent> tasks = JsonBody.objects(b, "tasks").stream().map(PlanJson::content).toList();
        return new PlanDraft(JsonBody.text(b, "unitCode"), header(b), JsonBody.number(b, "implementsPlanId"), tasks);
    }

    static PlanHeader header(JsonObject b) {
        return new PlanHeader(JsonBody.text(b, "number"), JsonBody.date(b, "date"), JsonBody.text(b, "place"),
                JsonBody.text(b, "title"), JsonBody.integer(b, "year", 0), orEmpty(JsonBody.texts(b, "legalBases")),
                JsonBody.text(b, "purpose"), JsonBody.text(b, "budget"), orEmpty(JsonBody.texts(b, "recipients")),
                JsonBody.text(b, "signerAuthority"), JsonBody.text(b, "signerTitle"), JsonBody.text(b, "signerName"));
    }

    static TaskContent content(JsonObject t) {
        Boolean cascade = JsonBody.bool(t, "cascade");
        return new TaskContent(JsonBody.text(t, "criterionCode"), JsonBody.text(t, "criterionTitle"),
                JsonBody.decimal(t, "pointsAtStake"),
                JsonBody.text(t, "solution"), JsonBody.text(t, "lead"), orEmpty(JsonBody.texts(t, "coordinating")),
                JsonBody.text(t, "target"), JsonBody.text(t, "evidence"), JsonBody.text(t, "timeframe"),
                JsonBody.date(t, "due"), cascade != null && cascade, orEmpty(JsonBody.texts(t, "cascadeTargets")));
    }

    static TaskChanges changes(JsonObject body) {
        JsonObject b = JsonBody.require(body);
        return new TaskChanges(JsonBody.text(b, "criterionCode"), JsonBody.text(b, "solution"),
                JsonBody.text(b, "lead"), JsonBody.texts(b, "coordinating"), JsonBody.text(b, "target"),
                JsonBody.text(b, "evidence"), JsonBody.text(b, "timeframe"), JsonBody.date(b, "due"),
                JsonBody.bool(b, "cascade"));
    }

    static DecisionRequest decision(JsonObject body) {
        JsonObject b = JsonBody.require(body);
        return new DecisionRequest(JsonBody.text(b, "action"), JsonBody.text(b, "leadDepartment"),
                JsonBody.date(b, "due"), JsonBody.text(b, "solution"), JsonBody.text(b, "reason"),
                JsonBody.bool(b, "cascade"));
    }

    private static List<String> orEmpty(List<String> items) {
        return items == null ? List.of() : items;
    }
}
