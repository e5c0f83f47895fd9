package vn.dtiplan.domain.progress;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import vn.dtiplan.domain.plan.InheritedTask;
import vn.dtiplan.domain.plan.Plan;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.plan.Timeframe;

/**
 * How a task stands in each calendar year, the rule of the per-year counts (issue 16: plans for
 * "năm 2024 và các năm tiếp theo").
 *
 * <p>A recurring task falls due on every occurrence of its timeframe from its first due date on,
 * up to the plan's last day (none for an open-ended plan): a "trước ngày 20/01 hằng năm" task of a
 * plan of 01/3/2024 is due on 20/01/2025, 20/01/2026, … An occurrence is met when a progress entry
 * falls in its period (after the occurrence before it, on or before it: the report's next occurrence
 * is this one, as {@link Timeframe#dueAfterReport} reads a report). In a year the task is
 * <em>overdue</em> when an occurrence of that year before today is not met, <em>done</em> when
 * every occurrence of the year is met, else <em>open</em>. So a year missed stays missed in its
 * year's count even after a late report moved the task's (single, rolling) due date on, which
 * {@link Overdue} and the kept roll-up count for the current period. A one-off task counts in the
 * year of its due date, done when finished and overdue by {@link Overdue}. A finished task (status
 * DONE) is done in every year it counts in; a declined one and an undated one (ongoing, daily, as
 * written) count in no year. Years after today's are not counted for recurring tasks.
 */
public final class YearlyDue {

    /** A task's standing in a year. */
    public enum Standing {
        DONE, OVERDUE, OPEN
    }

    /**
     * What the rule needs of a task: its timeframe, its first due date (for a recurring task the first
     * occurrence on or after the plan's date; for a one-off task its due date), the plan's last day
     * (null: open-ended), whether it is finished or declined, and the days progress was reported.
     */
    public record Facts(Timeframe timeframe, LocalDate firstDue, LocalDate lastDay, boolean finished,
                        boolean declined, Collection<LocalDate> reports) {

        public Facts {
            Objects.requireNonNull(timeframe, "timeframe");
            reports = reports == null ? List.of() : List.copyOf(reports);
        }

        /**
         * A stored task's facts: a recurring task is first due at its first occurrence on or after its
         * plan's date (an inherited copy: the date of the plan it came from; no date: its stored due
         * date), up to that plan's last day; a one-off task on its due date.
         */
        public static Facts of(Task task, ProgressStatus status, Collection<LocalDate> reports) {
            Timeframe timeframe = task.timeframe();
            Plan plan = task.inherited().map(InheritedTask::getSourcePlan).orElse(task.getPlan());
            LocalDate first = task.getDue();
            if (timeframe.kind().isRecurring() && plan != null && plan.getDate() != null) {
                first = timeframe.dueFrom(plan.getDate()).orElse(first);
            }
            boolean declined = task.inherited().map(c -> c.getState() == Overdue.NOT_OWED).orElse(false);
            return new Facts(timeframe, first, plan == null ? null : plan.lastDay().orElse(null),
                    status == Overdue.FINISHED, declined, reports);
        }
    }

    /** One year's count over some tasks: those due in it, done, overdue. */
    public record Tally(int year, int tasks, int done, int overdue) implements Serializable {

        public int open() {
            return tasks - done - overdue;
        }
    }

    private YearlyDue() {
    }

    /** The task's due dates in {@code year} (one-off: its due date if it falls in that year). */
    public static List<LocalDate> dueDatesIn(Facts task, int year) {
        if (task.declined() || task.firstDue() == null || !task.timeframe().kind().isDated()) {
            return List.of();
        }
        if (!task.timeframe().kind().isRecurring()) {
            return task.firstDue().getYear() == year ? List.of(task.firstDue()) : List.of();
        }
        return task.timeframe().dueDatesIn(year).stream().filter(d -> !d.isBefore(task.firstDue()))
                .filter(d -> task.lastDay() == null || !d.isAfter(task.lastDay())).toList();
    }

    /** The task's standing in {@code year}; empty when nothing of it falls due that year. */
    public static Optional<Standing> in(Facts task, int year, LocalDate today) {
        List<LocalDate> due = dueDatesIn(task, year);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        if (task.finished()) {
            return Optional.of(Standing.DONE);
        }
        if (!task.timeframe().kind().isRecurring()) {
            return Optional.of(due.get(0).isBefore(today) ? Standing.OVERDUE : Standing.OPEN);
        }
        boolean missed = due.stream().anyMatch(d -> d.isBefore(today) && !met(task, d));
        if (missed) {
            return Optional.of(Standing.OVERDUE);
        }
        return Optional.of(due.stream().allMatch(d -> met(task, d)) ? Standing.DONE : Standing.OPEN);
    }

    private static boolean met(Facts task, LocalDate occurrence) {
        return task.reports().stream().anyMatch(r -> !r.isAfter(occurrence)
                && task.timeframe().dueFrom(r).filter(occurrence::equals).isPresent());
    }

    /**
     * The tasks counted per year, oldest year first: every year a one-off task is due in, and for
     * recurring tasks every year from their first due date to today's (or the plan's last).
     */
    public static List<Tally> count(Collection<Facts> tasks, LocalDate today) {
        TreeMap<Integer, int[]> years = new TreeMap<>();
        for (Facts task : tasks) {
            for (int year : yearsOf(task, today)) {
                in(task, year, today).ifPresent(s -> {
                    int[] figures = years.computeIfAbsent(year, y -> new int[3]);
                    figures[0]++;
                    figures[1] += s == Standing.DONE ? 1 : 0;
                    figures[2] += s == Standing.OVERDUE ? 1 : 0;
                });
            }
        }
        List<Tally> tallies = new ArrayList<>();
        years.forEach((year, f) -> tallies.add(new Tally(year, f[0], f[1], f[2])));
        return tallies;
    }

    private static List<Integer> yearsOf(Facts task, LocalDate today) {
        if (task.firstDue() == null) {
            return List.of();
        }
        if (!task.timeframe().kind().isRecurring()) {
            return List.of(task.firstDue().getYear());
        }
        int last = task.lastDay() == null ? today.getYear() : Math.min(today.getYear(), task.lastDay().getYear());
        List<Integer> years = new ArrayList<>();
        for (int year = task.firstDue().getYear(); year <= last; year++) {
            years.add(year);
        }
        return years;
    }
}
