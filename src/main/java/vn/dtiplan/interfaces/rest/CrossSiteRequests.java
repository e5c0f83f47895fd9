package vn.dtiplan.interfaces.rest;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rule against cross-site requests on the API. A browser that has remembered the Basic
 * password sends it with any request a page elsewhere makes, and a form or a "simple" request
 * needs no permission to be sent. So a request that changes state (POST, PUT, PATCH, DELETE)
 * is refused when the browser says where it comes from and that is another site:
 * <ul>
 * <li>{@code Sec-Fetch-Site} is {@code cross-site} or {@code same-site} (a sibling host is
 * another application);</li>
 * <li>{@code Origin} names another host or port than the request's {@code Host} (the scheme is
 * not compared: behind a TLS proxy the page is https, the request plain http; an {@code Origin}
 * of {@code null} — sandboxed frames, privacy redirects — is never ours);</li>
 * <li>its body is of a type a plain HTML form can send ({@code application/x-www-form-urlencoded},
 * {@code multipart/form-data}, {@code text/plain}): no endpoint reads them, and this is the one
 * way a browser without {@code Origin} could post.</li>
 * </ul>
 * Scripts and programs (curl, the acceptance checks, other systems) send neither header and may
 * send a body-less POST with any content type or none: they are not affected. A JSON body
 * from another site needs a CORS preflight, which the API never grants.
 */
final class CrossSiteRequests {

    static final String CROSS_SITE = "request.crossSite";
    static final String FORM_BODY = "request.formBody";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private CrossSiteRequests() {
    }

    /**
     * The message key of the refusal of a request, or empty when it may pass.
     *
     * @param host the request's {@code Host} header
     * @param contentType the {@code Content-Type} header, null when absent
     * @param hasBody whether the request carries a body (a length above zero or chunked)
     */
    static Optional<String> refusal(String method, String origin, String fetchSite, String host, String contentType,
                                    boolean hasBody) {
        if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (fetchSite != null && Set.of("cross-site", "same-site").contains(fetchSite.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(CROSS_SITE);
        }
        if (origin != null && !sameOrigin(origin.strip(), host)) {
            return Optional.of(CROSS_SITE);
        }
        if (hasBody && contentType != null && FORM_TYPES.contains(mediaType(contentType))) {
            return Optional.of(FORM_BODY);
        }
        return Optional.empty();
    }

    /** Whether {@code origin} names the host (and port, when the request names one) of {@code host}. */
    static boolean sameOrigin(String origin, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            URI o = new URI(origin);
            URI h = new URI("//" + host.strip());
            if (o.getScheme() == null || o.getHost() == null || h.getHost() == null
                    || !o.getHost().equalsIgnoreCase(h.getHost())) {
                return false;
            }
            return h.getPort() < 0 || h.getPort() == effectivePort(o);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static int effectivePort(URI origin) {
        if (origin.getPort() >= 0) {
            return origin.getPort();
        }
        return "https".equalsIgnoreCase(origin.getScheme()) ? 443 : 80;
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
