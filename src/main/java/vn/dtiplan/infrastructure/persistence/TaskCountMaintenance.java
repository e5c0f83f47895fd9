package vn.dtiplan.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Set;

/**
 * Keeps {@code task_count} in step, in the transaction that changed the tasks: the default
 * interceptor of every enterprise bean ({@code ejb-jar.xml}), so no service has to remember it.
 * After the outermost business method of a transaction (a bean called by another bean in the same
 * transaction leaves it to its caller: one flush per transaction, not one per call), it flushes
 * (which fires {@link TaskCountEvents}) and recounts the units marked; a method that changed nothing
 * costs a flush with nothing to write (with woven change tracking, a look at the objects that
 * recorded a change). It also runs after an exception that leaves the transaction to commit (not
 * marked for rollback: the status is then still active).
 */
public class TaskCountMaintenance {

    private static final String DEPTH = TaskCountMaintenance.class.getName() + ".inside";

    @PersistenceContext(unitName = "dtiplan")
    private EntityManager em;

    @Inject
    private JpaTaskCounts counts;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @AroundInvoke
    public Object keep(InvocationContext invocation) throws Exception {
        if (!active()) {
            return invocation.proceed();
        }
        if (Boolean.TRUE.equals(transaction.getResource(DEPTH))) {
            return invocation.proceed();
        }
        transaction.putResource(DEPTH, Boolean.TRUE);
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception failure) {
            leave();
            throw failure;
        }
        leave();
        return result;
    }

    /** Recounts what the transaction changed, while it can still commit, and lets the next outermost call in. */
    private void leave() {
        if (active()) {
            recount();
            transaction.putResource(DEPTH, Boolean.FALSE);
        }
    }

    private boolean active() {
        return transaction.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    private void recount() {
        em.flush();
        Set<String> paths = TaskCountEvents.take();
        while (!paths.isEmpty()) {
            counts.refresh(paths);
            paths = TaskCountEvents.take();
        }
    }
}
