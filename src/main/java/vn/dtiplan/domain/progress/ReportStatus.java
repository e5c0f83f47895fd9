package vn.dtiplan.domain.progress;

/** The life of a periodic report: edited as a draft, locked once submitted, then approved or returned. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED;

    /** Whether the parent may count this report as in (its own report may then go up). */
    public boolean isIn() {
        return this == SUBMITTED || this == APPROVED;
    }

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
