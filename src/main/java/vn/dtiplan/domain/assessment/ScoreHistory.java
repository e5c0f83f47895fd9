package vn.dtiplan.domain.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A unit's totals year on year on one kind of index, across reorganisations: the unit's own
 * assessments and those of the units it succeeded (merged, absorbed, handed over), each
 * predecessor on its own line under its own name and code — never summed or averaged into the
 * successor, since a merged ward's "score" before it existed is no fact. Newest year first; in a
 * year, the unit's own line first, then its predecessors by code.
 */
public final class ScoreHistory {

    /** One assessment's total; {@code predecessor} when it is a unit this one succeeded. */
    public record Line(int year, String unitCode, String unitName, BigDecimal total, BigDecimal max,
                       AssessmentStatus status, boolean predecessor) implements Serializable {
    }

    private ScoreHistory() {
    }

    /** The lines of {@code assessments} of {@code kind}, where {@code ownUnitId} is the unit the history is of. */
    public static List<Line> of(long ownUnitId, Collection<Assessment> assessments, String kind, Set<Long> predecessors) {
        return assessments.stream()
                .filter(a -> a.getFramework().getKind().equals(kind))
                .filter(a -> a.getUnit().getId() == ownUnitId || predecessors.contains(a.getUnit().getId()))
                .map(a -> new Line(a.getYear(), a.getUnit().getCode(), a.getUnit().getName(), a.scorecard().total(),
                        a.getFramework().max(), a.getStatus(), a.getUnit().getId() != ownUnitId))
                .sorted(Comparator.comparingInt(Line::year).reversed().thenComparing(Line::predecessor)
                        .thenComparing(Line::unitCode))
                .toList();
    }
}
