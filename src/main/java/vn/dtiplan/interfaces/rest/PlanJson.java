package vn.dtiplan.interfaces.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dtiplan.application.plan.NoticeView;
import vn.dtiplan.application.plan.PlanDetail;
import vn.dtiplan.application.plan.PlanSummary;
import vn.dtiplan.application.plan.TargetView;
import vn.dtiplan.application.plan.TaskView;
import vn.dtiplan.domain.plan.AnsweredAssessment;
import vn.dtiplan.domain.plan.NotAddressed;
import vn.dtiplan.domain.plan.PlanHeader;

/** The JSON answers of the plan endpoints (docs/api.md); the request bodies are {@link PlanRequests}. */
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
                         String signerName, List<Task> tasks, Integer toYear, boolean openEnded,
                         List<AnsweredAssessment> answers, List<NotAddressed> notAddressed) {

        static Detail of(PlanDetail d) {
            PlanSummary p = d.plan();
            PlanHeader h = d.header();
            return new Detail(p.id(), p.unitCode(), p.number(), p.date(), h.place(), p.title(), p.year(),
                    p.status().name(), p.implementsPlanId(), h.legalBases(), h.purpose(), h.budget(),
                    h.recipients(), h.signerAuthority(), h.signerTitle(), h.signerName(),
                    d.tasks().stream().map(Task::of).toList(), h.toYear(), h.openEnded(), d.answers().answers(),
                    d.answers().notAddressed());
        }
    }

    /** A task (own or inherited). */
    @JsonbNillable
    public record Task(long id, Long planId, String unitCode, String criterionCode, String criterionTitle,
                       BigDecimal pointsAtStake,
                       String solution, String lead, Long leadDepartmentId, List<String> coordinating,
                       String evidence, String timeframe, LocalDate due, LocalDate nextDue, boolean cascade,
                       List<String> cascadeTargets, Long parentTaskId, Long sourcePlanId, String state,
                       List<String> adaptedFields, String decidedBy, Instant decidedAt, String reason,
                       String declineReview, boolean dueConflict, long version, Target target) {

        static Task of(TaskView t) {
            return new Task(t.id(), t.planId(), t.unitCode(), t.criterionCode(), t.criterionTitle(), t.pointsAtStake(), t.solution(),
                    t.lead(), t.leadDepartmentId(), t.coordinating(), t.evidence(), t.timeframe(),
                    t.due(), t.nextDue(), t.cascade(), t.cascadeTargets(), t.parentTaskId(), t.sourcePlanId(),
                    t.state() == null ? null : t.state().name(), t.adaptedFields(), t.decidedBy(), t.decidedAt(),
                    t.declineReason(), t.declineReview() == null ? null : t.declineReview().name(), t.dueConflict(),
                    t.version(), Target.of(t.target(), t.measurable()));
        }
    }

    /**
     * A task's target: {@code text} as the plan words it and, for a measurable target, the indicator,
     * unit, baseline, value, direction, the {@code latest} value measured and whether it is {@code met}.
     */
    @JsonbNillable
    public record Target(String text, String indicator, String unit, BigDecimal baseline, BigDecimal value,
                         String direction, BigDecimal latest, Boolean met) {

        /** The target of a task with these words and measurable target (either may be null); null for neither. */
        static Target of(String text, TargetView m) {
            if (m == null) {
                return text == null ? null : new Target(text, null, null, null, null, null, null, null);
            }
            return new Target(text != null ? text : m.words(), m.indicator(), m.unit(), m.baseline(), m.value(),
                    m.direction().name(), m.latest(), m.met());
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
}
