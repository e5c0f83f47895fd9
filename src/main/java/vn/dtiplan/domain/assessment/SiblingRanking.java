package vn.dtiplan.domain.assessment;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The computed rank of units among their siblings of the same level. It exists only when every
 * sibling has a total: ranking 12 scored wards out of 17 would put a ward at a place it does not
 * hold. Equal totals share a rank and the next rank is skipped (1, 2, 2, 4), as published tables do.
 */
public final class SiblingRanking {

    private final Map<String, BigDecimal> totals;

    /** Totals by unit code; a null total means the unit is not scored. */
    public SiblingRanking(Map<String, BigDecimal> totals) {
        this.totals = new HashMap<>(totals);
    }

    public boolean complete() {
        return !totals.isEmpty() && !totals.containsValue(null);
    }

    /** The unit's rank, when every sibling is scored. */
    public Optional<Integer> rankOf(String unitCode) {
        BigDecimal own = totals.get(unitCode);
        if (!complete() || own == null) {
            return Optional.empty();
        }
        Collection<BigDecimal> all = totals.values();
        return Optional.of(1 + (int) all.stream().filter(t -> t.compareTo(own) > 0).count());
    }

    public int size() {
        return totals.size();
    }
}
