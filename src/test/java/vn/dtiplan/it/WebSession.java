package vn.dtiplan.it;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-less screen session: keeps cookies like a browser and signs in through the real
 * sign-in form ({@code login.xhtml}, Faces ViewState included). Redirects are not followed, so
 * tests can assert them. For rendering and clicking use {@link Browser}.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"");

    private final Api api;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public WebSession(Api anonymousApi) {
        this.api = anonymousApi.anonymous();
    }

    public Api.Reply get(String pathBelowContextRoot) {
        return Api.send(http, HttpRequest.newBuilder(api.uri(pathBelowContextRoot)).GET().build());
    }

    /** Posts the sign-in form; returns the server's answer (a redirect to the home page on success). */
    public Api.Reply signIn(String user, String password) {
        Api.Reply form = get("login.xhtml").expect(200);
        Matcher viewState = VIEW_STATE.matcher(form.body());
        if (!viewState.find()) {
            throw new AssertionError("No Faces ViewState on the sign-in page: " + form.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", user);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return Api.send(http, HttpRequest.newBuilder(api.uri("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** The cookies this session would send to {@code uri}. */
    public List<HttpCookie> cookiesFor(URI uri) {
        return cookies.getCookieStore().get(uri);
    }

    /** Sends {@code request} with this session's cookies (and nothing else it does not already carry). */
    public Api.Reply send(HttpRequest request) {
        return Api.send(http, request);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
