package vn.dtiplan.interfaces.security;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The headers every response carries, pages, API and static files alike.
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}: a browser never guesses a script or a page out of
 * a file's bytes;</li>
 * <li>{@code Referrer-Policy: same-origin}: addresses (with record ids) never leave the site;</li>
 * <li>{@code frame-ancestors 'none'} (and {@code X-Frame-Options: DENY} for old browsers): no
 * page can be framed, so no click can be stolen;</li>
 * <li>a Content Security Policy without script rules on pages ({@code object-src},
 * {@code base-uri}, {@code form-action}): the script rule is PrimeFaces' own second policy,
 * {@code script-src 'self' 'nonce-…'} ({@code primefaces.CSP} in web.xml), which a browser
 * enforces together with this one; {@code default-src 'none'} on the API, which serves data
 * only;</li>
 * <li>on the interactive API page ({@code /api-docs/} and the Swagger UI files it loads) scripts,
 * styles and requests from the site itself only, no inline script (its start is a file of its own)
 * and nothing else;</li>
 * <li>with single sign-on on, {@code form-action} also names the provider's origin: sign-out is a
 * form post whose redirect goes on to the provider's end-session endpoint, and a browser checks
 * every redirect of a form submission against {@code form-action};</li>
 * <li>{@code Strict-Transport-Security} only on a request that came over TLS: to the server
 * itself, or to a trusted proxy that says so in {@code X-Forwarded-Proto}. HSTS sent over plain
 * HTTP would be ignored at best and, on a name that later drops TLS, lock users out.</li>
 * </ul>
 */
public final class SecurityHeaders {

    static final String PAGE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String DOCS_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    static final String HSTS = "max-age=31536000";

    private SecurityHeaders() {
    }

    /**
     * The headers of a response to a request for {@code servletPath} ({@code /api…} is the API),
     * which came over TLS when {@code tls}.
     */
    public static Map<String, String> of(String servletPath, boolean tls) {
        return of(servletPath, tls, null);
    }

    /** As {@link #of(String, boolean)}, with forms allowed to lead to {@code signOnOrigin} too (when not null). */
    public static Map<String, String> of(String servletPath, boolean tls, String signOnOrigin) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Content-Security-Policy", isApi(servletPath) ? API_POLICY
                : isDocs(servletPath) ? DOCS_POLICY
                : signOnOrigin == null ? PAGE_POLICY : PAGE_POLICY + " " + signOnOrigin);
        if (tls) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return headers;
    }

    /**
     * Whether a request came over TLS: {@code secure} (the server's own listener), or a
     * {@code forwardedProto} of {@code https} when the proxy in front is trusted to set it
     * ({@code dtiplan.trust-forwarded-proto}; a client can send the header too).
     */
    public static boolean tls(boolean secure, String forwardedProto, boolean trustForwardedProto) {
        return secure || trustForwardedProto && forwardedProto != null && "https".equalsIgnoreCase(forwardedProto.strip());
    }

    /**
     * The origin ({@code scheme://host[:port]}) of a single sign-on issuer URL, or null when there
     * is none or it is not an absolute http(s) URL.
     */
    public static String origin(String issuer) {
        if (issuer == null || issuer.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(issuer.strip());
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
                return null;
            }
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            return scheme.toLowerCase(Locale.ROOT) + "://" + uri.getHost() + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isDocs(String servletPath) {
        return servletPath != null && (servletPath.startsWith("/api-docs") || servletPath.startsWith("/webjars/swagger-ui/"));
    }

    private static boolean isApi(String servletPath) {
        return servletPath != null && ("/api".equals(servletPath) || servletPath.startsWith("/api/"));
    }
}
