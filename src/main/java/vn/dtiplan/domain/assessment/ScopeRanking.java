package vn.dtiplan.domain.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unit's ranks at several scopes on one framework: for each scope (an ancestor of the unit)
 * the published rank, if one was published, and the computed rank among every unit of that scope
 * at the unit's level, which exists only when all of them are scored on the framework (see
 * {@link SiblingRanking}: ranking 12 scored wards out of 17 would put a ward at a place it does
 * not hold). Published ranks come first, in the order they were published, then computed ones
 * from the nearest scope outwards.
 */
public final class ScopeRanking {

    /** One rank: {@code published} tells a published rank from a computed one. */
    public record Rank(String scope, int rank, int of, boolean published) {
    }

    private ScopeRanking() {
    }

    /**
     * The published ranks followed by the computed ones.
     *
     * @param totalsByScope for each scope code, nearest first, the totals of the units of that
     *                      scope at the unit's level by unit code (null: not scored on the framework)
     */
    public static List<Rank> of(String unitCode, List<PublishedRank> published,
                                Map<String, Map<String, BigDecimal>> totalsByScope) {
        List<Rank> ranks = new ArrayList<>();
        published.forEach(p -> ranks.add(new Rank(p.getScope(), p.getRank(), p.getOf(), true)));
        totalsByScope.forEach((scope, totals) -> computed(unitCode, totals)
                .ifPresent(rank -> ranks.add(new Rank(scope, rank, totals.size(), false))));
        return ranks;
    }

    private static Optional<Integer> computed(String unitCode, Map<String, BigDecimal> totals) {
        return new SiblingRanking(totals).rankOf(unitCode);
    }
}
