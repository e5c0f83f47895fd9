package vn.dtiplan.infrastructure.persistence;

import jakarta.persistence.TypedQuery;
import java.util.Map;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.tenancy.Visibility;

/**
 * Binds the JPQL renderings of {@link Visibility} to a query. A query names the path it filters
 * on with {@link #on(String)} (or another {@code Visibility} predicate) and binds the scope with
 * {@link #bind(TypedQuery, TenantScope)}; a {@code none()} scope must be answered before
 * querying (repositories return nothing).
 */
final class ScopeFilter {

    private ScopeFilter() {
    }

    /** {@link Visibility#coversJpql(String)} for the path expression. */
    static String on(String pathExpression) {
        return Visibility.coversJpql(pathExpression);
    }

    /**
     * Refuses a write outside the scope as not found, like a read ({@link Visibility#writes});
     * the row-level security policies' {@code WITH CHECK} refuses it again on PostgreSQL.
     */
    static void requireWritable(TenantScope scope, String unitPath) {
        if (!Visibility.writes(scope, unitPath)) {
            throw new RecordNotFoundException();
        }
    }

    static <T> TypedQuery<T> bind(TypedQuery<T> query, TenantScope scope) {
        for (Map.Entry<String, Object> parameter : Visibility.jpqlParameters(scope).entrySet()) {
            query.setParameter(parameter.getKey(), parameter.getValue());
        }
        return query;
    }
}
