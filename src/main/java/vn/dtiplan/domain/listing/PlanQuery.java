package vn.dtiplan.domain.listing;

import java.io.Serializable;
import vn.dtiplan.domain.plan.PlanStatus;

/** The filters of a unit's plan list: words in its number or title, its status, its year; absent values do not filter. */
public record PlanQuery(String q, PlanStatus status, Integer year) implements Serializable {

    public static final PlanQuery NONE = new PlanQuery(null, null, null);

    public PlanQuery {
        q = Texts.trimmed(q);
    }

    /** @throws InvalidQueryException for an unknown status or a year that is not a number */
    public static PlanQuery parse(String q, String status, String year) {
        Integer y = null;
        if (year != null && !year.isBlank()) {
            try {
                y = Integer.valueOf(year.strip());
            } catch (NumberFormatException e) {
                throw new InvalidQueryException("request.filter.invalid", "year", year);
            }
        }
        return new PlanQuery(q, Texts.constant(PlanStatus.class, status, "status"), y);
    }

    public String pattern() {
        return Texts.pattern(q);
    }
}
