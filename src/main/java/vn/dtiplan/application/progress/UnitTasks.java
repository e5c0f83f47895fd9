package vn.dtiplan.application.progress;

import java.util.List;
import vn.dtiplan.domain.progress.PillarTally;
import vn.dtiplan.domain.progress.YearlyDue;

/**
 * A unit's live tasks, their counts by pillar (empty when the pillars are not known) and per year
 * ({@link YearlyDue}: a recurring task counts in every year it falls due).
 */
public record UnitTasks(List<TaskProgressRow> tasks, List<PillarTally> byPillar, List<YearlyDue.Tally> byYear) {
}
