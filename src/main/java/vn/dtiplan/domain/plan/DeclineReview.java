package vn.dtiplan.domain.plan;

/** The parent unit's review of a declined inherited task. */
public enum DeclineReview {
    /** declined, the parent unit has not reviewed it yet */
    AWAITING,
    /** the parent unit accepted the decline: the copy is finished */
    ACCEPTED
}
