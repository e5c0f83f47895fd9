package vn.dtiplan.it;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load of browser-like screen sessions on one server: each client signs in through
 * the real form, then, until the duration has passed, loads every page in turn (starting from
 * {@link #START} and following the screen links the pages show, up to 60 pages) and
 * on the pages that have one sends Faces Ajax postbacks (the view-scoped bean's state must be
 * found again): client {@code i} sends {@code i + 1} per page, so with a shared session one tab
 * stays on its page while the others move on, as a user with several tabs does. Clients either each have their own session or share one (several tabs of one
 * user). Anything that sends a signed-in client back to the sign-in page is a lost session;
 * any other non-200 answer an error. Stops by itself; only talks to the given loopback URI.
 *
 * <p>Used by {@code SessionLoadIT} (short, in every build) and from the command line for the
 * documented 60-second runs (docs/benchmark.md):
 * {@code java -cp … vn.dtiplan.it.SessionLoad http://127.0.0.1:8080/ 32 60 separate}.
 */
public final class SessionLoad {

    /** Where every client starts; the other pages are found by following the links of the pages shown. */
    public static final List<String> START = List.of("app/home.xhtml", "app/dashboard.xhtml", "app/reports.xhtml");
    private static final int MAX_PAGES = 60;
    private static final int MAX_VARIANTS = 3;
    private static final Pattern LINK = Pattern.compile("href=\"[^\"]*?/(app/[a-z-]+\\.xhtml(?:\\?[^\"#]*)?)\"");

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"");
    private static final Pattern OUTAGE_REDIRECT = Pattern.compile("<redirect url=\"[^\"]*/unavailable[?\"]");
    private static final Pattern FORM_ID = Pattern.compile("<form id=\"([^\"]+)\"[^>]*method=\"post\"");

    private final Api api;
    private final String user;
    private final String password;

    private final LongAdder requests = new LongAdder();
    private final LongAdder postbacks = new LongAdder();
    private final LongAdder lost = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final AtomicInteger sessionsLost = new AtomicInteger();
    private final List<String> samples = new ArrayList<>();
    private final List<String> pages = new java.util.concurrent.CopyOnWriteArrayList<>(START);
    private volatile Consumer<Outcome> observer = outcome -> { };

    /** One answered (or failed, {@code status} 0) request, for callers that time failures, e.g. {@link ClusterLoad}. */
    public record Outcome(long atMillis, String page, boolean ajax, int status, boolean signIn, boolean ok) {
    }

    public SessionLoad(Api anonymous, String user, String password) {
        this.api = anonymous.anonymous();
        this.user = user;
        this.password = password;
    }

    /** The outcome of one run. */
    public record Result(int clients, boolean shared, long requests, long postbacks, long lostResponses,
                         int sessionsLost, long errors, List<String> samples, List<String> pages) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "%d clients (%s) over %d pages: %d requests, %d Ajax postbacks, %d sent to sign-in, %d sessions lost, %d errors%s",
                    clients, shared ? "one shared session" : "a session each", pages.size(), requests, postbacks,
                    lostResponses, sessionsLost, errors, samples.isEmpty() ? "" : " e.g. " + samples);
        }
    }

    /** Reports every request to {@code observer} (from the client threads); returns this. */
    public SessionLoad observe(Consumer<Outcome> observer) {
        this.observer = observer;
        return this;
    }

    /** Runs {@code clients} clients for {@code duration}; with {@code shared} they use one session. */
    public Result run(int clients, Duration duration, boolean shared) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<WebSession> sessions = signedIn(pool, shared ? 1 : clients);
            long end = System.nanoTime() + duration.toNanos();
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int offset = i;
                WebSession session = sessions.get(i % sessions.size());
                running.add(pool.submit(() -> client(session, offset, end)));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    errors.increment();
                    sample("client failed: " + e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        synchronized (samples) {
            return new Result(clients, shared, requests.sum(), postbacks.sum(), lost.sum(), sessionsLost.get(),
                    errors.sum(), List.copyOf(samples), List.copyOf(pages));
        }
    }

    /** Signs {@code count} sessions in at once, before the clock starts: sign-in is not what is measured. */
    private List<WebSession> signedIn(ExecutorService pool, int count) throws InterruptedException {
        List<Future<WebSession>> signing = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            signing.add(pool.submit((java.util.concurrent.Callable<WebSession>) this::signedIn));
        }
        List<WebSession> sessions = new ArrayList<>();
        for (Future<WebSession> f : signing) {
            try {
                sessions.add(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("sign-in failed", e.getCause());
            }
        }
        return sessions;
    }

    private WebSession signedIn() {
        WebSession session = new WebSession(api);
        Api.Reply reply = session.signIn(user, password);
        if (reply.status() != 302 || reply.header("Location").orElse("").contains("login.xhtml")) {
            throw new IllegalStateException("Sign-in of " + user + " failed: " + reply.status());
        }
        return session;
    }

    private void client(WebSession session, int offset, long end) {
        boolean signedOut = false;
        for (int i = offset; i == offset || System.nanoTime() < end; i++) {
            String page = pages.get(i % pages.size());
            Api.Reply reply;
            try {
                reply = session.get(page);
            } catch (java.io.UncheckedIOException e) {
                // a connection cut by a dying server is an error of this request, not the end of the client
                requests.increment();
                errors.increment();
                sample(page + " → " + e.getMessage());
                observer.accept(new Outcome(System.currentTimeMillis(), page, false, 0, false, false));
                continue;
            }
            requests.increment();
            boolean signIn = isSignIn(reply);
            observer.accept(new Outcome(System.currentTimeMillis(), page, false, reply.status(), signIn,
                    reply.status() == 200));
            if (signIn) {
                lost.increment();
                sample(page + " → " + reply.header("Location").orElse(""));
                if (!signedOut) {
                    sessionsLost.incrementAndGet();
                    signedOut = true;
                }
                continue;
            }
            if (reply.status() != 200) {
                errors.increment();
                sample(page + " → " + reply.status());
                continue;
            }
            discover(reply.body());
            for (int k = 0; k <= offset; k++) {
                postback(session, page, reply.body());
            }
        }
    }

    /** Adds the screen links of a page shown (a few variants of each screen, a bounded number in all). */
    private void discover(String html) {
        Matcher link = LINK.matcher(html);
        while (link.find() && pages.size() < MAX_PAGES) {
            String page = link.group(1).replace("&amp;", "&");
            String screen = page.replaceAll("\\?.*", "");
            synchronized (pages) {
                if (!pages.contains(page)
                        && pages.stream().filter(p -> p.replaceAll("\\?.*", "").equals(screen)).count() < MAX_VARIANTS) {
                    pages.add(page);
                }
            }
        }
    }

    /** Re-renders the page's first form by Ajax, as PrimeFaces does on a sort or a tab change. */
    private void postback(WebSession session, String page, String html) {
        Matcher state = VIEW_STATE.matcher(html);
        Matcher form = FORM_ID.matcher(html);
        if (!state.find() || !form.find()) {
            return;
        }
        String id = form.group(1);
        String body = "jakarta.faces.partial.ajax=true&jakarta.faces.source=" + enc(id)
                + "&jakarta.faces.partial.execute=" + enc(id) + "&jakarta.faces.partial.render=" + enc(id)
                + "&" + enc(id) + "=" + enc(id) + "&jakarta.faces.ViewState=" + enc(state.group(1));
        URI uri = api.uri(page);
        Api.Reply reply;
        postbacks.increment();
        requests.increment();
        try {
            reply = session.send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Faces-Request", "partial/ajax")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build());
        } catch (java.io.UncheckedIOException e) {
            errors.increment();
            sample(page + " (Ajax) → " + e.getMessage());
            observer.accept(new Outcome(System.currentTimeMillis(), page, true, 0, false, false));
            return;
        }
        String text = reply.body();
        boolean signIn = text.contains("login.xhtml");
        // the screens' answer to a database outage: a redirect to the "try again" page, counted as its 503
        int status = reply.status() == 200 && OUTAGE_REDIRECT.matcher(text).find() ? 503 : reply.status();
        boolean ok = !signIn && status == 200 && !text.contains("ViewExpiredException")
                && !text.contains("expired.xhtml") && text.contains("<partial-response");
        observer.accept(new Outcome(System.currentTimeMillis(), page, true, status, signIn, ok));
        if (signIn) {
            lost.increment();
            sample(page + " (Ajax) → sign-in");
        } else if (!ok) {
            errors.increment();
            sample(page + " (Ajax) → " + status + " " + text.substring(0, Math.min(160, text.length())));
        }
    }

    private static boolean isSignIn(Api.Reply reply) {
        return reply.status() == 302 && reply.header("Location").orElse("").contains("login.xhtml");
    }

    private void sample(String what) {
        synchronized (samples) {
            if (samples.size() < 5) {
                samples.add(what);
            }
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** {@code SessionLoad <base URL> <clients> <seconds> <shared|separate> [user] [password]}. */
    public static void main(String[] args) throws Exception {
        URL base = URI.create(args[0]).toURL();
        int clients = Integer.parseInt(args[1]);
        Duration duration = Duration.ofSeconds(Long.parseLong(args[2]));
        boolean shared = "shared".equals(args[3]);
        String user = args.length > 4 ? args[4] : "tp.vungtau";
        String password = args.length > 5 ? args[5] : Api.DEMO_PASSWORD;
        Result result = new SessionLoad(Api.at(base), user, password).run(clients, duration, shared);
        System.out.println(result);
        System.exit(result.sessionsLost() == 0 && result.lostResponses() == 0 && result.errors() == 0 ? 0 : 1);
    }
}
