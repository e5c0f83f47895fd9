package vn.dtiplan.domain.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.StateConflictException;

/**
 * A unit's periodic report (báo cáo định kỳ) to its parent unit for one period.
 *
 * <p>Rules: the text is drafted from the unit's task progress and may be edited while the
 * report is a draft or was returned; a submitted report is locked. A unit may submit only when
 * every child unit's report for the same period is in (submitted or approved), so roll-ups never
 * go up with holes. The parent approves it, or returns it with a comment (required), which
 * unlocks it. The same gate applies when the parent approves: a child's report returned after
 * the unit submitted holds the unit's approval until it is in again. A report is on time when
 * first submitted on or before its due day (Vietnam time). Who drafted, edited, submitted and
 * decided, and when, is kept on the report; the audit trail keeps every step.
 */
@Entity
@Table(name = "periodic_report")
public class PeriodicReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "unit_path", nullable = false, length = 400)
    private String unitPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportingPeriod.Frequency frequency;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportStatus status = ReportStatus.DRAFT;

    @Column(length = 20000)
    private String body;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "return_comment", length = 2000)
    private String returnComment;

    @Column(name = "drafted_by", length = 64)
    private String draftedBy;

    @Column(name = "drafted_at")
    private Instant draftedAt;

    @Column(name = "edited_by", length = 64)
    private String editedBy;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "task_count", nullable = false)
    private int taskCount;

    @Column(name = "done_count", nullable = false)
    private int doneCount;

    @Column(name = "in_progress_count", nullable = false)
    private int inProgressCount;

    @Column(name = "overdue_count", nullable = false)
    private int overdueCount;

    @Version
    private long version;

    public static final int MAX_BODY = 20000;

    protected PeriodicReport() {
    }

    public PeriodicReport(Long unitId, String unitPath, ReportingPeriod period, String body) {
        this.unitId = Objects.requireNonNull(unitId);
        this.unitPath = Objects.requireNonNull(unitPath);
        this.frequency = period.frequency();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.body = body;
    }

    /** A new draft of the unit's report from its task progress, drafted by {@code by} at {@code at}. */
    public static PeriodicReport drafted(Long unitId, String unitPath, ReportingPeriod period, ReportDraft draft,
            String by, Instant at) {
        PeriodicReport report = new PeriodicReport(unitId, unitPath, period, null);
        report.redraft(draft, by, at);
        return report;
    }

    /** Replaces the text and figures with a fresh draft (the unit's edits are lost); only while editable. */
    public void redraft(ReportDraft draft, String by, Instant at) {
        requireEditable();
        body = draft.body();
        ReportDraft.Figures figures = draft.figures();
        taskCount = figures.tasks();
        doneCount = figures.done();
        inProgressCount = figures.inProgress();
        overdueCount = figures.overdue();
        draftedBy = by;
        draftedAt = at;
    }

    public void edit(String newBody, String by, Instant at) {
        requireEditable();
        if (newBody == null || newBody.isBlank()) {
            throw new DomainRuleException("report.body.required");
        }
        if (newBody.length() > MAX_BODY) {
            throw new DomainRuleException("report.body.tooLong", MAX_BODY);
        }
        this.body = newBody;
        editedBy = by;
        editedAt = at;
    }

    /**
     * Submits to the parent unit.
     *
     * @param childrenNotIn names of child units whose report for this period is not in yet
     */
    public void submit(String by, Instant at, List<String> childrenNotIn) {
        requireEditable();
        if (!childrenNotIn.isEmpty()) {
            throw new DomainRuleException("report.children.missing", String.join(", ", childrenNotIn));
        }
        status = ReportStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
        }
    }

    /**
     * The parent unit approves.
     *
     * @param childrenNotIn names of this unit's child units whose report for this period is not in
     */
    public void approve(String by, Instant at, List<String> childrenNotIn) {
        requireSubmitted();
        if (!childrenNotIn.isEmpty()) {
            throw new DomainRuleException("report.approve.childrenMissing", String.join(", ", childrenNotIn));
        }
        status = ReportStatus.APPROVED;
        decidedBy = by;
        decidedAt = at;
        returnComment = null;
    }

    public void returnToUnit(String by, Instant at, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new DomainRuleException("report.return.comment");
        }
        requireSubmitted();
        status = ReportStatus.RETURNED;
        decidedBy = by;
        decidedAt = at;
        returnComment = comment.strip();
    }

    /** Whether the report was first submitted on or before its due day; false while never submitted. */
    public boolean onTime() {
        return state().onTime();
    }

    /** The report without its text, as boards weigh it. */
    public ReportState state() {
        return new ReportState(id == null ? 0 : id, unitPath, period(), status, firstSubmittedAt);
    }

    public boolean wasSubmitted() {
        return firstSubmittedAt != null;
    }

    public ReportingPeriod period() {
        return new ReportingPeriod(frequency, periodStart, periodEnd);
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new StateConflictException("report.locked");
        }
    }

    private void requireSubmitted() {
        if (status != ReportStatus.SUBMITTED) {
            throw new StateConflictException("report.notSubmitted");
        }
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getBody() {
        return body;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public Instant getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public String getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public ReportDraft.Figures figures() {
        return new ReportDraft.Figures(taskCount, doneCount, inProgressCount, overdueCount);
    }

    public long getVersion() {
        return version;
    }
}
