package vn.dtiplan.domain;

/** A request that conflicts with the current state (issuing twice, deciding twice): HTTP 409. */
public class StateConflictException extends DomainRuleException {

    public StateConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
