package vn.dtiplan.domain.document;

import java.util.List;
import java.util.Objects;
import vn.dtiplan.domain.document.PlanFacts.TaskFacts;

/**
 * How often the units report on a plan, as its "Chế độ báo cáo" paragraph says it: the plan's
 * own schedule is the shortest recurring timeframe among its tasks (a plan of monthly tasks
 * reports monthly; one whose tasks come back each quarter, half-year or year reports that
 * often), on the 20th like the seeds. A plan with no recurring task reports monthly, as the seeds do.
 */
public enum ReportingSchedule {
    MONTHLY("Định kỳ ngày 20 hằng tháng"),
    QUARTERLY("Định kỳ hằng quý, trước ngày 20 tháng cuối quý"),
    HALF_YEARLY("Định kỳ 6 tháng, trước ngày 20/6 và 20/12"),
    YEARLY("Định kỳ hằng năm, trước ngày 20/12");

    private final String sentence;

    ReportingSchedule(String sentence) {
        this.sentence = sentence;
    }

    /** The opening words of the reporting sentence. */
    public String sentence() {
        return sentence;
    }

    public static ReportingSchedule of(List<TaskFacts> tasks) {
        return tasks.stream().map(TaskFacts::timeframeKind).filter(Objects::nonNull).map(ReportingSchedule::ofKind)
                .filter(Objects::nonNull).min(Enum::compareTo).orElse(MONTHLY);
    }

    private static ReportingSchedule ofKind(String kind) {
        return switch (kind) {
            case "DAILY", "MONTHLY" -> MONTHLY;
            case "QUARTERLY", "QUARTERS" -> QUARTERLY;
            case "HALF_YEARLY" -> HALF_YEARLY;
            case "YEARLY" -> YEARLY;
            default -> null;
        };
    }
}
