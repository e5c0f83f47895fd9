package vn.dtiplan.application.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.framework.Points;
import vn.dtiplan.domain.plan.ChangeNotice;
import vn.dtiplan.domain.plan.InheritedTask;
import vn.dtiplan.domain.plan.Plan;
import vn.dtiplan.domain.plan.PlanHeader;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.plan.TaskField;

/** Entities to views, inside the service transaction (lazy links are read here). */
final class Views {

    private Views() {
    }

    static PlanSummary summary(Plan p) {
        Plan parent = p.getImplementsPlan();
        return new PlanSummary(p.getId(), p.getUnit().getCode(), p.getUnit().getName(), p.getNumber(), p.getDate(),
                p.getTitle(), p.getYear(), p.getStatus(), parent == null ? null : parent.getId(),
                parent == null ? null : parent.getNumber(), p.getVersion());
    }

    static PlanHeader header(Plan p) {
        return new PlanHeader(p.getNumber(), p.getDate(), p.getPlace(), p.getTitle(), p.getYear(), p.getLegalBases(),
                p.getPurpose(), p.getBudget(), p.getRecipients(), p.getSignerAuthority(), p.getSignerTitle(),
                p.getSignerName(), p.getToYear(), p.isOpenEnded());
    }

    static TaskView task(Task t, LocalDate today) {
        Optional<InheritedTask> copy = t.inherited();
        Plan source = copy.map(InheritedTask::getSourcePlan).orElse(null);
        return new TaskView(t.getId(), t.getPlan() == null ? null : t.getPlan().getId(), t.getUnit().getCode(),
                t.getUnit().getName(), t.getOrdinal(), t.getCriterionCode(), t.getCriterionTitle(), Points.plain(t.getPointsAtStake()), t.getSolution(),
                t.getLeadName(), t.getLeadKind(),
                t.getLeadDepartment() == null ? null : t.getLeadDepartment().getId(), t.getCoordinating(),
                t.getTarget(), t.getEvidence(), t.getTimeframe(), t.getTimeframeKind(), t.getDue(),
                t.getDue(), t.isCascade(), t.getCascadeTargets(),
                copy.map(InheritedTask::getParentTaskId).orElse(null), source == null ? null : source.getId(),
                source == null ? null : source.getNumber(), copy.map(InheritedTask::getState).orElse(null),
                copy.map(c -> c.getAdaptedFields().stream().map(TaskField::key).toList()).orElse(List.of()),
                copy.map(InheritedTask::getDecidedBy).orElse(null), copy.map(InheritedTask::getDecidedAt).orElse(null),
                copy.map(InheritedTask::getDeclineReason).orElse(null),
                copy.map(InheritedTask::getDeclineReview).orElse(null), copy.map(InheritedTask::isDueConflict).orElse(false),
                t.getVersion(), TargetView.of(t.getMeasurable()));
    }

    static NoticeView notice(ChangeNotice n) {
        return new NoticeView(n.getId(), n.getTask().getId(), n.getParentTask().getId(), n.getTask().getUnit().getCode(),
                n.getTask().getSolution(), TaskField.byKey(n.getChanges()), n.isDueConflict(), n.isAcknowledged(), n.getCreatedAt(),
                n.getAcknowledgedBy());
    }
}
