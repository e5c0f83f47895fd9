package vn.dtiplan.application.plan;

import java.time.LocalDate;
import vn.dtiplan.domain.plan.PlanStatus;

/** A plan in a list; {@code version} is its {@code @Version} (what a form edits). */
public record PlanSummary(long id, String unitCode, String unitName, String number, LocalDate date, String title,
                          int year, PlanStatus status, Long implementsPlanId, String implementsPlanNumber,
                          long version) {
}
