package vn.dtiplan.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.account.AccountRuleException;
import vn.dtiplan.domain.account.ApiToken;
import vn.dtiplan.domain.account.ApiTokens;
import vn.dtiplan.domain.account.Roles;

/**
 * The caller's own personal API tokens: make one (its secret is returned this once), list them,
 * revoke one. Nobody sees or revokes another person's tokens; a token of another account is
 * answered as not found. Tokens are not tenant-owned, so no scope is involved.
 */
@Stateless
@RolesAllowed({Roles.PROVINCE_OVERSEER, Roles.CITY_PLANNER, Roles.WARD_OFFICER, Roles.DEPARTMENT_STAFF,
    Roles.SYSTEM_ADMIN})
public class ApiTokenService {

    @Inject
    private ApiTokens tokens;

    @Inject
    private SecurityContext security;

    @Inject
    private VietnamTime time;

    /** A token made now, with the secret the caller must keep. */
    public record Issued(long id, String secret, ApiToken token) {
    }

    public Issued create(String name, LocalDate lastDay) {
        String caller = caller();
        if (tokens.list(caller).size() >= ApiToken.MAX_PER_ACCOUNT) {
            throw new AccountRuleException("token.limit");
        }
        ApiToken token = ApiToken.create(name, lastDay, time.now());
        String secret = ApiToken.newSecret();
        long id = tokens.add(caller, token, ApiToken.digest(secret));
        return new Issued(id, secret, new ApiToken(id, token.name(), token.createdAt(), token.expiresAt()));
    }

    public List<ApiToken> list() {
        return tokens.list(caller());
    }

    public void revoke(long id) {
        if (!tokens.revoke(caller(), id)) {
            throw new RecordNotFoundException("token.notFound");
        }
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
