package vn.dtiplan.domain.account;

/**
 * A broken account rule. The message is a resource-bundle key, so each interface can say it
 * in the user's language.
 */
public class AccountRuleException extends RuntimeException {

    public AccountRuleException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
