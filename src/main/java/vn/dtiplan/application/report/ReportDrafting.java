package vn.dtiplan.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.dtiplan.application.progress.ProgressService;
import vn.dtiplan.application.progress.TaskProgressRow;
import vn.dtiplan.domain.progress.ReportDraft;
import vn.dtiplan.domain.progress.ReportingPeriod;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/**
 * Drafts a unit's report from what the progress screens show, in the current transaction's scope:
 * the unit's live tasks (pending and declined inherited tasks are not the unit's work yet) and its
 * children's roll-ups. Shared by the report service, the demo data and scheduled drafting.
 */
@ApplicationScoped
public class ReportDrafting {

    @Inject
    private ProgressService progress;

    public ReportDraft compose(AdministrativeUnit unit, ReportingPeriod period) {
        List<TaskProgressRow> tasks = progress.tasksOf(unit.getCode());
        List<ReportDraft.Line> lines = tasks.stream()
                .filter(t -> t.state() == null || t.state().equals("ADOPTED") || t.state().equals("ADAPTED"))
                .map(ReportDrafting::line).toList();
        long pending = tasks.stream().filter(t -> "PENDING".equals(t.state())).count();
        List<ReportDraft.ChildLine> children = progress.unitProgress(unit.getCode()).children().stream()
                .map(c -> new ReportDraft.ChildLine(c.unitName(), c.total())).toList();
        return ReportDraft.compose(unit.getName(), period, lines, pending, children);
    }

    private static ReportDraft.Line line(TaskProgressRow t) {
        return new ReportDraft.Line(t.criterionCode(), t.solution(), t.status(), t.percent(), t.dueState());
    }
}
