package vn.dtiplan.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import java.util.Objects;
import java.util.Optional;
import vn.dtiplan.domain.tenancy.TenantScope;

/**
 * The caller's scope as {@link Tenancy} resolved it first in this HTTP request, kept for the request's later
 * transactions: a page calls several services, each in a transaction of its own, and each would read the
 * account and the unit's predecessors again. The scope is a snapshot of the request's start, as one
 * transaction's always was; it is kept per caller name (a sign-in changes the caller within a request) and
 * forgotten when the caller's account changes ({@link AccountCredentialsChanged}). Never outside a request
 * (timers, start-up): {@link Tenancy} then resolves per transaction as before.
 */
@RequestScoped
public class RequestTenantScope {

    private String caller;
    private TenantScope scope;

    Optional<TenantScope> of(String callerName) {
        return scope != null && Objects.equals(caller, callerName) ? Optional.of(scope) : Optional.empty();
    }

    void keep(String callerName, TenantScope resolved) {
        caller = callerName;
        scope = resolved;
    }

    void onAccountChanged(@Observes AccountCredentialsChanged changed) {
        if (changed.username().equals(caller)) {
            scope = null;
        }
    }
}
