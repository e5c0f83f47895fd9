package vn.dtiplan.application.plan;

import java.time.LocalDate;
import vn.dtiplan.domain.framework.Points;
import vn.dtiplan.domain.plan.ChangeNotice;
import vn.dtiplan.domain.plan.Plan;
import vn.dtiplan.domain.plan.PlanHeader;
import vn.dtiplan.domain.plan.Task;

/** Entities to views, inside the service transaction (lazy links are read here). */
final class Views {

    private Views() {
    }

    static PlanSummary summary(Plan p) {
        Plan parent = p.getImplementsPlan();
        return new PlanSummary(p.getId(), p.getUnit().getCode(), p.getUnit().getName(), p.getNumber(), p.getDate(),
                p.getTitle(), p.getYear(), p.getStatus(), parent == null ? null : parent.getId(),
                parent == null ? null : parent.getNumber());
    }

    static PlanHeader header(Plan p) {
        return new PlanHeader(p.getNumber(), p.getDate(), p.getPlace(), p.getTitle(), p.getYear(), p.getLegalBases(),
                p.getPurpose(), p.getBudget(), p.getRecipients(), p.getSignerAuthority(), p.getSignerTitle(),
                p.getSignerName());
    }

    static TaskView task(Task t, LocalDate today) {
        Task parent = t.getParentTask();
        Plan source = t.getSourcePlan();
        return new TaskView(t.getId(), t.getPlan() == null ? null : t.getPlan().getId(), t.getUnit().getCode(),
                t.getUnit().getName(), t.getOrdinal(), t.getCriterionCode(), t.getCriterionTitle(), Points.plain(t.getPointsAtStake()), t.getSolution(),
                t.getLeadName(), t.getLeadKind(),
                t.getLeadDepartment() == null ? null : t.getLeadDepartment().getId(), t.getCoordinating(),
                t.getTarget(), t.getEvidence(), t.getTimeframe(), t.getTimeframeKind(), t.getDue(),
                t.nextDue(today).orElse(null), t.isCascade(), t.getCascadeTargets(),
                parent == null ? null : parent.getId(), source == null ? null : source.getId(),
                source == null ? null : source.getNumber(), t.getState(), t.getAdaptedFields(), t.getDecidedBy(),
                t.getDecidedAt(), t.getDeclineReason(), t.getDeclineReview(), t.isDueConflict(), t.getVersion());
    }

    static NoticeView notice(ChangeNotice n) {
        return new NoticeView(n.getId(), n.getTask().getId(), n.getParentTask().getId(), n.getTask().getUnit().getCode(),
                n.getTask().getSolution(), n.getChanges(), n.isDueConflict(), n.isAcknowledged(), n.getCreatedAt(),
                n.getAcknowledgedBy());
    }
}
