package vn.dtiplan.infrastructure.bootstrap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Logger;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.application.PasswordHashing;
import vn.dtiplan.application.Tenancy;
import vn.dtiplan.domain.account.AccountRuleException;
import vn.dtiplan.domain.account.PasswordPolicy;
import vn.dtiplan.domain.account.Role;
import vn.dtiplan.domain.account.UserAccount;
import vn.dtiplan.domain.account.UserAccountRepository;

/** Opens the first system administrator of a production database. */
@Stateless
public class InitialAdministrator {

    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

    @Inject
    private Tenancy tenancy;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private VietnamTime time;

    public void openIfNone(char[] password) {
        if (!accounts.findVisible(tenancy.system()).isEmpty()) {
            return;
        }
        try {
            PasswordPolicy.check(password, "admin");
        } catch (AccountRuleException weak) {
            LOG.severe("dtiplan.bootstrap.admin-password is refused as weak (" + weak.messageKey()
                    + ", see PasswordPolicy): no administrator opened");
            return;
        }
        String hash = passwords.hash(password);
        Arrays.fill(password, '\0');
        accounts.add(new UserAccount("admin", hash, "Quản trị hệ thống", null, null, Set.of(Role.SYSTEM_ADMIN),
                time.now()));
        LOG.info("Opened the first system administrator account 'admin'");
    }
}
