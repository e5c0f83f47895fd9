package vn.dtiplan.interfaces.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Puts {@link SecurityHeaders} on every response of the application before anything is
 * written. Responses the authentication mechanism ends itself (401, redirects to sign-in) never
 * reach a filter; it applies the same headers through {@link #apply}.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String TRUST_FORWARDED_PROTO = "dtiplan.trust-forwarded-proto";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    static void apply(HttpServletRequest request, HttpServletResponse response) {
        boolean trust = ConfigProvider.getConfig().getOptionalValue(TRUST_FORWARDED_PROTO, Boolean.class).orElse(false);
        boolean tls = SecurityHeaders.tls(request.isSecure(), request.getHeader("X-Forwarded-Proto"), trust);
        SecurityHeaders.of(request.getServletPath(), tls, signOnOrigin()).forEach(response::setHeader);
    }

    /** The single sign-on provider's origin when single sign-on is on ({@link SingleSignOnSettings}), else null. */
    private static String signOnOrigin() {
        var config = ConfigProvider.getConfig();
        boolean on = config.getOptionalValue("dtiplan.oidc.client-id", String.class).filter(v -> !v.isBlank()).isPresent();
        return on ? SecurityHeaders.origin(config.getOptionalValue("dtiplan.oidc.issuer", String.class).orElse(null)) : null;
    }
}
