package vn.dtiplan.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dtiplan.domain.account.SingleSignOnLink;
import vn.dtiplan.domain.account.SingleSignOnLink.Candidate;
import vn.dtiplan.domain.account.SingleSignOnLink.Claim;
import vn.dtiplan.domain.account.SingleSignOnLink.Outcome;

/**
 * Single sign-on beside the form: {@value #START} sends the browser to the provider,
 * {@value #CALLBACK} takes its answer, {@value #END} ends a refused person's session at the
 * provider. The first two are handed to Jakarta Security's own OpenID Connect mechanism (code
 * flow with state and nonce, ID token checked against the provider's keys) through a context
 * that keeps its result instead of telling the container; the person is then linked to an
 * account by {@link SingleSignOnLink} and kept in the HTTP session exactly like a form sign-in
 * (same roles, same unit scope), or sent to {@value #REFUSED_PAGE}. The ID token and the
 * provider's end-session address stay in the session, so sign-out ends the provider's session
 * too (RP-initiated logout, {@link #endSessionUrl}). With single sign-on off these paths are
 * left alone (404).
 */
@ApplicationScoped
public class SingleSignOnMechanism {

    public static final String START = "/sso/start";
    public static final String CALLBACK = "/sso/callback";
    public static final String END = "/sso/end";
    public static final String REFUSED_PAGE = "/sso-refused.xhtml";
    public static final String HOME_PAGE = "/app/home.xhtml";
    static final String SESSION_ID_TOKEN = "dtiplan.sso.idToken";
    static final String SESSION_END_SESSION = "dtiplan.sso.endSession";
    private static final String SIGNED_OUT = AuthenticationMechanism.LOGIN_PAGE + "?signedOut=true";
    private static final Logger LOG = Logger.getLogger(SingleSignOnMechanism.class.getName());

    @Inject
    private SingleSignOn settings;

    @Inject
    private SingleSignOnLink.Accounts accounts;

    @Inject
    private Instance<OpenIdContext> openId;

    @Inject
    private BeanManager beans;

    private volatile HttpAuthenticationMechanism provider;

    static boolean handles(HttpServletRequest request) {
        String path = request.getServletPath();
        return START.equals(path) || CALLBACK.equals(path) || END.equals(path);
    }

    AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context) {
        if (!settings.isEnabled()) {
            return context.doNothing();
        }
        if (END.equals(request.getServletPath())) {
            String target = endSessionUrl(request).orElse(request.getContextPath() + SIGNED_OUT);
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return context.redirect(target);
        }
        Result result = new Result(context, START.equals(request.getServletPath()));
        AuthenticationStatus status;
        try {
            status = provider().validateRequest(request, response, result);
        } catch (AuthenticationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Single sign-on failed", e);
            return refuse(request, context, "failed");
        }
        if (result.validation == null) {
            return result.start ? status : context.redirect(request.getContextPath() + AuthenticationMechanism.LOGIN_PAGE);
        }
        if (result.validation.getStatus() != CredentialValidationResult.Status.VALID) {
            return refuse(request, context, "failed");
        }
        return link(request, context);
    }

    private AuthenticationStatus link(HttpServletRequest request, HttpMessageContext context) {
        OpenIdContext signedIn = openId.get();
        Claim claim = settings.claim();
        String value = claim(signedIn, claim.claimName()).map(String::valueOf).orElse(null);
        Boolean verified = claim(signedIn, "email_verified").map(v -> Boolean.parseBoolean(String.valueOf(v)))
                .orElse(null);
        List<Candidate> named = value == null || value.isBlank() ? List.of() : accounts.named(claim, value);
        Outcome outcome = SingleSignOnLink.resolve(claim, value, verified, named);
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession(false);
        session.setAttribute(SESSION_ID_TOKEN, signedIn.getIdentityToken().getToken());
        String endSession = signedIn.getProviderMetadata().getString("end_session_endpoint", null);
        if (endSession != null) {
            session.setAttribute(SESSION_END_SESSION, endSession);
        }
        if (outcome.account().isEmpty()) {
            LOG.info(() -> "Single sign-on refused (" + outcome.refusal() + ") for " + claim.claimName() + " " + value);
            return refuse(request, context, outcome.refusal().name().toLowerCase(Locale.ROOT));
        }
        Candidate account = outcome.account().get();
        session.setAttribute(AuthenticationMechanism.SESSION_CALLER, account.username());
        session.setAttribute(AuthenticationMechanism.SESSION_GROUPS, new HashSet<>(account.roles()));
        return context.redirect(request.getContextPath() + HOME_PAGE);
    }

    /** The claim from the ID token, else from the provider's user info. */
    private static Optional<Object> claim(OpenIdContext signedIn, String name) {
        Map<String, Object> token = signedIn.getIdentityToken().getClaims();
        if (token.get(name) != null) {
            return Optional.of(token.get(name));
        }
        try {
            var info = signedIn.getClaimsJson();
            return info != null && info.containsKey(name) && !info.isNull(name)
                    ? Optional.of(info.get(name) instanceof jakarta.json.JsonString s ? s.getString() : info.get(name).toString())
                    : Optional.empty();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "No user info", e);
            return Optional.empty();
        }
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpMessageContext context, String reason) {
        return context.redirect(request.getContextPath() + REFUSED_PAGE + "?reason=" + reason);
    }

    /**
     * Where the browser ends the provider's session when this session came through single
     * sign-on: the provider's end-session endpoint with the ID token as hint and the sign-in page
     * as the address to come back to.
     */
    public static Optional<String> endSessionUrl(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_END_SESSION) instanceof String endpoint)
                || !(session.getAttribute(SESSION_ID_TOKEN) instanceof String idToken)) {
            return Optional.empty();
        }
        String back = request.getRequestURL().toString();
        back = back.substring(0, back.length() - request.getRequestURI().length()) + request.getContextPath() + SIGNED_OUT;
        return Optional.of(endpoint + (endpoint.contains("?") ? "&" : "?") + "id_token_hint=" + encode(idToken)
                + "&post_logout_redirect_uri=" + encode(back));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Jakarta Security's OpenID Connect mechanism: the bean of that type that is not ours. */
    private HttpAuthenticationMechanism provider() {
        if (provider == null) {
            Set<Bean<?>> candidates = beans.getBeans(HttpAuthenticationMechanism.class);
            Bean<?> bean = candidates.stream().filter(b -> !AuthenticationMechanism.class.equals(b.getBeanClass()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No OpenID Connect mechanism"));
            provider = (HttpAuthenticationMechanism) beans.getReference(bean, HttpAuthenticationMechanism.class,
                    beans.createCreationalContext(bean));
        }
        return provider;
    }

    /**
     * The context given to the provider's mechanism: the start path counts as protected (so it
     * redirects to the provider), and the validation result is kept here, not given to the
     * container nor registered as a session of its own.
     */
    private static final class Result extends HttpMessageContextWrapper {

        private final boolean start;
        private CredentialValidationResult validation;

        Result(HttpMessageContext wrapped, boolean start) {
            super(wrapped);
            this.start = start;
        }

        @Override
        public boolean isProtected() {
            return start || super.isProtected();
        }

        @Override
        public void setRegisterSession(String callerName, Set<String> groups) {
            // the session is ours (SESSION_CALLER), as for the form
        }

        @Override
        public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
            validation = result;
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? AuthenticationStatus.SUCCESS : AuthenticationStatus.SEND_FAILURE;
        }
    }
}
