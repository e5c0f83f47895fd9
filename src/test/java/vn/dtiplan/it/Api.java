package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * A black-box client of the REST API under {@code /api}, for ITs. Immutable: {@link #as(String)}
 * returns a client that signs every request with HTTP Basic; {@link #at(URL)} alone is
 * anonymous. Redirects are not followed, so a test sees exactly what the server answered.
 *
 * <pre>{@code
 * Api api = Api.at(base).as("tp.vungtau");            // password "demo"
 * JsonArray units = api.get("units").expect(200).array();
 * Api.Reply refused = api.get("units/07210/departments");
 * refused.expectError(404);                            // {"error","message"} and nothing else
 * }</pre>
 */
public final class Api {

    public static final String DEMO_PASSWORD = "demo";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static final java.util.concurrent.atomic.AtomicInteger SOURCES = new java.util.concurrent.atomic.AtomicInteger(
            new java.util.Random().nextInt(200_000));

    private final URI root;
    private final String authorization;
    private final String source;

    private Api(URI root, String authorization, String source) {
        this.root = root;
        this.authorization = authorization;
        this.source = source;
    }

    /**
     * An anonymous client of the application deployed at {@code deployment} (the Arquillian URL).
     * Each client comes from its own address (sent as {@code X-Forwarded-For}, which the IT
     * servers trust), so the sign-in throttle's per-address counts of one test never slow another.
     */
    public static Api at(URL deployment) {
        int n = SOURCES.incrementAndGet();
        return new Api(loopback(deployment), null, "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255));
    }

    /**
     * A plan body with what issuing requires besides its content (issue 16): its date (today in
     * Vietnam, the day a task's timeframe counts from either way) and its signer.
     */
    public static jakarta.json.JsonObjectBuilder signed(jakarta.json.JsonObjectBuilder plan) {
        return plan.add("date", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString())
                .add("signerAuthority", "TM.").add("signerTitle", "Chủ tịch").add("signerName", "Nguyễn Văn Thử");
    }

    /** The same client coming from {@code address} (as the sign-in throttle sees it). */
    public Api from(String address) {
        return new Api(root, authorization, address);
    }

    /** The same client presenting a personal API token. */
    public Api withToken(String token) {
        return withAuthorization("Bearer " + token);
    }

    /**
     * The deployment's base URI on 127.0.0.1. The adapter reports the machine's address, but the
     * server listens on loopback only ({@code server-config/pre-boot-commands.txt}, also used by
     * the ITs), so every test must call it there.
     */
    public static URI loopback(URL deployment) {
        try {
            String path = deployment.getPath().endsWith("/") ? deployment.getPath() : deployment.getPath() + "/";
            return new URI(deployment.getProtocol(), null, "127.0.0.1", deployment.getPort(), path, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The same application, signed in as a demo account (password {@value #DEMO_PASSWORD}). */
    public Api as(String user) {
        return as(user, DEMO_PASSWORD);
    }

    public Api as(String user, String password) {
        return withAuthorization("Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Sends this raw {@code Authorization} header value (for malformed-header tests). */
    public Api withAuthorization(String header) {
        return new Api(root, header, source);
    }

    public Api anonymous() {
        return new Api(root, null, source);
    }

    /** The absolute URI of a path below the context root, e.g. {@code uri("app/home.xhtml")}. */
    public URI uri(String pathBelowContextRoot) {
        return root.resolve(pathBelowContextRoot.startsWith("/") ? pathBelowContextRoot.substring(1) : pathBelowContextRoot);
    }

    /** The absolute URI of a path below {@code /api}, e.g. {@code api("units")}. */
    public URI api(String pathBelowApi) {
        return uri("api/" + (pathBelowApi.startsWith("/") ? pathBelowApi.substring(1) : pathBelowApi));
    }

    public Reply get(String pathBelowApi) {
        return send(request(api(pathBelowApi)).GET());
    }

    /** GET of a file (any type accepted), e.g. {@code plans/7/matrix.xlsx}. */
    public Reply download(String pathBelowApi) {
        return send(request(api(pathBelowApi)).setHeader("Accept", "*/*").GET());
    }

    public Reply post(String pathBelowApi, JsonStructure body) {
        return send(request(api(pathBelowApi)).POST(json(body)).header("Content-Type", "application/json"));
    }

    public Reply put(String pathBelowApi, JsonStructure body) {
        return send(request(api(pathBelowApi)).PUT(json(body)).header("Content-Type", "application/json"));
    }

    public Reply patch(String pathBelowApi, JsonStructure body) {
        return send(request(api(pathBelowApi)).method("PATCH", json(body)).header("Content-Type", "application/json"));
    }

    /** A request builder for {@code uri} carrying this client's credentials, for anything the helpers lack. */
    public HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json")
                .header("X-Forwarded-For", source);
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    public Reply send(HttpRequest.Builder request) {
        return send(HTTP, request.build());
    }

    static Reply send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(request.method() + " " + request.uri(), response.statusCode(), response.headers(),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher json(JsonStructure body) {
        return HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8);
    }

    /** One answer: status, headers and body, with JSON accessors and assertions that show the body on failure. */
    public record Reply(String request, int status, HttpHeaders headers, byte[] bytes) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** Fails the test unless the status is {@code expected}; returns this for chaining. */
        public Reply expect(int expected) {
            if (status != expected) {
                fail(request + ": expected HTTP " + expected + " but was " + status + " with body " + body());
            }
            return this;
        }

        /**
         * Fails unless the status is {@code expected} and the body is exactly the API's error
         * object: JSON with a non-blank {@code error} and {@code message} and no other field.
         */
        public JsonObject expectError(int expected) {
            expect(expected);
            if (!header("Content-Type").orElse("").startsWith("application/json")) {
                fail(request + ": error body is not JSON: " + header("Content-Type").orElse("(none)"));
            }
            JsonObject error = object();
            if (!error.keySet().equals(java.util.Set.of("error", "message"))
                    || error.getString("error").isBlank() || error.getString("message").isBlank()) {
                fail(request + ": expected exactly {\"error\",\"message\"} but was " + body());
            }
            return error;
        }

        public JsonObject object() {
            return (JsonObject) structure();
        }

        public JsonArray array() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (JsonReader reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError(request + ": body is not JSON: " + body(), e);
            }
        }
    }
}
