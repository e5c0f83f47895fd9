package vn.dtiplan.domain;

/**
 * The record does not exist or lies outside the caller's scope; the two are not told apart,
 * so nothing of an out-of-scope record leaks. HTTP 404.
 */
public class RecordNotFoundException extends DomainRuleException {

    public RecordNotFoundException() {
        super("record.notFound");
    }

    public RecordNotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
