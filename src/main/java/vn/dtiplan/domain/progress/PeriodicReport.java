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
import java.time.ZoneId;
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
 * unlocks it. A report is on time when first submitted on or before its due day (Vietnam time).
 */
@Entity
@Table(name = "periodic_report")
public class PeriodicReport {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

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

    @Version
    private long version;

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

    public void edit(String newBody) {
        requireEditable();
        this.body = newBody;
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

    public void approve(String by, Instant at) {
        requireSubmitted();
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
        return firstSubmittedAt != null && !firstSubmittedAt.atZone(VIETNAM).toLocalDate().isAfter(periodEnd);
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
}
