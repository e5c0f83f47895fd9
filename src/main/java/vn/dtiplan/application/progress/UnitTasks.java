package vn.dtiplan.application.progress;

import java.util.List;
import vn.dtiplan.domain.progress.PillarTally;

/** A unit's live tasks and their counts by pillar (empty when the pillars are not known). */
public record UnitTasks(List<TaskProgressRow> tasks, List<PillarTally> byPillar) {
}
