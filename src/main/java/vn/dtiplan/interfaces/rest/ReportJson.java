package vn.dtiplan.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import vn.dtiplan.application.report.ReportView;
import vn.dtiplan.application.report.UnitReports;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.progress.OnTimeRate;
import vn.dtiplan.domain.progress.ReportStanding;
import vn.dtiplan.domain.progress.ReportingPeriod;

/** The JSON shapes of periodic reports; absent values are left out. */
final class ReportJson {

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

    static JsonObjectBuilder report(ReportView r) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("id", r.id()).add("unitCode", r.unitCode()).add("unitName", r.unitName())
                .add("frequency", r.frequency().name()).add("periodStart", r.periodStart().toString())
                .add("periodEnd", r.periodEnd().toString()).add("due", r.due().toString()).add("label", r.label())
                .add("status", r.status().name()).add("version", r.version())
                .add("figures", Json.createObjectBuilder().add("tasks", r.figures().tasks())
                        .add("done", r.figures().done()).add("inProgress", r.figures().inProgress())
                        .add("overdue", r.figures().overdue()).add("percentDone", r.figures().percentDone()))
                .add("mayEdit", r.mayEdit()).add("mayDecide", r.mayDecide());
        optional(o, "body", r.body());
        optional(o, "draftedBy", r.draftedBy());
        optional(o, "draftedAt", r.draftedAt());
        optional(o, "editedBy", r.editedBy());
        optional(o, "editedAt", r.editedAt());
        optional(o, "submittedBy", r.submittedBy());
        optional(o, "submittedAt", r.submittedAt());
        if (r.onTime() != null) {
            o.add("onTime", r.onTime());
        }
        optional(o, "decidedBy", r.decidedBy());
        optional(o, "decidedAt", r.decidedAt());
        optional(o, "returnComment", r.returnComment());
        return o;
    }

    static JsonObjectBuilder unit(UnitReports u) {
        JsonArrayBuilder own = Json.createArrayBuilder();
        u.reports().forEach(r -> own.add(report(r)));
        JsonArrayBuilder children = Json.createArrayBuilder();
        u.children().forEach(c -> {
            JsonObjectBuilder child = Json.createObjectBuilder().add("unitCode", c.unitCode()).add("name", c.unitName())
                    .add("onTime", rate(c.onTime()));
            if (c.report() != null) {
                child.add("report", report(c.report()));
            }
            children.add(child);
        });
        return Json.createObjectBuilder().add("unitCode", u.unitCode()).add("name", u.unitName())
                .add("onTime", rate(u.onTime())).add("reports", own)
                .add("period", period(u.period(), u.periodLabel()))
                .add("children", children);
    }

    static JsonObjectBuilder period(ReportingPeriod period, String label) {
        return Json.createObjectBuilder().add("frequency", period.frequency().name())
                .add("start", period.start().toString()).add("due", period.due().toString()).add("label", label);
    }

    /** A unit's standing on one period's report: {@code status} (or {@code MISSING}), {@code late}, the report's {@code id}. */
    static JsonObjectBuilder standing(ReportStanding standing) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("status", standing.key()).add("late", standing.late());
        if (standing.reportId() != null) {
            o.add("id", standing.reportId());
        }
        return o;
    }

    static JsonObjectBuilder rate(OnTimeRate rate) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("onTime", rate.onTime()).add("counted", rate.counted());
        if (rate.percent() != null) {
            o.add("percent", rate.percent());
        }
        return o;
    }

    private static void optional(JsonObjectBuilder o, String name, Object value) {
        if (value != null) {
            o.add(name, value.toString());
        }
    }
}
