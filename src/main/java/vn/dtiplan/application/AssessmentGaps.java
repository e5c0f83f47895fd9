package vn.dtiplan.application;

import java.util.List;

/**
 * The gaps of a unit's assessment in a year: the input of a remediation plan. Stable contract
 * for plan drafting: pillar gaps (every pillar below its maximum) and criterion gaps (every
 * criterion scored below its maximum), each most points lost first.
 */
public record AssessmentGaps(String unitCode, int year, String frameworkName,
                             List<AssessmentView.PillarGap> pillars, List<AssessmentView.CriterionGap> criteria) {
}
