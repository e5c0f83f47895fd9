package vn.dtiplan.domain.assessment;

/** The assessment workflow: the unit scores itself, submits, the province appraises and publishes. */
public enum AssessmentStatus {
    DRAFT, SUBMITTED, APPRAISED, PUBLISHED
}
