package vn.dtiplan.domain.account;

import vn.dtiplan.domain.DomainRuleException;

/** A broken account rule (user name, password, role and unit level, department). */
public class AccountRuleException extends DomainRuleException {

    public AccountRuleException(String messageKey) {
        super(messageKey);
    }
}
