package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/**
 * The outside probe's HTTP-level findings (issue 13), kept as tests: a hostile chart label stays
 * inert and every page runs under a nonce Content Security Policy; every response carries the
 * hardening headers and no version banner, the session cookie is {@code SameSite=Lax};
 * {@code /metrics}, {@code /openapi} and {@code /api-docs} are closed with production's pre-boot commands (the
 * ITs use them); a state-changing API request from another site is refused while scripts'
 * body-less POSTs keep working; request bodies and workbooks have limits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardeningIT {

    private static final String HOSTILE = "</script><script>alert(1)</script>";
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    private static ItTree tree;

    /** The class's own tree, made once: province P (overseer {@code so}), city C (planner {@code city}), ward W. */
    private ItTree tree() {
        if (tree == null) {
            tree = new ItTree(base).unit("P", "Tỉnh An Toàn", "PROVINCE", null).unit("C", "Thành phố An Toàn", "CITY", "P")
                    .unit("W", "Phường An Toàn", "WARD", "C").account("so", "P", "PROVINCE_OVERSEER")
                    .account("city", "C", "CITY_PLANNER");
        }
        return tree;
    }

    @Test
    void aHostilePillarNameStaysInertOnTheScorecardUnderTheNoncePolicy() {
        ItTree t = tree();
        Api province = t.as("so");
        int year = 2060 + ThreadLocalRandom.current().nextInt(30);
        long frameworkId = province.post("frameworks", framework(t.code("P"), year)).expect(201).object()
                .getJsonNumber("id").longValue();
        province.put("units/" + t.code("W") + "/assessments/" + year, Json.createObjectBuilder().add("frameworkId", frameworkId)
                .add("pillars", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", HOSTILE).add("score", new BigDecimal("40")))
                        .add(Json.createObjectBuilder().add("name", "Chính quyền số").add("score", new BigDecimal("30"))))
                .build()).expect(200);
        String page = "app/scorecard.xhtml?unit=" + t.code("W") + "&year=" + year;

        WebSession session = new WebSession(Api.at(base));
        session.signIn(t.user("so"), ItTree.PASSWORD);
        Api.Reply scorecard = session.get(page).expect(200);
        assertFalse(scorecard.body().contains("<script>alert(1)"), "the label closed the script element");
        List<String> policies = scorecard.headers().allValues("Content-Security-Policy");
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(String.join(" ", policies));
        assertTrue(nonce.find(), "no nonce script policy: " + policies);
        Matcher scripts = SCRIPT_TAG.matcher(scorecard.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            String tag = scripts.group();
            assertTrue(tag.contains(" src=") || tag.contains("nonce=\"" + nonce.group(1) + "\""), "a script without the nonce: " + tag);
        }
        assertTrue(count > 0);
        assertFalse(Pattern.compile("\\son(click|load|change|submit)=").matcher(scorecard.body()).find(),
                "an inline event handler would be blocked by the policy");

        try (Browser browser = Browser.open(base)) {
            browser.signIn(t.user("so"), ItTree.PASSWORD, true).go(page);
            browser.find(By.cssSelector("#radar canvas"));
            assertTrue(noAlert(browser), "the hostile label ran");
            assertEquals(0L, browser.driver().executeScript(
                    "return document.querySelectorAll('script:not([src]):not([nonce])').length"));
        }
    }

    @Test
    void everyResponseCarriesTheHardeningHeadersAndNoVersionBanner() {
        Api anonymous = Api.at(base);
        List<Api.Reply> replies = List.of(
                new WebSession(anonymous).get("login.xhtml").expect(200),
                new WebSession(anonymous).get("resources/css/dtiplan.css"),
                tree().as("city").get("units").expect(200),
                anonymous.get("units").expect(401),
                tree().as("city").get("plans/999999999"),
                anonymous.send(anonymous.request(anonymous.uri("app/home.xhtml")).header("X-Forwarded-Proto", "https").GET()));
        for (Api.Reply reply : replies) {
            assertEquals("nosniff", reply.header("X-Content-Type-Options").orElse(null), reply.request());
            assertEquals("same-origin", reply.header("Referrer-Policy").orElse(null), reply.request());
            assertTrue(reply.headers().allValues("Content-Security-Policy").stream().anyMatch(p -> p.contains("frame-ancestors 'none'")),
                    reply.request() + " " + reply.headers().map());
            assertTrue(reply.header("Strict-Transport-Security").isEmpty(), "HSTS over plain HTTP: " + reply.request());
            assertTrue(reply.header("Server").isEmpty(), reply.request() + " Server: " + reply.header("Server"));
            assertTrue(reply.header("X-Powered-By").isEmpty(), reply.request() + " X-Powered-By: " + reply.header("X-Powered-By"));
        }
    }

    @Test
    void theSessionCookieIsSentSameSiteLaxAndHttpOnly() {
        WebSession session = new WebSession(Api.at(base));
        List<String> cookies = session.get("login.xhtml").expect(200).headers().allValues("Set-Cookie");
        Api.Reply signedIn = session.signIn(tree().user("city"), ItTree.PASSWORD);
        List<String> all = new java.util.ArrayList<>(cookies);
        all.addAll(signedIn.headers().allValues("Set-Cookie"));
        List<String> sessionCookies = all.stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertFalse(sessionCookies.isEmpty(), "no session cookie in " + all);
        for (String cookie : sessionCookies) {
            assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
            assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
        }
    }

    @Test
    void metricsAndOpenApiAreClosedWithProductionsPreBootCommands() {
        Api api = Api.at(base);
        for (String path : new String[] {"/metrics", "/openapi", "api-docs/", "webjars/swagger-ui/5.35.0/swagger-ui-bundle.js"}) {
            URI uri = path.startsWith("/") ? api.uri("").resolve(path) : api.uri(path);
            Api.Reply reply = api.send(HttpRequest.newBuilder(uri).header("Accept", "*/*").GET());
            assertNotEquals(200, reply.status(), path + " answered " + reply.body());
        }
    }

    @Test
    void aStateChangeFromAnotherSiteIsRefusedWhileAScriptsBodylessPostWorks() {
        Api city = tree().as("city");
        long planId = draftPlan(city, tree().code("C"));
        String issue = "plans/" + planId + "/issue";
        assertEquals("request.crossSite", city.send(city.request(city.api(issue)).header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.noBody())).expectError(403).getString("error"));
        assertEquals("request.crossSite", city.send(city.request(city.api(issue)).header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.noBody())).expectError(403).getString("error"));
        assertEquals("request.formBody", city.send(city.request(city.api(issue)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x"))).expectError(403).getString("error"));
        assertEquals("request.formBody", city.send(city.request(city.api(issue))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=b"))).expectError(403).getString("error"));
        assertEquals("DRAFT", city.get("plans/" + planId).expect(200).object().getString("status"));

        URI self = city.uri("");
        String ownOrigin = self.getScheme() + "://" + self.getHost() + ":" + self.getPort();
        city.send(city.request(city.api("notifications/read")).header("Origin", ownOrigin)
                .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.noBody())).expect(200);
        JsonObject issued = city.send(city.request(city.api(issue)).POST(HttpRequest.BodyPublishers.noBody()))
                .expect(200).object();
        assertEquals("ISSUED", issued.getString("status"));
    }

    /**
     * Over a raw socket, so the test sees the answer while the body is still on its way: the
     * server answers a 50 MB declared JSON body with 413 after 64 KB of it, and a chunked one
     * once it passes the 1 MiB limit, never waiting for (or parsing) the whole.
     */
    @Test
    void aTooLargeUploadOnAScreenIsRefusedInVietnameseNeverWithTheErrorPage() throws IOException {
        Path workbook = Files.createTempFile("qua-lon", ".xlsx");
        try (Browser browser = Browser.open(base)) {
            Files.write(workbook, new byte[6 * 1024 * 1024]);
            browser.signIn(tree().user("so"), ItTree.PASSWORD, true).go("app/frameworks.xhtml");
            browser.find(By.id("upload:file")).sendKeys(workbook.toAbsolutePath().toString());
            Object message = browser.driver().executeScript(
                    "return document.getElementById('upload:file').validationMessage");
            assertEquals("Tệp lớn quá 5 MB.", message, "the browser refuses the file as soon as it is chosen");
            assertEquals(false, browser.driver().executeScript(
                    "window.stillHere = true; return document.getElementById('upload').checkValidity()"));
            browser.click(By.id("upload:send-file"));
            assertEquals(true, browser.driver().executeScript("return window.stillHere === true"), "the form was not sent");
        } finally {
            Files.deleteIfExists(workbook);
        }

        WebSession session = new WebSession(Api.at(base));
        session.signIn(tree().user("so"), ItTree.PASSWORD);
        long length = 60L * 1024 * 1024;
        Api.Reply answer = session.send(HttpRequest.newBuilder(Api.at(base).uri("app/frameworks.xhtml"))
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> new ZeroStream(length)), length))
                .build());
        assertEquals(413, answer.status(), answer.body());
        assertTrue(answer.body().contains("lớn quá 51 MB") && answer.body().contains("home.xhtml"), answer.body());
    }

    /** {@code length} zero bytes, never held in memory at once. */
    private static final class ZeroStream extends InputStream {
        private long left;

        ZeroStream(long length) {
            this.left = length;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            left -= n;
            return n;
        }
    }

    @Test
    void anOversizedJsonBodyIsRefusedWith413BeforeItIsParsed() throws IOException {
        String declared = rawPost("Content-Length: " + 50 * 1024 * 1024, 64 * 1024, false);
        assertTrue(declared.startsWith("HTTP/1.1 413"), declared);
        assertTrue(declared.contains("\"error\":\"payload.too.large\"") && declared.contains("MB"), declared);
        String chunked = rawPost("Transfer-Encoding: chunked", 1024 * 1024 + 64 * 1024, true);
        assertTrue(chunked.startsWith("HTTP/1.1 413"), chunked);
        assertTrue(chunked.contains("payload.too.large"), chunked);
    }

    private String rawPost(String lengthHeader, int bytesToSend, boolean chunked) throws IOException {
        URI uri = Api.at(base).api("plans");
        String credentials = java.util.Base64.getEncoder().encodeToString(
                (tree().user("city") + ":" + ItTree.PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nAuthorization: Basic " + credentials + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
                    + lengthHeader + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("{\"title\":\"" + "a".repeat(16 * 1024)).getBytes(StandardCharsets.US_ASCII);
            try {
                for (int sent = 0; sent < bytesToSend; sent += chunk.length) {
                    if (chunked) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(chunk);
                    if (chunked) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                }
                if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException closedEarly) {
                // the server answered and closed before taking everything: what is read below says how
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    answer.write(buffer, 0, n);
                    if (answer.toString(StandardCharsets.UTF_8).contains("\"message\"")) {
                        break;
                    }
                }
            } catch (IOException reset) {
                // a reset after the answer: keep what arrived
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aWorkbookWithARowBeyondTheLimitIsRefusedWhole() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Bộ chỉ số");
            for (int r = 0; r < 6000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("1." + r);
                row.createCell(1).setCellValue("Tiêu chí " + r);
            }
            book.write(out);
            xlsx = out.toByteArray();
        }
        Api province = tree().as("so");
        Api.Reply refused = province.send(province.request(province.api("frameworks/import"))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(xlsx)));
        refused.expect(422);
        assertTrue(refused.body().contains("import.file.tooManyRows"), refused.body());
        assertTrue(refused.body().contains("5.000"), refused.body());
    }

    /**
     * While the database cannot be reached (the application's role locked out and its connections
     * terminated, as a restart does), a screen answers the 503 "try again" page with
     * {@code Retry-After} and no stack trace, an Ajax action a partial-response redirect to it, the
     * API 503 {@code database.unavailable}; afterwards the same session carries on.
     */
    @Test
    void aDatabaseOutageAnswersTryAgainAndTheSessionSurvives() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(ItSettings.isPostgreSql(), "the outage needs PostgreSQL");
        ItTree tree = new ItTree(base).unit("P", "Tỉnh Mất Kết Nối", "PROVINCE", null)
                .unit("C", "Thành phố Mất Kết Nối", "CITY", "P").account("c", "C", "CITY_PLANNER");
        WebSession session = new WebSession(Api.at(base));
        session.signIn(tree.user("c"), ItTree.PASSWORD);
        Api.Reply before = session.get("app/plans.xhtml").expect(200);
        Matcher viewState = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"")
                .matcher(before.body());
        assertTrue(viewState.find(), "no view state on the plans page");
        Api city = tree.as("c");
        city.get("units/" + tree.code("C") + "/plans").expect(200);

        AutoCloseable outage = ItDatabase.outage();
        try {
            Api.Reply page = session.get("app/plans.xhtml");
            assertEquals(503, page.status(), page.body());
            assertEquals("5", page.header("Retry-After").orElse(null));
            assertTrue(page.body().contains("Vui lòng thử lại sau giây lát"), page.body());
            assertFalse(page.body().contains("Exception") || page.body().contains("at vn.dtiplan"), page.body());

            String ajax = "jakarta.faces.partial.ajax=true&jakarta.faces.source=plan-actions%3Afrom-gaps"
                    + "&jakarta.faces.partial.execute=plan-actions%3Afrom-gaps&jakarta.faces.partial.render=messages"
                    + "&plan-actions=plan-actions&plan-actions%3Afrom-gaps=plan-actions%3Afrom-gaps&jakarta.faces.ViewState="
                    + java.net.URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
            Api.Reply action = session.send(HttpRequest.newBuilder(Api.at(base).uri("app/plans.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Faces-Request", "partial/ajax").POST(HttpRequest.BodyPublishers.ofString(ajax)).build());
            assertEquals(200, action.status(), action.body());
            Matcher redirect = Pattern.compile("<redirect url=\"[^\"]*/(unavailable\\?page=[^\"]+)\"").matcher(action.body());
            assertTrue(redirect.find(), action.body());
            Api.Reply shown = session.get(redirect.group(1).replace("&amp;", "&"));
            assertEquals(503, shown.status());
            assertTrue(shown.body().contains("app/plans.xhtml\">Thử lại</a>"), shown.body());

            JsonObject error = city.get("units/" + tree.code("C") + "/plans").expectError(503);
            assertEquals("database.unavailable", error.getString("error"));
        } finally {
            outage.close();
        }
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        Api.Reply after = session.get("app/plans.xhtml");
        while (after.status() == 503 && System.nanoTime() < until) {
            Thread.sleep(500);
            after = session.get("app/plans.xhtml");
        }
        after.expect(200);
        assertTrue(after.body().contains("Thành phố Mất Kết Nối"), "the session lost its caller");
    }

    private static boolean noAlert(Browser browser) {
        try {
            browser.driver().switchTo().alert();
            return false;
        } catch (NoAlertPresentException none) {
            return true;
        }
    }

    private static JsonObject framework(String issuer, int year) {
        JsonArrayBuilder pillars = Json.createArrayBuilder();
        String[] names = {HOSTILE, "Chính quyền số"};
        for (int i = 0; i < names.length; i++) {
            pillars.add(Json.createObjectBuilder().add("name", names[i]).add("max", 50)
                    .add("criteria", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("code", (i + 1) + ".1").add("title", "Tiêu chí " + HOSTILE).add("max", 10))));
        }
        return Json.createObjectBuilder().add("issuerCode", issuer).add("year", year).add("level", "WARD")
                .add("name", "Bộ chỉ số thử " + HOSTILE + " " + SERIAL.incrementAndGet()).add("pillars", pillars).build();
    }

    private static long draftPlan(Api city, String unit) {
        String number = "HD-" + Unique.digits() + "/KH-UBND";
        JsonObject plan = Api.signed(Json.createObjectBuilder()).add("unitCode", unit).add("number", number)
                .add("title", "Kế hoạch thử an toàn").add("year", 2024)
                .add("tasks", Json.createArrayBuilder().add(Json.createObjectBuilder().add("solution", "Rà soát")
                        .add("lead", "Phòng Văn hóa - Thông tin").add("timeframe", "Quý IV/2024").add("cascade", false)))
                .build();
        return city.post("plans", plan).expect(201).object().getJsonNumber("id").longValue();
    }
}
