package vn.dtiplan.domain.plan;

/**
 * An assessment a plan answers (căn cứ kết quả đánh giá): the framework it was scored on and
 * the year, of the plan's own unit.
 */
public record AnsweredAssessment(long frameworkId, int year) {
}
