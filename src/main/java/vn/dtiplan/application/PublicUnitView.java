package vn.dtiplan.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public page of a unit shows (docs/api.md, {@code GET /public/units/{code}}): issued plans
 * with their progress, the on-time reporting rate (0..100, null before any report is due) and the
 * published scores, newest year first. Nothing in it names a person.
 */
public record PublicUnitView(String code, String name, List<PlanLine> plans, Integer onTimeReporting,
        List<ScoreLine> scores) implements Serializable {

    private static final long serialVersionUID = 1L;

    public record PlanLine(String number, String title, LocalDate issued, int tasks, int done, int overdue)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** One published score; {@code rank} and {@code of} are null when no rank was published. */
    public record ScoreLine(int year, String kind, BigDecimal total, BigDecimal max, Integer rank, Integer of)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }
}
