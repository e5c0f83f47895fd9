package vn.dtiplan.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dtiplan.domain.audit.RecordType;
import vn.dtiplan.application.AccountService;
import vn.dtiplan.application.AuditService;
import vn.dtiplan.application.AuditView;
import vn.dtiplan.application.CallerView;
import vn.dtiplan.application.report.ReportService;
import vn.dtiplan.application.report.ReportView;
import vn.dtiplan.application.report.UnitReports;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.progress.ReportingPeriod;

/**
 * Periodic reports of a unit ({@code reports.xhtml?unit=…&report=…&period=…}, the caller's own
 * unit by default): the unit's reports with its on-time rate and a button to draft the current
 * period's; its children's reports for one period (moved a period back or forth); and the opened
 * report, editable and submittable by the unit, approvable or returnable by the parent, with its
 * change history. Refusals are shown as messages and change nothing.
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditService audit;

    private String unit;
    private Long report;
    private LocalDate period;
    private ReportingPeriod.Frequency frequency = ReportingPeriod.Frequency.MONTHLY;
    private UnitReports board;
    private ReportView opened;
    private List<AuditView> changes = List.of();
    private String body;
    private String comment;

    public void open() throws IOException {
        if (unit == null || unit.isBlank()) {
            unit = accounts.caller().map(CallerView::unitCode).orElse(null);
        }
        try {
            if (unit == null) {
                throw new RecordNotFoundException();
            }
            reload();
        } catch (RecordNotFoundException notVisible) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void reload() {
        board = reports.unitReports(unit, frequency, period);
        period = board.period().due();
        opened = report == null ? null : reports.report(report);
        body = opened == null ? null : opened.body();
        changes = opened == null ? List.of() : audit.history(RecordType.REPORT, String.valueOf(opened.id()));
    }

    public void draft() {
        attempt(() -> report = reports.draft(unit, frequency, null).report().id(), "report.drafted");
    }

    /** Drafts the report of a period that is past due and has none (it will count as late). */
    public void draftFor(ReportingPeriod.Frequency periodFrequency, LocalDate due) {
        attempt(() -> report = reports.draft(unit, periodFrequency, due).report().id(), "report.drafted");
    }

    public void save() {
        attempt(() -> reports.edit(report, body, opened.version()), "report.saved");
    }

    public void redraft() {
        attempt(() -> reports.redraft(report), "report.redrafted");
    }

    /** Sends the report with the text as typed: an unsaved edit is saved first, never dropped. */
    public void submit() {
        attempt(() -> {
            saveTypedText();
            reports.submit(report);
        }, "report.submitted");
    }

    private void saveTypedText() {
        if (body != null && !body.equals(opened.body())) {
            reports.edit(report, body, opened.version());
        }
    }

    public void approve() {
        attempt(() -> reports.approve(report), "report.approved");
    }

    public void sendBack() {
        attempt(() -> reports.returnReport(report, comment), "report.returned");
        comment = null;
    }

    public void previousPeriod() {
        period = board.period().start().minusDays(1);
        reload();
    }

    public void nextPeriod() {
        period = board.period().next().due();
        reload();
    }

    public void changeFrequency() {
        period = null;
        reload();
    }

    private void attempt(Runnable action, String doneKey) {
        try {
            action.run();
            reload();
            Notices.info(doneKey);
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
        }
    }

    /** A moment as Vietnam's local day and time, or nothing. */
    public String at(Instant moment) {
        return moment == null ? "" : VietnamTime.text(moment);
    }

    public String rate(vn.dtiplan.domain.progress.OnTimeRate rate) {
        return rateText(rate);
    }

    /** "75 % (3/4)", or a dash while nothing is counted. */
    static String rateText(vn.dtiplan.domain.progress.OnTimeRate rate) {
        return rate.percent() == null ? "—" : rate.percent() + " % (" + rate.onTime() + "/" + rate.counted() + ")";
    }

    public ReportingPeriod.Frequency[] getFrequencies() {
        return ReportingPeriod.Frequency.values();
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Long getReport() {
        return report;
    }

    public void setReport(Long report) {
        this.report = report;
    }

    public LocalDate getPeriod() {
        return period;
    }

    public void setPeriod(LocalDate period) {
        this.period = period;
    }

    public ReportingPeriod.Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(ReportingPeriod.Frequency frequency) {
        this.frequency = frequency;
    }

    public UnitReports getBoard() {
        return board;
    }

    public ReportView getOpened() {
        return opened;
    }

    /** The opened report's change history (audit trail): drafted, edited, submitted, returned, approved. */
    public List<AuditView> getChanges() {
        return changes;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
