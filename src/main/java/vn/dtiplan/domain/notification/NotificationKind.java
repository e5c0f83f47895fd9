package vn.dtiplan.domain.notification;

/**
 * What a notification is about. Each kind is created at most once per unit and subject (the
 * subject of a kind that may recur carries its date), so creating them again changes nothing.
 */
public enum NotificationKind {
    /** the unit received inherited tasks of a plan (subject: the plan) */
    INHERITED,
    /** a task the unit inherited was changed above (subject: the change notice) */
    CHANGE_NOTICE,
    /** the parent unit accepted the unit's decline of a task */
    DECLINE_ACCEPTED,
    /** the parent unit sent a declined task back to be decided again */
    DECLINE_SENT_BACK,
    /** a task of the unit is due within {@link vn.dtiplan.domain.progress.DueState#SOON_DAYS} days */
    DUE_SOON,
    /** a task of the unit is past its due date and not done */
    OVERDUE,
    /** the unit's monthly report is due within {@link #REPORT_WARNING_DAYS} days and not submitted */
    REPORT_DUE,
    /** a child unit declined a task of this unit and awaits its review (subject: the child's copy) */
    DECLINE_TO_REVIEW,
    /** a child unit submitted a periodic report that this unit approves (subject: the report and its submission) */
    REPORT_TO_APPROVE,
    /** the parent unit returned the unit's periodic report (subject: the report and the decision) */
    REPORT_RETURNED,
    /** a task of a child unit is overdue (subject: the task and its due date) */
    CHILD_OVERDUE;

    /** How many days before the due day a unit is reminded of its report. */
    public static final int REPORT_WARNING_DAYS = 5;

    /** The bundle key of the notification's text; {0} is its label. */
    public String messageKey() {
        return "notification." + name();
    }
}
