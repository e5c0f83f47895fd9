package vn.dtiplan.domain.framework;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dtiplan.domain.DomainRuleException;

/**
 * The grade bands of a framework, lowest first. Rules: each band starts at a distinct total
 * within 0…the framework's maximum; a total earns the label of the highest band it reaches, and
 * no label below the lowest band (a framework without bands grades nothing).
 */
public final class GradeBands {

    private GradeBands() {
    }

    /** The bands ordered by their minimum; refused when two start at the same total or one above {@code max}. */
    public static List<GradeBand> checked(List<GradeBand> bands, BigDecimal max) {
        Set<BigDecimal> seen = new HashSet<>();
        for (GradeBand band : bands) {
            if (!seen.add(band.getMin())) {
                throw new DomainRuleException("framework.band.duplicate", Points.text(band.getMin()));
            }
            if (max != null && band.getMin().compareTo(max) > 0) {
                throw new DomainRuleException("framework.band.aboveMax", Points.text(band.getMin()), Points.text(max));
            }
        }
        return bands.stream().sorted(Comparator.comparing(GradeBand::getMin)).toList();
    }

    /** The label of the highest band the total reaches; empty without a total or below every band. */
    public static Optional<String> grade(List<GradeBand> bands, BigDecimal total) {
        if (total == null) {
            return Optional.empty();
        }
        return bands.stream().filter(b -> b.getMin().compareTo(total) <= 0)
                .max(Comparator.comparing(GradeBand::getMin)).map(GradeBand::getLabel);
    }
}
