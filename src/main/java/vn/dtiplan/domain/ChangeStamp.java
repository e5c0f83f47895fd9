package vn.dtiplan.domain;

/**
 * What says whether the database may have changed: a value that differs as soon as a transaction
 * that wrote has ended (committed or rolled back) since it was read, on any instance that shares the
 * database. {@link StampedAnswers} keeps an answer computed after reading a stamp for as long as the
 * stamp read now is equal to it.
 */
public interface ChangeStamp {

    /**
     * The current transaction's stamp, read at the first call of the transaction and the same for the
     * rest of it; the reads an answer is computed from must come after it. Only inside a transaction.
     */
    Object current();
}
