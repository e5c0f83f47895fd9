/**
 * Assessments (kết quả đánh giá): a unit's scores on a framework in a year, self-assessed and
 * appraised, through draft → submitted → appraised → published; totals, adjustments, published
 * and computed ranks, and the gaps (points lost) every remediation plan starts from.
 */
package vn.dtiplan.domain.assessment;
