package vn.dtiplan.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.model.StreamedContent;
import vn.dtiplan.application.document.ExportService;
import vn.dtiplan.application.report.ReportChangesService;
import vn.dtiplan.application.report.ReportView;
import vn.dtiplan.application.report.UnitReports;
import vn.dtiplan.domain.progress.ReportChanges;

/**
 * What changed since the last report, on the reports screen: for the opened report (the lists of
 * {@code GET /api/reports/{id}/changes}) and, in the children's table, per child unit for the period
 * shown, with a flag on the children that changed nothing; and the report's workbook. Reads are
 * cached for the request's view and re-read when the page bean shows another report or period.
 */
@Named
@ViewScoped
public class ReportChangesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportsView page;

    @Inject
    private ReportChangesService service;

    @Inject
    private ExportService exports;

    private transient Long openedId;
    private transient ReportChanges.Changes opened;
    private transient String childrenKey;
    private transient Map<String, ReportChanges.Changes> children;

    /** The opened report's changes, or null when no report is open. */
    public ReportChanges.Changes getOpened() {
        ReportView report = page.getOpened();
        if (report == null) {
            return null;
        }
        if (opened == null || !Long.valueOf(report.id()).equals(openedId)) {
            opened = service.changes(report.id());
            openedId = report.id();
        }
        return opened;
    }

    /** The changes of a child unit in the period the children's table shows. */
    public ReportChanges.Changes child(String unitCode) {
        UnitReports board = page.getBoard();
        String key = board.unitCode() + "@" + board.period();
        if (children == null || !key.equals(childrenKey)) {
            children = service.children(board.unitCode(), board.period());
            childrenKey = key;
        }
        return children.get(unitCode);
    }

    /** "3 hoàn thành · 1 mới quá hạn · …": a child's changes in one line, or the "no change" flag's text. */
    public String summary(ReportChanges.Changes c) {
        if (c == null || c.isEmpty()) {
            return Notices.text("changes.none");
        }
        return Notices.text("changes.summary", c.done().size(), c.newlyOverdue().size(), c.progress().size(),
                c.evidence().size(), c.decisions().size(), c.amendments().size());
    }

    public String label(ReportChanges.Changes c) {
        return vn.dtiplan.domain.progress.ReportDraft.label(c.since());
    }

    public StreamedContent file() {
        return Downloads.xlsx(exports.report(page.getOpened().id()));
    }
}
