package vn.dtiplan.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import vn.dtiplan.application.AccountService;
import vn.dtiplan.application.CallerView;
import vn.dtiplan.domain.account.Role;
import vn.dtiplan.domain.account.RoleGroup;
import vn.dtiplan.interfaces.security.SingleSignOnMechanism;

/**
 * The layout's view of the signed-in user (name, unit, roles) and sign-out; a session that came
 * through single sign-on signs out at the provider too.
 */
@Named
@RequestScoped
public class SessionBean {

    @Inject
    private AccountService accounts;

    private CallerView caller;

    public CallerView getCaller() {
        if (caller == null) {
            caller = accounts.caller().orElse(null);
        }
        return caller;
    }

    /** The caller's role names in a stable order, for badges ({@code role.<NAME>} in the bundle). */
    public List<String> getRoles() {
        CallerView c = getCaller();
        return c == null ? List.of() : c.roles().stream().sorted().map(Role::name).toList();
    }

    /** Whether the container knows the caller in a role of the {@link RoleGroup} named (the menu's test). */
    public boolean inGroup(String group) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance()
                .getExternalContext().getRequest();
        return RoleGroup.valueOf(group).roles().stream().anyMatch(role -> request.isUserInRole(role.name()));
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String target = SingleSignOnMechanism.endSessionUrl(request)
                .orElse(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
        request.logout();
        external.invalidateSession();
        external.redirect(target);
    }
}
