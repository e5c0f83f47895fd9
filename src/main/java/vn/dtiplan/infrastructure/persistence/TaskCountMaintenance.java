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
 * After the business method, in an active transaction, it flushes (which fires {@link TaskCountEvents})
 * and recounts the units marked; a method that changed nothing costs a flush with nothing to write.
 * It also runs after an exception that leaves the transaction to commit (not marked for rollback:
 * the status is then still active).
 */
public class TaskCountMaintenance {

    @PersistenceContext(unitName = "dtiplan")
    private EntityManager em;

    @Inject
    private JpaTaskCounts counts;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @AroundInvoke
    public Object keep(InvocationContext invocation) throws Exception {
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception failure) {
            if (active()) {
                recount();
            }
            throw failure;
        }
        if (active()) {
            recount();
        }
        return result;
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
