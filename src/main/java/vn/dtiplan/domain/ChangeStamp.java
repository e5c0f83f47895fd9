package vn.dtiplan.domain;

import java.util.Optional;

/**
 * What says whether the database may have changed: a value that differs as soon as a transaction
 * that wrote has ended (committed or rolled back) since it was read, on any instance that shares the
 * database. {@link StampedAnswers} keeps an answer computed after reading a stamp for as long as the
 * stamp read now is equal to it.
 */
@FunctionalInterface
public interface ChangeStamp {

    /**
     * The current transaction's stamp, read at its first call and the same for the rest of it (the reads
     * an answer is computed from come after it); empty once the transaction has written, as what it reads
     * then holds its own writes, not committed yet. Only inside a transaction.
     */
    Optional<Object> current();
}
