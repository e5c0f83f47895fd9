package vn.dtiplan.infrastructure.persistence;

import jakarta.persistence.TypedQuery;
import jakarta.persistence.Parameter;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** Binds the scope parameters the query names (not every predicate uses all of them). */
    static <T> TypedQuery<T> bind(TypedQuery<T> query, TenantScope scope) {
        Set<String> named = query.getParameters().stream().map(Parameter::getName).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        for (Map.Entry<String, Object> parameter : Visibility.jpqlParameters(scope).entrySet()) {
            if (named.contains(parameter.getKey())) {
                query.setParameter(parameter.getKey(), parameter.getValue());
            }
        }
        return query;
    }
}
