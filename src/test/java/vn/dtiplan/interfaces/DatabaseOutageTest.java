package vn.dtiplan.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    /** Like EclipseLink's DatabaseException: the JDBC exception only as the "internal exception". */
    static final class InternalHolder extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Throwable internal;

        InternalHolder(Throwable internal) {
            super("Exception [EclipseLink-4002]");
            this.internal = internal;
        }

        public Throwable getInternalException() {
            return internal;
        }
    }

    @Test
    void aRefusedConnectionBehindTheContainersWrappersIsAnOutage() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:55432 refused", "08001", new ConnectException());
        assertTrue(DatabaseOutage.causedBy(new EJBException(new PersistenceException(new InternalHolder(refused)))));
    }

    @Test
    void aRestartingServerIsAnOutage() {
        for (String state : new String[] {"57P01", "57P02", "57P03", "53300", "08006", "08003"}) {
            assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SQLException("x", state))), state);
        }
    }

    @Test
    void thePoolRefusingAConnectionIsAnOutage() {
        SQLException pool = new SQLException("Error in allocating a connection",
                new ResourceAllocationException("Connection could not be allocated"));
        assertTrue(DatabaseOutage.causedBy(new EJBException(pool)));
        assertTrue(DatabaseOutage.causedBy(new SQLNonTransientConnectionException("closed")));
    }

    @Test
    void theConnectionDyingWhileTheTransactionCommitsIsAnOutage() {
        XAException commit = new XAException("jakarta.resource.spi.LocalTransactionException: FATAL: terminating connection"
                + " due to administrator command");
        jakarta.transaction.SystemException system = new jakarta.transaction.SystemException();
        system.initCause(commit);
        assertTrue(DatabaseOutage.causedBy(new EJBException(system)));
        assertFalse(DatabaseOutage.causedBy(new XAException("Transaction branch is not valid")));
        assertFalse(DatabaseOutage.causedBy(new XAException(XAException.XA_RBROLLBACK)));
    }

    @Test
    void aNextExceptionIsFollowed() {
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("I/O error", "08006"));
        assertTrue(DatabaseOutage.causedBy(batch));
    }

    @Test
    void constraintsDataErrorsAndBugsAreNotOutages() {
        assertFalse(DatabaseOutage.causedBy(new EJBException(new SQLIntegrityConstraintViolationException("dup", "23505"))));
        assertFalse(DatabaseOutage.causedBy(new SQLException("value too long", "22001")));
        assertFalse(DatabaseOutage.causedBy(new SQLException("no state")));
        assertFalse(DatabaseOutage.causedBy(new IllegalStateException("bug", new NullPointerException())));
        assertFalse(DatabaseOutage.causedBy(new InternalHolder(null)));
    }

    @Test
    void aChainThatLoopsEnds() {
        RuntimeException a = new RuntimeException("a");
        InternalHolder b = new InternalHolder(a);
        a.initCause(b);
        assertFalse(DatabaseOutage.causedBy(a));
    }

    @Test
    void theSummaryIsTheInnermostCause() {
        assertEquals("java.net.ConnectException: refused",
                DatabaseOutage.summary(new EJBException(new SQLException("x", "08001", new ConnectException("refused")))));
    }
}
