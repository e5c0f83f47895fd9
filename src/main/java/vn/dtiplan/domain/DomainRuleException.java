package vn.dtiplan.domain;

import java.util.List;

/**
 * A broken domain rule, refused before anything is stored. The message is a resource-bundle
 * key (also the API's stable error code) and the arguments fill its placeholders, so each
 * interface says it in the user's language. Declared an EJB application exception (with
 * rollback) in ejb-jar.xml, so it crosses service boundaries unwrapped; subclasses inherit that.
 * The API answers 422 for it, 409 for a {@link StateConflictException}.
 */
public class DomainRuleException extends RuntimeException {

    private final transient List<Object> arguments;

    public DomainRuleException(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
