package vn.dtiplan.domain.assessment;

/**
 * Who gave a score: the unit itself (tự chấm) or an appraiser above it (thẩm định).
 * The appraised value, when there is one, is the one that counts.
 */
public enum ScoreSide {
    SELF, APPRAISAL
}
