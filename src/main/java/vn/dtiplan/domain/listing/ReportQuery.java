package vn.dtiplan.domain.listing;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.dtiplan.domain.progress.ReportStatus;
import vn.dtiplan.domain.progress.ReportingPeriod;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * The filters of the report list over a unit's subtree: {@code q} words in the reporting unit's
 * name or its code, the report's {@code status}, its {@code frequency}, the reporting unit's
 * {@code level}, and a day its period contains; absent values do not filter.
 */
public record ReportQuery(String q, ReportStatus status, ReportingPeriod.Frequency frequency, UnitLevel level,
                          LocalDate period) implements Serializable {

    public static final ReportQuery NONE = new ReportQuery(null, null, null, null, null);

    public ReportQuery {
        q = Texts.trimmed(q);
    }

    /** @throws InvalidQueryException for an unknown status, frequency or level, or a day that is not YYYY-MM-DD */
    public static ReportQuery parse(String q, String status, String frequency, String level, String period) {
        LocalDate day = null;
        if (period != null && !period.isBlank()) {
            try {
                day = LocalDate.parse(period.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidQueryException("request.filter.invalid", "period", period);
            }
        }
        return new ReportQuery(q, Texts.constant(ReportStatus.class, status, "status"),
                Texts.constant(ReportingPeriod.Frequency.class, frequency, "frequency"),
                Texts.constant(UnitLevel.class, level, "level"), day);
    }

    public String pattern() {
        return Texts.pattern(q);
    }
}
