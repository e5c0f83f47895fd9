package vn.dtiplan.it;

import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The OpenID Connect provider of the IT servers: NAV's mock-oauth2-server, a real provider
 * (discovery, authorisation code flow with its own sign-in page, signed ID tokens and JWKS,
 * user info, end session) on a free loopback port, started with the IT database before the
 * first server boots, so every IT server has single sign-on configured against it
 * ({@code dtiplan.oidc.*}, claim {@code preferred_username}). On its sign-in page any subject can
 * be typed, with the claims of the ID token as JSON: the test plays the provider's user. It
 * keeps no session of its own (each sign-in asks again) and records every request it served.
 */
final class ItProvider {

    static final String ISSUER_ID = "tinh";
    static final String CLIENT_ID = "dtiplan-it";
    private static MockOAuth2Server server;

    private ItProvider() {
    }

    /** Starts the provider; the server settings that point at it. */
    static synchronized Map<String, String> start() {
        server = new MockOAuth2Server(new OAuth2Config(true));
        server.start(InetAddress.getLoopbackAddress(), 0);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("dtiplan.oidc.issuer", issuer());
        settings.put("dtiplan.oidc.client-id", CLIENT_ID);
        settings.put("dtiplan.oidc.client-secret", "it-secret");
        settings.put("dtiplan.oidc.claim", "preferred_username");
        return settings;
    }

    static synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server = null;
        }
    }

    /** The issuer, on 127.0.0.1 as the browser and the server both reach it. */
    static String issuer() {
        return "http://127.0.0.1:" + server.url("/").port() + "/" + ISSUER_ID;
    }

    /** The next request the provider served, or null after {@code seconds}. */
    static RecordedRequest nextRequest(long seconds) {
        return server.takeRequest(seconds, TimeUnit.SECONDS);
    }
}
