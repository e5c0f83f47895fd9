package vn.dtiplan.application.document;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.application.AssessmentService;
import vn.dtiplan.application.plan.LineageService;
import vn.dtiplan.application.progress.ProgressService;
import vn.dtiplan.application.progress.UnitProgressView;
import vn.dtiplan.application.report.ReportChangesService;
import vn.dtiplan.application.report.ReportService;
import vn.dtiplan.application.report.ReportView;
import vn.dtiplan.domain.document.DocumentRenderer;
import vn.dtiplan.domain.document.Table;

/**
 * The Excel exports of the screens: the adoption matrix of a plan, a unit's progress, the
 * ranking of a unit's children, a unit's scorecard and a periodic report. Each reads through the service behind
 * its screen and API, so it applies the caller's scope the same way (out of scope: empty, or
 * {@link vn.dtiplan.domain.RecordNotFoundException} where that service throws it) and holds
 * exactly the figures the screen shows.
 */
@Stateless
public class ExportService {

    @Inject
    private LineageService lineage;

    @Inject
    private ProgressService progress;

    @Inject
    private AssessmentService assessments;

    @Inject
    private ReportService reports;

    @Inject
    private ReportChangesService reportChanges;

    @Inject
    private DocumentRenderer renderer;

    /** The adoption matrix of the plan, if the caller may see it. */
    public Optional<ExportFile> matrix(long planId) {
        return lineage.matrix(planId).map(m -> file("tiep-nhan-" + (m.planNumber() == null ? "du-thao" : m.planNumber()),
                MatrixTable.of(m)));
    }

    /** The unit's progress: counts over it and its children, and its own tasks. */
    public ExportFile progress(String unitCode) {
        UnitProgressView unit = progress.unitProgress(unitCode);
        return file("tien-do-" + unit.unitCode(), ProgressTable.of(unit, progress.tasksOf(unitCode)));
    }

    /** The unit's children ranked for the year on the framework (null: the default index), if the unit is in scope. */
    public Optional<ExportFile> ranking(String unitCode, int year, Long frameworkId) {
        return assessments.children(unitCode, year, frameworkId)
                .map(r -> file("xep-hang-" + r.unitCode() + "-" + year + suffix(r.kind()), List.of(RankingTable.of(r))));
    }

    /** The unit's scorecard for the year on the framework (null: the default index), if in scope and assessed. */
    public Optional<ExportFile> scorecard(String unitCode, int year, Long frameworkId) {
        return assessments.assessment(unitCode, year, frameworkId)
                .map(card -> file("ket-qua-" + card.unitCode() + "-" + year + suffix(card.kind()),
                        ScorecardTable.of(card)));
    }

    /** The file name's mark of a kind other than the default: {@code -par}. */
    private static String suffix(String kind) {
        return kind == null || "DTI".equals(kind) ? "" : "-" + kind.toLowerCase(java.util.Locale.ROOT);
    }

    /** The periodic report with what changed since the previous period; the report must be in scope. */
    public ExportFile report(long reportId) {
        ReportView report = reports.report(reportId);
        return file("bao-cao-" + report.unitCode() + "-" + report.periodEnd(), ReportTable.of(report,
                reportChanges.changes(reportId)));
    }

    private ExportFile file(String baseName, List<Table> sheets) {
        return new ExportFile(baseName, renderer.workbook(sheets));
    }
}
