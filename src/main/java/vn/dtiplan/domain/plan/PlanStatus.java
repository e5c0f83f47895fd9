package vn.dtiplan.domain.plan;

/** A plan's life: drafted, issued (ban hành), then possibly amended or superseded by a newer plan. */
public enum PlanStatus {
    DRAFT, ISSUED, AMENDED, SUPERSEDED;

    /** Whether the plan has been issued (amended and superseded plans were issued first). */
    public boolean isIssued() {
        return this != DRAFT;
    }
}
