package vn.dtiplan.domain.plan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.framework.IndexFramework;

/**
 * The solution library (thư viện giải pháp): what units planned for one criterion, and how their
 * points on it moved the year after, most effective first.
 *
 * <p>A criterion is the same across years when it has the same code in the copies of a framework:
 * the frameworks of the same issuer, level and kind ({@link #sameSeries}). A plan of year Y remedies the
 * assessment of Y − 1 (plans are drafted from last year's gaps), so its effect is measured from the
 * unit's points on the criterion in Y − 1 ({@link #yearBefore}) to its points in Y
 * ({@link #yearAfter}). The effect is measured, never guessed: an entry without both scores is
 * "not yet measured" (chưa có kết quả) and is listed after every measured one. Measured entries
 * go by effect (points won back), then by the points reached, then by unit code; the others by year,
 * newest first, then unit code.
 */
public final class SolutionLibrary {

    /** One task of one unit for the criterion, with the unit's points before and after (null: unknown). */
    public record Entry(String unitCode, String unitName, int year, long taskId, String solution, String lead,
            String timeframe, String status, BigDecimal pointsBefore, BigDecimal pointsAfter) implements Serializable {

        /** The points won (or lost) on the criterion the year after; empty while not measured. */
        public Optional<BigDecimal> effect() {
            return measured() ? Optional.of(pointsAfter.subtract(pointsBefore)) : Optional.empty();
        }

        public boolean measured() {
            return pointsBefore != null && pointsAfter != null;
        }
    }

    private static final Comparator<Entry> MEASURED = Comparator
            .comparing((Entry e) -> e.effect().orElseThrow(), Comparator.reverseOrder())
            .thenComparing(Entry::pointsAfter, Comparator.reverseOrder())
            .thenComparing(Entry::unitCode).thenComparing(Entry::taskId);

    private static final Comparator<Entry> UNMEASURED = Comparator.comparingInt(Entry::year).reversed()
            .thenComparing(Entry::unitCode).thenComparing(Entry::taskId);

    private SolutionLibrary() {
    }

    /** The year whose points a plan of {@code planYear} starts from. */
    public static int yearBefore(int planYear) {
        return planYear - 1;
    }

    /** The year whose points show a plan's effect. */
    public static int yearAfter(int planYear) {
        return planYear;
    }

    /** Whether two frameworks are copies of one another across years: same issuer, same level. */
    public static boolean sameSeries(IndexFramework a, IndexFramework b) {
        return a.getIssuerPath().equals(b.getIssuerPath()) && a.getLevel() == b.getLevel() && a.getKind().equals(b.getKind());
    }

    /** Most effective first; not yet measured last. */
    public static List<Entry> ranked(Collection<Entry> entries) {
        return java.util.stream.Stream.concat(
                entries.stream().filter(Entry::measured).sorted(MEASURED),
                entries.stream().filter(e -> !e.measured()).sorted(UNMEASURED)).toList();
    }
}
