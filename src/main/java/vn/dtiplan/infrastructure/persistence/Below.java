package vn.dtiplan.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import vn.dtiplan.domain.tenancy.UnitPath;

/**
 * The rows of the units one or more levels below a unit, selected by path (one statement text whatever the
 * size of the subtree): {@code path like 'p.%' and path not like 'p.%.%…'}, and on PostgreSQL the subtree's
 * byte range beside it ({@link SubtreeRange}), so that row-level security checks only the subtree's rows. The
 * board's reads of units, reports and assessments all take it; the caller's scope is still added with
 * {@link ScopeFilter}.
 */
final class Below {

    private Below() {
    }

    /** The predicate on {@code pathExpression} for the database of {@code em} ({@link #bind} binds it). */
    static String levels(EntityManager em, String pathExpression) {
        return levels(pathExpression, SubtreeRange.applies(em));
    }

    /** The predicate on {@code pathExpression}, with the range of {@link SubtreeRange#jpql} if {@code ranged}. */
    static String levels(String pathExpression, boolean ranged) {
        String levels = pathExpression + " like :below and " + pathExpression + " not like :deeper";
        return ranged ? levels + " and " + SubtreeRange.jpql(pathExpression) : levels;
    }

    /** Binds the parameters of {@link #levels} for the units at most {@code levels} below {@code parentPath}. */
    static <T> TypedQuery<T> bind(TypedQuery<T> query, String parentPath, int levels) {
        UnitPath parent = UnitPath.of(parentPath);
        return SubtreeRange.bind(query, parentPath).setParameter("below", parent.descendantsPattern())
                .setParameter("deeper", parent.deeperThanPattern(levels));
    }
}
