package vn.dtiplan.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import vn.dtiplan.application.AccountService;
import vn.dtiplan.application.CallerView;

/** The layout's view of the signed-in user (name, unit, roles) and sign-out. */
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

    public boolean hasRole(String role) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance()
                .getExternalContext().getRequest();
        return request.isUserInRole(role);
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
