package vn.dtiplan.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import vn.dtiplan.domain.ChangeStamp;
import vn.dtiplan.domain.StampedAnswers;
import vn.dtiplan.domain.account.UserAccount;
import vn.dtiplan.domain.account.UserAccountRepository;
import vn.dtiplan.domain.reorganisation.ReorganisationRepository;
import vn.dtiplan.domain.tenancy.ScopeEnforcement;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;

/**
 * Resolves the caller's scope once per transaction and hands it to the database too.
 *
 * <p>An unknown caller, a disabled account or an account without a unit gets
 * {@link TenantScope#none()}: deny by default. The resolved scope is kept in the transaction
 * (never in a thread or a session). What it is resolved from (the account, the reorganisations) is
 * read again only when a write has ended since the last resolution ({@link StampedAnswers}), so an
 * API client does not pay two queries per call and no scope is older than the last write.
 */
@ApplicationScoped
public class Tenancy {

    private static final String KEY = Tenancy.class.getName() + ".scope";
    private static final int MAX_SUCCESSIONS = 16;
    private static final int MAX_CALLERS = 10_000;

    private final StampedAnswers<String, TenantScope> scopes = new StampedAnswers<>(MAX_CALLERS);

    @Inject
    private SecurityContext securityContext;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private ScopeEnforcement enforcement;

    @Inject
    private ReorganisationRepository reorganisations;

    @Inject
    private AdministrativeUnitRepository units;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private ChangeStamp stamp;

    @Inject
    private Instance<RequestTenantScope> requestScope;

    @Inject
    private Instance<RequestContextController> requestContexts;

    /**
     * The signed-in caller's scope; must be called inside a transaction. Resolved once per HTTP request
     * ({@link RequestTenantScope}) and handed to the database once per transaction.
     */
    public TenantScope current() {
        Object cached = transaction.getResource(KEY);
        if (cached instanceof TenantScope scope) {
            return scope;
        }
        Principal principal = securityContext.getCallerPrincipal();
        String caller = principal == null ? null : principal.getName();
        Optional<RequestTenantScope> request = requestScope();
        TenantScope scope = request.flatMap(r -> r.of(caller)).orElseGet(() -> resolve(caller));
        request.ifPresent(r -> r.keep(caller, scope));
        return enter(scope);
    }

    /** The caller's scope as the database says it now: the account's, widened by its units' predecessors. */
    private TenantScope resolve(String caller) {
        if (caller == null) {
            return TenantScope.none();
        }
        return scopes.get(caller, stamp, () -> accounts.findByUsername(caller).map(UserAccount::scope)
                .map(this::withPredecessors).orElse(TenantScope.none()));
    }

    /** The request's kept scope, or empty where no request context is active (the start-up, a thread of its own). */
    private Optional<RequestTenantScope> requestScope() {
        return requestContextActive() ? Optional.of(requestScope.get()) : Optional.empty();
    }

    /**
     * Whether a request context is active on this thread. CDI 4.0 has no query for it (CDI 4.1 adds
     * {@code BeanContainer.isContextActive}); its {@link RequestContextController} activates one only
     * where none is active and says so, so a context it had to activate is closed again at once.
     */
    private boolean requestContextActive() {
        Instance.Handle<RequestContextController> handle = requestContexts.getHandle();
        try {
            RequestContextController controller = handle.get();
            if (controller.activate()) {
                controller.deactivate();
                return false;
            }
            return true;
        } finally {
            handle.destroy();
        }
    }

    /**
     * A subtree scope also covers the predecessors of units in it, and theirs (a unit merged twice),
     * so a successor's users and everyone above read what the closed units did.
     */
    private TenantScope withPredecessors(TenantScope scope) {
        if (scope.roots().isEmpty()) {
            return scope;
        }
        Set<String> roots = new LinkedHashSet<>(scope.roots());
        for (int round = 0; round < MAX_SUCCESSIONS; round++) {
            if (!roots.addAll(reorganisations.predecessorsWithin(roots))) {
                break;
            }
        }
        roots.remove(scope.path());
        return roots.isEmpty() ? scope : TenantScope.subtree(scope.unitId().orElseThrow(), scope.path(), roots);
    }

    /** Enters the system scope (everything) for work no person asked for: migrations of data, demo data. */
    public TenantScope system() {
        return enter(TenantScope.system());
    }

    /** A unit's public scope: the unit, and its subtree scope for the reads the publication policy filters. */
    public record PublicScope(AdministrativeUnit unit, TenantScope scope) {
    }

    /**
     * Enters the public scope of the unit holding {@code code} on the request's day, for a reader
     * nobody signed in as (the public page, {@code vn.dtiplan.domain.publication.Publication}): the
     * code is looked up over the whole tree (codes and names of units are public), then the
     * transaction continues in that unit's subtree scope (no predecessors), in the database too, so
     * row-level security bounds every later read to the unit's own records. Empty (and the scope
     * none) for an unknown code. Never for a signed-in caller's own work.
     */
    public Optional<PublicScope> publication(String code) {
        Optional<AdministrativeUnit> unit = units.findByCode(enter(TenantScope.system()), code);
        TenantScope scope = enter(unit.map(u -> TenantScope.subtree(u.getId(), u.getPath())).orElse(TenantScope.none()));
        return unit.map(u -> new PublicScope(u, scope));
    }

    /**
     * Enters a wider scope for a read-only sharing policy ({@link vn.dtiplan.domain.plan.SolutionSharing}):
     * only for a transaction of its own that writes nothing and answers only what the policy shares.
     */
    public TenantScope enterForSharing(TenantScope scope) {
        return enter(scope);
    }

    /** The signed-in caller's account, read without a scope (it is the caller's own row). */
    public Optional<UserAccount> callerAccount() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? Optional.empty() : accounts.findByUsername(principal.getName());
    }

    private TenantScope enter(TenantScope scope) {
        enforcement.enforce(scope);
        transaction.putResource(KEY, scope);
        return scope;
    }
}
