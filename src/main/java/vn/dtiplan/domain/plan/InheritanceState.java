package vn.dtiplan.domain.plan;

/** Where a child unit stands on an inherited task. */
public enum InheritanceState {
    /** received, not yet decided */
    PENDING,
    /** adopted as is, assigned to a local department */
    ADOPTED,
    /** adopted with local wording, lead department or an earlier due date */
    ADAPTED,
    /** declined with a reason the parent unit reviews */
    DECLINED;

    /** Whether the child unit has taken the task into its own work. */
    public boolean isTakenOn() {
        return this == ADOPTED || this == ADAPTED;
    }
}
