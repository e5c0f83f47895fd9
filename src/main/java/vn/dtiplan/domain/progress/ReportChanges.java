package vn.dtiplan.domain.progress;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.plan.InheritanceState;
import vn.dtiplan.domain.plan.TimeframeKind;

/**
 * What changed in a unit's work between the previous reporting period and a report's period
 * (thay đổi so với kỳ trước), derived from what is already stored: the progress history, the
 * evidence's upload times, the decisions on inherited tasks and the change notices received.
 *
 * <p>The boundaries: a period's state is the state at the end of its last day (Vietnam time); an
 * event belongs to the report's period when it happened from the start of its first day to the end
 * of its last. So the previous period's state is "as of the end of the previous period" and nothing
 * is counted twice. Overdue is {@link Overdue} on the period's last day, or today while the period
 * is still running (a task due on the report's day is not overdue yet).
 * <ul>
 * <li><b>done</b>: reported done at the end of the period, not at the end of the previous one;</li>
 * <li><b>newly overdue</b>: overdue at the end of the period, not at the end of the previous one;</li>
 * <li><b>progress</b>: the percentage moved (from → to; a task never reported is at 0);</li>
 * <li><b>evidence</b>, <b>decisions</b> on inherited tasks, <b>amendments</b> received: those made in the period.</li>
 * </ul>
 * Simplification: due dates and inheritance states are today's (an amended due date or a later
 * decline is read back into the previous period); the progress, which is the history that matters
 * for a report, is read as it was.
 */
public final class ReportChanges {

    /** One of the unit's tasks as it stands now. */
    public record TaskFacts(long taskId, String criterionCode, String solution, TimeframeKind kind,
            InheritanceState state, LocalDate due, Instant decidedAt) {
    }

    /** One progress report of the history. */
    public record Reported(long taskId, Instant at, ProgressStatus status, int percent) {
    }

    /** A change notice the unit received. */
    public record NoticeFacts(long taskId, Instant at, List<String> fields) {
    }

    /** A task named in a change list. */
    public record TaskRef(long taskId, String criterionCode, String solution) implements Serializable {
    }

    /** A task whose percentage moved. */
    public record Move(long taskId, String criterionCode, String solution, int from, int to, ProgressStatus fromStatus,
            ProgressStatus toStatus) implements Serializable {
    }

    /** A piece of evidence added in the period. */
    public record NewEvidence(long taskId, String criterionCode, String solution, long evidenceId, String name,
            Instant at) implements Serializable {
    }

    /** A decision on an inherited task made in the period. */
    public record DecisionMade(long taskId, String criterionCode, String solution, InheritanceState state, Instant at)
            implements Serializable {
    }

    /** An amendment of a parent task received in the period: the fields changed, by their keys. */
    public record Received(long taskId, String criterionCode, String solution, List<String> fields, Instant at)
            implements Serializable {
    }

    /** The changes of one report's period. */
    public record Changes(ReportingPeriod since, ReportingPeriod period, List<TaskRef> done, List<TaskRef> newlyOverdue,
            List<Move> progress, List<NewEvidence> evidence, List<DecisionMade> decisions, List<Received> amendments)
            implements Serializable {

        /** Whether nothing changed in the period. */
        public boolean isEmpty() {
            return done.isEmpty() && newlyOverdue.isEmpty() && progress.isEmpty() && evidence.isEmpty()
                    && decisions.isEmpty() && amendments.isEmpty();
        }
    }

    private ReportChanges() {
    }

    /** The first instant of a day in Vietnam. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(VietnamTime.ZONE).toInstant();
    }

    /** The first instant of the period (events from here on belong to it). */
    public static Instant from(ReportingPeriod period) {
        return startOf(period.start());
    }

    /** The first instant after the period (its state is the state just before). */
    public static Instant until(ReportingPeriod period) {
        return startOf(period.end().plusDays(1));
    }

    /** The day the period's overdue tasks are counted on: its last day, or today while it runs. */
    public static LocalDate overdueDay(ReportingPeriod period, LocalDate today) {
        return period.end().isAfter(today) ? today : period.end();
    }

    /**
     * The changes of {@code period} against the previous period.
     *
     * @param history  progress reports of the tasks up to the end of the period (later ones are ignored)
     * @param evidence evidence of the tasks (those outside the period are ignored)
     * @param notices  change notices of the tasks (those outside the period are ignored)
     */
    public static Changes of(ReportingPeriod period, LocalDate today, Collection<TaskFacts> tasks,
            Collection<Reported> history, Collection<EvidenceSummary> evidence, Collection<NoticeFacts> notices) {
        ReportingPeriod since = period.previous();
        Instant from = from(period);
        Instant until = until(period);
        Map<Long, TaskFacts> byId = tasks.stream().collect(Collectors.toMap(TaskFacts::taskId, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        List<TaskRef> done = new ArrayList<>();
        List<TaskRef> overdue = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        Map<Long, List<Reported>> reports = history.stream().collect(Collectors.groupingBy(Reported::taskId));
        for (TaskFacts task : byId.values()) {
            List<Reported> own = reports.getOrDefault(task.taskId(), List.of());
            Optional<Reported> before = latest(own, from);
            Optional<Reported> after = latest(own, until);
            ProgressStatus was = before.map(Reported::status).orElse(null);
            ProgressStatus is = after.map(Reported::status).orElse(null);
            if (is == ProgressStatus.DONE && was != ProgressStatus.DONE) {
                done.add(ref(task));
            }
            if (overdue(task, is, overdueDay(period, today)) && !overdue(task, was, since.end())) {
                overdue.add(ref(task));
            }
            int fromPercent = before.map(Reported::percent).orElse(0);
            int toPercent = after.map(Reported::percent).orElse(0);
            if (fromPercent != toPercent) {
                moves.add(new Move(task.taskId(), task.criterionCode(), task.solution(), fromPercent, toPercent,
                        was == null ? ProgressStatus.NOT_STARTED : was, is));
            }
        }
        List<NewEvidence> added = evidence.stream().filter(e -> within(e.uploadedAt(), from, until))
                .filter(e -> byId.containsKey(e.taskId()))
                .sorted(Comparator.comparing(EvidenceSummary::uploadedAt).thenComparing(EvidenceSummary::id))
                .map(e -> {
                    TaskFacts task = byId.get(e.taskId());
                    return new NewEvidence(e.taskId(), task.criterionCode(), task.solution(), e.id(), e.name(),
                            e.uploadedAt());
                }).toList();
        List<DecisionMade> decisions = byId.values().stream()
                .filter(t -> t.state() != null && t.state() != InheritanceState.PENDING && t.decidedAt() != null)
                .filter(t -> within(t.decidedAt(), from, until))
                .sorted(Comparator.comparing(TaskFacts::decidedAt))
                .map(t -> new DecisionMade(t.taskId(), t.criterionCode(), t.solution(), t.state(), t.decidedAt())).toList();
        List<Received> amendments = notices.stream().filter(n -> within(n.at(), from, until))
                .filter(n -> byId.containsKey(n.taskId()))
                .sorted(Comparator.comparing(NoticeFacts::at))
                .map(n -> {
                    TaskFacts task = byId.get(n.taskId());
                    return new Received(n.taskId(), task.criterionCode(), task.solution(), List.copyOf(n.fields()),
                            n.at());
                }).toList();
        return new Changes(since, period, List.copyOf(done), List.copyOf(overdue), List.copyOf(moves), added, decisions,
                amendments);
    }

    private static boolean overdue(TaskFacts task, ProgressStatus status, LocalDate day) {
        return Overdue.isOverdue(task.kind(), task.state(), status, task.due(), day);
    }

    /** The last report made before {@code before} (of two at the same instant, the later in the list). */
    private static Optional<Reported> latest(List<Reported> reports, Instant before) {
        return reports.stream().filter(r -> r.at().isBefore(before)).reduce((a, b) -> b.at().isBefore(a.at()) ? a : b);
    }

    private static boolean within(Instant at, Instant from, Instant until) {
        return at != null && !at.isBefore(from) && at.isBefore(until);
    }

    private static TaskRef ref(TaskFacts task) {
        return new TaskRef(task.taskId(), task.criterionCode(), task.solution());
    }
}
