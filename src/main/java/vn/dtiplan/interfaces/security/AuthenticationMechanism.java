package vn.dtiplan.interfaces.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import vn.dtiplan.application.PasswordHashing;
import vn.dtiplan.domain.account.SignInFailures;
import vn.dtiplan.domain.account.SignInThrottle;
import vn.dtiplan.infrastructure.database.DatabaseBootstrap;

/**
 * The one authentication mechanism of the application (Jakarta Security keeps one per WAR),
 * branching on the servlet path:
 * <ul>
 * <li>{@code /api/...}: HTTP Basic on every request, never a session; missing or bad
 * credentials answer 401 with {@code WWW-Authenticate}, never a redirect, and a screen's
 * session cookie alone does not authenticate an API call;</li>
 * <li>everything else: form sign-in. {@code SecurityContext.authenticate} from the sign-in
 * screen brings the credential; on success the caller is kept in the HTTP session (its id
 * changed, against fixation) and restored on each request; an anonymous request for a
 * protected page is redirected to the sign-in page.</li>
 * </ul>
 * Both paths go through the same {@link SignInThrottle}.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = DatabaseBootstrap.DATA_SOURCE,
        callerQuery = "select password_hash from app_user where username = ? and enabled = true",
        groupsQuery = "select r.role from app_user_role r join app_user u on u.id = r.user_id where u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {PasswordHashing.ALGORITHM, PasswordHashing.ITERATIONS,
            PasswordHashing.SALT, PasswordHashing.KEY})
@ApplicationScoped
public class AuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Added to the sign-in page's address when a request came with a session that has expired. */
    public static final String EXPIRED_PARAMETER = "expired";
    private static final String UNAUTHORIZED_JSON =
            "{\"error\":\"unauthorized\",\"message\":\"Cần đăng nhập: tên đăng nhập hoặc mật khẩu không đúng.\"}";
    static final String SESSION_CALLER = "dtiplan.caller";
    static final String SESSION_GROUPS = "dtiplan.groups";

    private SignInThrottle throttle;

    @Inject
    private IdentityStoreHandler identityStore;

    @Inject
    private SignInFailures failures;

    @PostConstruct
    void shareCounts() {
        throttle = new SignInThrottle(Clock.systemUTC(), failures);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request,
                                                jakarta.servlet.http.HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeadersFilter.apply(request, response);
        return isApi(request) ? basic(request, context) : form(request, context);
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath();
        return "/api".equals(path) || path.startsWith("/api/");
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.isProtected() ? challenge(context) : context.doNothing();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return challenge(context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return challenge(context);
        }
        CredentialValidationResult result = validate(
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        return result.getStatus() == CredentialValidationResult.Status.VALID
                ? context.notifyContainerAboutLogin(result)
                : challenge(context);
    }

    private static AuthenticationStatus challenge(HttpMessageContext context) {
        jakarta.servlet.http.HttpServletResponse response = context.getResponse();
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Basic realm=\"dtiplan\", charset=\"UTF-8\"");
        response.setContentType("application/json;charset=UTF-8");
        try {
            response.getWriter().write(UNAUTHORIZED_JSON);
        } catch (java.io.IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus form(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof String caller) {
            @SuppressWarnings("unchecked")
            Set<String> groups = (Set<String>) session.getAttribute(SESSION_GROUPS);
            return context.notifyContainerAboutLogin(caller, groups);
        }
        if (context.isProtected()) {
            return toSignIn(request, context);
        }
        return context.doNothing();
    }

    /**
     * Sends an anonymous request for a protected page to the sign-in page, saying so when its
     * session expired. A Faces Ajax request gets a partial-response redirect: a plain 302 would
     * be followed by the XMLHttpRequest and leave the page silently broken.
     */
    private static AuthenticationStatus toSignIn(HttpServletRequest request, HttpMessageContext context) {
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        String target = request.getContextPath() + LOGIN_PAGE + (expired ? "?" + EXPIRED_PARAMETER + "=true" : "");
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return context.redirect(target);
        }
        jakarta.servlet.http.HttpServletResponse response = context.getResponse();
        response.setContentType("text/xml;charset=UTF-8");
        try {
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target + "\"/></partial-response>");
        } catch (java.io.IOException e) {
            return context.redirect(target);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession(false);
        session.setAttribute(SESSION_CALLER, result.getCallerPrincipal().getName());
        session.setAttribute(SESSION_GROUPS, new HashSet<>(result.getCallerGroups()));
        return context.notifyContainerAboutLogin(result);
    }

    private CredentialValidationResult validate(Credential credential) {
        String username = credential instanceof UsernamePasswordCredential up ? up.getCaller() : null;
        if (username == null || throttle.isLocked(username)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.recordSuccess(username);
        } else {
            throttle.recordFailure(username);
        }
        return result;
    }

    /** Whether sign-in for this user name is locked for now (the sign-in screen says so). */
    public boolean isLocked(String username) {
        return throttle.isLocked(username);
    }
}
