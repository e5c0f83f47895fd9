package vn.dtiplan.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.dtiplan.application.report.ReportView;
import vn.dtiplan.application.report.UnitReports;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.progress.OnTimeRate;
import vn.dtiplan.domain.progress.ReportChanges;
import vn.dtiplan.domain.progress.ReportDraft;
import vn.dtiplan.domain.progress.ReportStanding;
import vn.dtiplan.domain.progress.ReportingPeriod;

/** The JSON answers of periodic reports, as records JSON-B writes; absent values are left out. */
public final class ReportJson {

    private ReportJson() {
    }

    static ReportingPeriod.Frequency frequency(String words) {
        if (words == null || words.isBlank()) {
            return ReportingPeriod.Frequency.MONTHLY;
        }
        try {
            return ReportingPeriod.Frequency.valueOf(words.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleException("report.frequency.invalid", words);
        }
    }

    /** One report. */
    public record Report(long id, String unitCode, String unitName, String frequency, LocalDate periodStart,
                         LocalDate periodEnd, LocalDate due, String label, String status, long version, Figures figures,
                         boolean mayEdit, boolean mayDecide, String body, String draftedBy, Instant draftedAt,
                         String editedBy, Instant editedAt, String submittedBy, Instant submittedAt, Boolean onTime,
                         String decidedBy, Instant decidedAt, String returnComment) {

        static Report of(ReportView r) {
            return new Report(r.id(), r.unitCode(), r.unitName(), r.frequency().name(), r.periodStart(), r.periodEnd(),
                    r.due(), r.label(), r.status().name(), r.version(), Figures.of(r.figures()), r.mayEdit(),
                    r.mayDecide(), r.body(), r.draftedBy(), r.draftedAt(), r.editedBy(), r.editedAt(), r.submittedBy(),
                    r.submittedAt(), r.onTime(), r.decidedBy(), r.decidedAt(), r.returnComment());
        }
    }

    /** The progress figures a report was drafted from. */
    public record Figures(int tasks, int done, int inProgress, int overdue, int percentDone) {

        static Figures of(ReportDraft.Figures f) {
            return new Figures(f.tasks(), f.done(), f.inProgress(), f.overdue(), f.percentDone());
        }
    }

    /** A unit's reports, its on-time rate, and its children's reports for one period. */
    public record Unit(String unitCode, String name, Rate onTime, List<Report> reports, Period period,
                       List<Child> children) {

        static Unit of(UnitReports u) {
            return new Unit(u.unitCode(), u.unitName(), Rate.of(u.onTime()),
                    u.reports().stream().map(Report::of).toList(), Period.of(u.period(), u.periodLabel()),
                    u.children().stream().map(c -> new Child(c.unitCode(), c.unitName(), Rate.of(c.onTime()),
                            c.report() == null ? null : Report.of(c.report()))).toList());
        }
    }

    /** A child unit and its report for the period (absent while it has none). */
    public record Child(String unitCode, String name, Rate onTime, Report report) {
    }

    /** A reporting period. */
    public record Period(String frequency, LocalDate start, LocalDate due, String label) {

        static Period of(ReportingPeriod period, String label) {
            return new Period(period.frequency().name(), period.start(), period.due(), label);
        }
    }

    /** A unit's standing on one period's report: {@code status} (or {@code MISSING}), {@code late}, the report's {@code id}. */
    public record Standing(String status, boolean late, Long id) {

        static Standing of(ReportStanding standing) {
            return new Standing(standing.key(), standing.late(), standing.reportId());
        }
    }

    /** On-time reporting: reports on time of those counted, and the percentage when any is counted. */
    public record Rate(int onTime, int counted, Integer percent) {

        static Rate of(OnTimeRate rate) {
            return new Rate(rate.onTime(), rate.counted(), rate.percent());
        }
    }

    /** What changed since the previous period ({@code GET /reports/{id}/changes}); {@code since} is the previous period's label. */
    public record Changes(String since, LocalDate sinceStart, LocalDate sinceEnd, String period, boolean unchanged,
                          List<TaskRef> done, List<TaskRef> newlyOverdue, List<Move> progress, List<NewEvidence> evidence,
                          List<Decision> decisions, List<Amendment> amendments) {

        static Changes of(ReportChanges.Changes c) {
            return new Changes(ReportDraft.label(c.since()), c.since().start(), c.since().end(), ReportDraft.label(c.period()),
                    c.isEmpty(), c.done().stream().map(t -> new TaskRef(t.taskId(), t.criterionCode(), t.solution())).toList(),
                    c.newlyOverdue().stream().map(t -> new TaskRef(t.taskId(), t.criterionCode(), t.solution())).toList(),
                    c.progress().stream().map(m -> new Move(m.taskId(), m.criterionCode(), m.solution(), m.from(), m.to(),
                            m.fromStatus().name(), m.toStatus() == null ? null : m.toStatus().name())).toList(),
                    c.evidence().stream().map(e -> new NewEvidence(e.taskId(), e.criterionCode(), e.solution(), e.evidenceId(),
                            e.name(), e.at())).toList(),
                    c.decisions().stream().map(d -> new Decision(d.taskId(), d.criterionCode(), d.solution(), d.state().name(),
                            d.at())).toList(),
                    c.amendments().stream().map(a -> new Amendment(a.taskId(), a.criterionCode(), a.solution(), a.fields(),
                            a.at())).toList());
        }
    }

    /** A task in a change list. */
    public record TaskRef(long taskId, String criterionCode, String solution) {
    }

    /** A task whose percentage moved: {@code from} and {@code to} are percentages. */
    public record Move(long taskId, String criterionCode, String solution, int from, int to, String fromStatus,
                       String toStatus) {
    }

    /** Evidence added in the period. */
    public record NewEvidence(long taskId, String criterionCode, String solution, long evidenceId, String name, Instant at) {
    }

    /** A decision on an inherited task made in the period: {@code state} ADOPTED, ADAPTED or DECLINED. */
    public record Decision(long taskId, String criterionCode, String solution, String state, Instant at) {
    }

    /** An amendment of a parent task received in the period: the fields it changed. */
    public record Amendment(long taskId, String criterionCode, String solution, List<String> fields, Instant at) {
    }
}
