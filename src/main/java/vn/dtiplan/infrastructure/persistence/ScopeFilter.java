package vn.dtiplan.infrastructure.persistence;

import jakarta.persistence.TypedQuery;
import vn.dtiplan.domain.tenancy.TenantScope;

/**
 * The one JPQL rendering of a {@link TenantScope}. A query names the path it filters on with
 * {@link #on(String)} and binds the scope with {@link #bind(TypedQuery, TenantScope)}; a
 * {@code none()} scope must be answered before querying (repositories return nothing).
 */
final class ScopeFilter {

    private ScopeFilter() {
    }

    /** {@code (:scopeAll = TRUE OR p = :scopePath OR p LIKE :scopeDescendants)} for the path expression {@code p}. */
    static String on(String pathExpression) {
        return "(:scopeAll = TRUE OR " + pathExpression + " = :scopePath OR " + pathExpression
                + " LIKE :scopeDescendants)";
    }

    static <T> TypedQuery<T> bind(TypedQuery<T> query, TenantScope scope) {
        if (scope.isNone()) {
            throw new IllegalArgumentException("a none() scope reads nothing: answer before querying");
        }
        return query.setParameter("scopeAll", scope.isAll())
                .setParameter("scopePath", scope.path())
                .setParameter("scopeDescendants", scope.descendantsPattern());
    }
}
