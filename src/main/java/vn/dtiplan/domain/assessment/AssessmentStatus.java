package vn.dtiplan.domain.assessment;

/**
 * The assessment workflow: the unit scores itself, submits, the province appraises and publishes.
 *
 * <p>Only an appraised or published assessment counts in a ranking, on a board or as a unit's
 * result: a draft or a submitted self-assessment is the unit's own claim, so no ranking lists it
 * (and a ranking that needs every sibling scored waits for it). An appraiser's scores on a draft
 * appraise it ({@link Assessment#appraisedBy}), so a unit the province scores directly counts.
 */
public enum AssessmentStatus {
    DRAFT, SUBMITTED, APPRAISED, PUBLISHED;

    /** Whether an assessment in this state counts in rankings, boards and a unit's results. */
    public boolean counts() {
        return this == APPRAISED || this == PUBLISHED;
    }
}
