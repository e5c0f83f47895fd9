package vn.dtiplan.domain;

/**
 * The caller edited a version of a record that someone else has changed since (an {@code If-Match}
 * or a form's version that is no longer current): nothing is stored, the caller reloads. HTTP 412.
 */
public class StaleVersionException extends StateConflictException {

    public StaleVersionException() {
        super("precondition.failed");
    }
}
