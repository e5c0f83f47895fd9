package vn.dtiplan.interfaces.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import vn.dtiplan.interfaces.security.AuthenticationMechanism;

/**
 * The sign-in screen: checks the credentials through the container, then opens the home page.
 * A bad password and a locked name get different messages (a locked name is not a secret: the
 * lock protects it whoever asks). Arriving after sign-out or after the session expired says so.
 */
@Named
@ViewScoped
public class LoginView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuthenticationMechanism mechanism;

    private String username;
    private String password;

    /** On arrival: {@code ?expired=true} and {@code ?signedOut=true} explain why the user is here. */
    public void arrive() {
        var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (parameters.containsKey(AuthenticationMechanism.EXPIRED_PARAMETER)) {
            Notices.info("login.expired");
        } else if (parameters.containsKey("signedOut")) {
            Notices.info("login.signedOut");
        }
    }

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String name = username == null ? "" : username.strip();
        SecurityContext security = CDI.current().select(SecurityContext.class).get();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(name, password == null ? "" : password)));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + "/app/home.xhtml");
            faces.responseComplete();
        } else {
            Notices.error(mechanism.isLocked(name) ? "login.locked" : "login.failed");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
