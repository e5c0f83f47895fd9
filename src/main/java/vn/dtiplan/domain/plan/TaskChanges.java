package vn.dtiplan.domain.plan;

import java.time.LocalDate;
import java.util.List;

/** An edit of a task: each field {@code null} stays as it is. */
public record TaskChanges(String criterionCode, String solution, String lead, List<String> coordinating,
                          String target, String evidence, String timeframe, LocalDate due, Boolean cascade) {
}
