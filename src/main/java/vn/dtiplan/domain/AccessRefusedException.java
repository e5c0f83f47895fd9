package vn.dtiplan.domain;

/**
 * The caller may see the record but not do this to it (a ward deciding on its parent's task,
 * a city editing another unit's plan): HTTP 403. Records outside the caller's scope are not
 * refused with this but reported as not found, so nothing of them leaks.
 */
public class AccessRefusedException extends DomainRuleException {

    public AccessRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
