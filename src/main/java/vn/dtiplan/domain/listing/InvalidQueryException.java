package vn.dtiplan.domain.listing;

import vn.dtiplan.domain.DomainRuleException;

/** A query parameter of a list (page, size, a filter) that cannot be read: 400, nothing runs. */
public class InvalidQueryException extends DomainRuleException {

    public InvalidQueryException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
