package vn.dtiplan.application.progress;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.dtiplan.application.plan.TargetView;
import vn.dtiplan.domain.progress.DueState;
import vn.dtiplan.domain.progress.ProgressStatus;

/**
 * One task as dashboards list it: what, who leads, when, how far, and how it stands against its
 * due date. {@code state} is the adoption state of an inherited task (null for the unit's own);
 * {@code lastUpdate} the day of the last progress report (null when never reported);
 * {@code evidenceCount} how many files and links back it; {@code pillar} the index pillar it aims at on
 * the unit's latest scored assessment (null when unknown); {@code target} its measurable target
 * against the latest value measured (null when it has none).
 */
public record TaskProgressRow(long taskId, String planNumber, String criterionCode, BigDecimal pointsAtStake,
        String solution, String lead, String timeframe, LocalDate due, String state, ProgressStatus status,
        int percent, DueState dueState, LocalDate lastUpdate, long evidenceCount, String pillar,
        TargetView target) implements Serializable {

    public TaskProgressRow(long taskId, String planNumber, String criterionCode, BigDecimal pointsAtStake,
                           String solution, String lead, String timeframe, LocalDate due, String state,
                           ProgressStatus status, int percent, DueState dueState, LocalDate lastUpdate,
                           long evidenceCount, String pillar) {
        this(taskId, planNumber, criterionCode, pointsAtStake, solution, lead, timeframe, due, state, status, percent,
                dueState, lastUpdate, evidenceCount, pillar, null);
    }
}
