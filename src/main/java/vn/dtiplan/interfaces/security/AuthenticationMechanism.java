package vn.dtiplan.interfaces.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dtiplan.application.CredentialCache;
import vn.dtiplan.interfaces.DatabaseOutage;
import vn.dtiplan.interfaces.Messages;
import vn.dtiplan.domain.account.ApiToken;
import vn.dtiplan.domain.account.ApiTokens;
import vn.dtiplan.domain.account.SignInFailures;
import vn.dtiplan.domain.account.SignInThrottle;

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
 * On {@code /api}, {@code Authorization: Bearer <token>} works wherever Basic does: a personal
 * API token ({@link ApiToken}) is looked up by its SHA-256 in one query, no password hashing.
 * Passwords on both paths go through the same {@link SignInThrottle}, per account and per
 * source address (the peer, or the last {@code X-Forwarded-For} entry — the one the balancer
 * added — when {@code dtiplan.audit.trust-forwarded-for} says only a balancer reaches us); a
 * name that starts waiting loses its cached credential ({@link CredentialCache}).
 * <p>Single sign-on's paths ({@link SingleSignOnMechanism}) go to Jakarta Security's OpenID
 * Connect mechanism, which {@link SingleSignOn}'s definition adds as a second bean of this type:
 * this one is a prioritised alternative, so the container still uses it and it alone.
 */
@ApplicationScoped
@Alternative
@Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION)
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

    @Inject
    private ApiTokens tokens;

    @Inject
    private CredentialCache cache;

    @Inject
    private SingleSignOnMechanism singleSignOn;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "dtiplan.audit.trust-forwarded-for", defaultValue = "false")
    private boolean trustForwardedFor;

    @PostConstruct
    void shareCounts() {
        throttle = new SignInThrottle(clock, failures);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request,
                                                jakarta.servlet.http.HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeadersFilter.apply(request, response);
        if (SingleSignOnMechanism.handles(request)) {
            return singleSignOn.validateRequest(request, response, context);
        }
        if (!isApi(request)) {
            return form(request, context);
        }
        try {
            return basic(request, context);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            return unavailable(request, context, e);
        }
    }

    /**
     * The credential check needs the database (throttle counts, tokens, accounts): when it cannot
     * be reached the API answers what its resources answer then, 503 {@code database.unavailable}
     * (ApiExceptionMapper), instead of the container's bare 500.
     */
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpMessageContext context,
                                                    RuntimeException outage) {
        java.util.logging.Logger.getLogger(AuthenticationMechanism.class.getName()).warning(() -> request.getMethod()
                + " " + request.getRequestURI() + " answered 503, the database is unreachable: " + DatabaseOutage.summary(outage));
        jakarta.servlet.http.HttpServletResponse response = context.getResponse();
        response.setStatus(503);
        response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setContentType("application/json;charset=UTF-8");
        try {
            response.getWriter().write(jakarta.json.Json.createObjectBuilder().add("error", "database.unavailable")
                    .add("message", Messages.vietnamese("database.unavailable")).build().toString());
        } catch (java.io.IOException clientGone) {
            // the status says it all
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath();
        return "/api".equals(path) || path.startsWith("/api/");
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(header.substring(7).strip(), context);
        }
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
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)), request);
        return result.getStatus() == CredentialValidationResult.Status.VALID
                ? context.notifyContainerAboutLogin(result)
                : challenge(context);
    }

    private AuthenticationStatus bearer(String secret, HttpMessageContext context) {
        Optional<ApiTokens.Caller> caller = ApiToken.looksLikeSecret(secret)
                ? tokens.caller(ApiToken.digest(secret), clock.instant()) : Optional.empty();
        return caller.isPresent()
                ? context.notifyContainerAboutLogin(caller.get().username(), caller.get().roles())
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
        CredentialValidationResult result = validate(credential, request);
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

    private CredentialValidationResult validate(Credential credential, HttpServletRequest request) {
        String username = credential instanceof UsernamePasswordCredential up ? up.getCaller() : null;
        if (username == null) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        String source = sourceAddress(request);
        SignInThrottle.Check check = throttle.check(username, source);
        if (!check.allowed()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (check.accountFailures()) {
                throttle.recordSuccess(username);
            }
        } else if (throttle.recordFailure(username, source)) {
            cache.forget(username.strip());
        }
        return result;
    }

    /** The client's address as the throttle counts it (see the class comment). */
    private String sourceAddress(HttpServletRequest request) {
        String forwarded = trustForwardedFor ? request.getHeader("X-Forwarded-For") : null;
        if (forwarded == null || forwarded.isBlank()) {
            return request.getRemoteAddr();
        }
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
    }

    /** Whether sign-in for this user name has to wait for now (the sign-in screen says so). */
    public boolean isLocked(String username) {
        return !throttle.accountWait(username).isZero();
    }
}
