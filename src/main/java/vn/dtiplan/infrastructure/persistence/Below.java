package vn.dtiplan.infrastructure.persistence;

import jakarta.persistence.TypedQuery;
import vn.dtiplan.domain.tenancy.UnitPath;

/**
 * The rows of the units one or more levels below a unit, selected by path (one statement text whatever the
 * size of the subtree): {@code path like 'p.%' and path not like 'p.%.%…'}. The board's reads of units,
 * reports and assessments all take it; the caller's scope is still added with {@link ScopeFilter}.
 */
final class Below {

    private Below() {
    }

    /** The predicate on {@code pathExpression}, with the parameters {@code below} and {@code deeper}. */
    static String levels(String pathExpression) {
        return pathExpression + " like :below and " + pathExpression + " not like :deeper";
    }

    /** Binds the parameters of {@link #levels} for the units at most {@code levels} below {@code parentPath}. */
    static <T> TypedQuery<T> bind(TypedQuery<T> query, String parentPath, int levels) {
        UnitPath parent = UnitPath.of(parentPath);
        return query.setParameter("below", parent.descendantsPattern()).setParameter("deeper", parent.deeperThanPattern(levels));
    }
}
