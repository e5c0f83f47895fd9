package vn.dtiplan.domain.plan;

import java.time.Instant;
import java.time.LocalDate;
import vn.dtiplan.domain.unit.Department;

/**
 * A child unit's decision on an inherited task: the action, the local lead department (for
 * ADOPT and ADAPT), a local wording and due date (ADAPT), a reason (DECLINE, required), who
 * decided and when, and whether the task cascades further down from this unit.
 */
public record Decision(DecisionAction action, Department leadDepartment, LocalDate due, String solution,
                       String reason, Boolean cascade, String by, Instant at) {
}
