package vn.dtiplan.application.plan;

import java.time.LocalDate;

/**
 * A child unit's decision as asked: the action ({@code ADOPT}, {@code ADAPT}, {@code DECLINE}),
 * the local lead department (a name or an id of one of the unit's departments), a local due
 * date and wording (ADAPT), a reason (DECLINE), and whether the task cascades further.
 */
public record DecisionRequest(String action, String leadDepartment, LocalDate due, String solution, String reason,
                              Boolean cascade) {
}
