package vn.dtiplan.infrastructure.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Which transactions write. On either database it tells {@link DatabaseChangeStamp} that the current
 * transaction has written (it then gets no stamp); on H2 it is also the stamp itself: a count, in this
 * JVM, of the transactions that wrote and have ended (H2 in a file is opened by one instance only, so
 * every write goes through this JVM). A transaction counts as writing at its first entity insert, update or
 * delete, or its first bulk or native update, all seen through EclipseLink's events; work written
 * with plain JDBC on the transaction's connection calls {@link #note}. The count goes up after the
 * transaction has ended (committed or rolled back), before the caller hears of it: an answer computed
 * from data read before the commit was read under the old count, so it is not given again.
 */
final class WriteEvents extends SessionEventAdapter {

    private static final Logger LOG = Logger.getLogger(WriteEvents.class.getName());
    private static final String KEY = WriteEvents.class.getName() + ".wrote";
    private static final AtomicLong ENDED = new AtomicLong();

    private WriteEvents() {
    }

    /** Listens on every entity's writes and on the session's modify queries. */
    static void register(Session session) {
        DescriptorEventAdapter entityWrites = new DescriptorEventAdapter() {
            @Override
            public void postWrite(DescriptorEvent event) {
                note();
            }

            @Override
            public void postDelete(DescriptorEvent event) {
                note();
            }
        };
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            // an embeddable is written with its owner; a listener on its descriptor breaks EclipseLink (an NPE in notifyEJB30Listeners)
            if (!descriptor.isAggregateDescriptor() && !descriptor.isAggregateCollectionDescriptor()) {
                descriptor.getEventManager().addListener(entityWrites);
            }
        }
        session.getEventManager().addListener(new WriteEvents());
    }

    /** Whether the current transaction has written (flushed) anything. */
    static boolean wrote() {
        TransactionSynchronizationRegistry tsr = TaskCountEvents.registry();
        return tsr != null && tsr.getTransactionStatus() == Status.STATUS_ACTIVE && tsr.getResource(KEY) != null;
    }

    /** How many writing transactions have ended in this JVM. */
    static long ended() {
        return ENDED.get();
    }

    @Override
    public void preExecuteQuery(SessionEvent event) {
        if (event.getQuery() != null && event.getQuery().isModifyQuery()) {
            note();
        }
    }

    /**
     * The current transaction writes: the count goes up when it ends. A write outside a transaction,
     * or one flushed while the transaction commits (no service does: {@link TaskCountMaintenance}
     * flushes inside the business method), counts at once.
     */
    static void note() {
        TransactionSynchronizationRegistry tsr = TaskCountEvents.registry();
        if (tsr == null || tsr.getTransactionStatus() != Status.STATUS_ACTIVE) {
            ENDED.incrementAndGet();
            return;
        }
        if (tsr.getResource(KEY) != null) {
            return;
        }
        try {
            tsr.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    ENDED.incrementAndGet();
                }
            });
            tsr.putResource(KEY, Boolean.TRUE);
        } catch (IllegalStateException committing) {
            LOG.log(Level.FINE, "a write flushed while its transaction commits", committing);
            ENDED.incrementAndGet();
        }
    }
}
