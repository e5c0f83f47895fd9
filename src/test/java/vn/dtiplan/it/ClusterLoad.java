package vn.dtiplan.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The load of the fault scripts in {@code src/test/cluster}: for a fixed time, browser-like
 * screen sessions on every page ({@link SessionLoad}) and API writes through one base URL (the
 * balancer, or the only instance), while the script kills a server or restarts the database.
 *
 * <p>Writes are plan drafts of the demo city (unit 747) with a number unique to the run; every
 * tenth one gets a cascading task and is issued, so the notification sweeps (run by the
 * administrator on each instance URL given, every 3 s) have something to notify. Each
 * acknowledged write (201 with an id, or 200 for an issue) is appended at once to
 * {@code acked.tsv} ({@code id, number, DRAFT|ISSUED, epoch ms}): the script checks each one in the
 * database. Every request's outcome is written to {@code outcomes.tsv}; the instants the script
 * logged in {@code events.tsv} ({@code epoch ms, label}) get an error window in the report.
 *
 * <p>{@code ClusterLoad <base URL> <seconds> <sessions> <writers> <dir> [instance URL ...]};
 * exit status 1 when a session was sent to sign-in, 0 otherwise (lost writes are the script's
 * check). Bounded by the duration; only talks to the URLs given.
 *
 * <p>{@code ClusterLoad check <base URL> <acked.tsv> [before epoch ms]}: looks for every write
 * acknowledged (before the given instant) through the API, for a database that psql cannot
 * read (the embedded H2); exit status 1 when one is missing.
 */
public final class ClusterLoad {

    private static final String UNIT = "747";
    private static final int SWEEP_EVERY_MS = 3000;

    private final Api base;
    private final Path dir;
    private final String run = Unique.code().toUpperCase(Locale.ROOT);
    private final List<Outcome> outcomes = new ArrayList<>();
    private final PrintWriter acked;

    /** One request: when it ended, what it was ({@code GET}, {@code AJAX}, {@code WRITE}, {@code ISSUE}, {@code SWEEP}). */
    record Outcome(long at, String kind, String name, int status, boolean ok, boolean signIn) {
        String key() {
            return kind + " " + name;
        }
    }

    private ClusterLoad(Api base, Path dir) throws IOException {
        this.base = base;
        this.dir = dir;
        this.acked = new PrintWriter(Files.newBufferedWriter(dir.resolve("acked.tsv"), StandardCharsets.UTF_8), true);
    }

    private void record(Outcome o) {
        synchronized (outcomes) {
            outcomes.add(o);
        }
    }

    private void writer(int number, long end, Api city) {
        for (int i = 0; System.nanoTime() < end; i++) {
            String planNumber = run + "-" + number + "-" + i + "/KH-FO";
            boolean cascade = i % 10 == 9;
            var tasks = Json.createArrayBuilder();
            if (cascade) {
                tasks.add(Json.createObjectBuilder().add("solution", "Failover " + planNumber).add("lead", "UBND các phường")
                        .add("timeframe", "Năm 2026").add("cascade", true));
            }
            JsonObject body = Api.signed(Json.createObjectBuilder()).add("unitCode", UNIT).add("number", planNumber)
                    .add("title", "Failover drill " + planNumber).add("year", 2026).add("tasks", tasks).build();
            Long id = send("WRITE", "plans", 201, () -> city.post("plans", body));
            if (id == null) {
                sleep(200); // a refused connection answers at once: do not spin while a server is down
                continue;
            }
            acked.println(id + "\t" + planNumber + "\tDRAFT\t" + System.currentTimeMillis());
            if (cascade && send("ISSUE", "plans/{id}/issue", 200,
                    () -> city.post("plans/" + id + "/issue", JsonValue.EMPTY_JSON_OBJECT)) != null) {
                acked.println(id + "\t" + planNumber + "\tISSUED\t" + System.currentTimeMillis());
            }
        }
    }

    /** Sends one write; answers the returned id when acknowledged with {@code expected}, else null. */
    private Long send(String kind, String name, int expected, java.util.function.Supplier<Api.Reply> call) {
        try {
            Api.Reply reply = call.get();
            boolean ok = reply.status() == expected;
            record(new Outcome(System.currentTimeMillis(), kind, name, reply.status(), ok, false));
            return ok ? reply.object().getJsonNumber("id").longValue() : null;
        } catch (UncheckedIOException e) {
            record(new Outcome(System.currentTimeMillis(), kind, name, 0, false, false));
            return null;
        }
    }

    private void sweeper(List<Api> instances, long end) {
        while (System.nanoTime() < end) {
            List<Thread> calls = new ArrayList<>();
            for (Api admin : instances) {
                // both instances at once: the advisory lock and the unique key must keep one notification
                calls.add(startThread(() -> {
                    try {
                        Api.Reply r = admin.post("notifications/sweep", JsonValue.EMPTY_JSON_OBJECT);
                        record(new Outcome(System.currentTimeMillis(), "SWEEP", admin.uri("").toString(), r.status(),
                                r.status() == 200, false));
                    } catch (UncheckedIOException e) {
                        record(new Outcome(System.currentTimeMillis(), "SWEEP", admin.uri("").toString(), 0, false, false));
                    }
                }));
            }
            for (Thread t : calls) {
                join(t);
            }
            sleep(SWEEP_EVERY_MS);
        }
    }

    private SessionLoad.Result run(int sessions, int writers, Duration duration, List<Api> instances) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        Api city = base.as("tp.vungtau");
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int number = w;
            running.add(pool.submit(() -> writer(number, end, city)));
        }
        if (!instances.isEmpty()) {
            running.add(pool.submit(() -> sweeper(instances.stream().map(a -> a.as("admin")).toList(), end)));
        }
        SessionLoad.Result sessionsResult = null;
        try {
            if (sessions > 0) {
                sessionsResult = new SessionLoad(base, "tp.vungtau", Api.DEMO_PASSWORD)
                        .observe(o -> record(new Outcome(o.atMillis(), o.ajax() ? "AJAX" : "GET", o.page(), o.status(),
                                o.ok(), o.signIn())))
                        .run(sessions, duration, false);
            }
            for (Future<?> f : running) {
                f.get(duration.toSeconds() + 120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
            acked.close();
        }
        return sessionsResult;
    }

    private List<String[]> events() throws IOException {
        Path file = dir.resolve("events.tsv");
        List<String[]> events = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    events.add(line.split("\t", 2));
                }
            }
        }
        return events;
    }

    /** Writes outcomes.tsv and prints counts, failures per request kind and page, and the window of each event. */
    private int report(SessionLoad.Result sessions) throws IOException {
        List<Outcome> all;
        synchronized (outcomes) {
            all = new ArrayList<>(outcomes);
        }
        all.sort((a, b) -> Long.compare(a.at(), b.at()));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve("outcomes.tsv"), StandardCharsets.UTF_8))) {
            all.forEach(o -> out.println(o.at() + "\t" + o.kind() + "\t" + o.name() + "\t" + o.status() + "\t" + o.ok()));
        }
        Map<String, long[]> byKey = new TreeMap<>();
        all.forEach(o -> {
            long[] c = byKey.computeIfAbsent(o.key(), k -> new long[3]);
            c[0]++;
            c[1] += o.ok() ? 0 : 1;
            c[2] += o.signIn() ? 1 : 0;
        });
        System.out.println("requests by kind and page (total / failed / sent to sign-in):");
        byKey.forEach((k, c) -> System.out.printf(Locale.ROOT, "  %-40s %6d %6d %4d%n", k, c[0], c[1], c[2]));
        long signIns = all.stream().filter(Outcome::signIn).count();
        if (sessions != null) {
            System.out.println("sessions: " + sessions);
        }
        System.out.printf(Locale.ROOT, "writes acknowledged: %d drafts, %d issues; responses sending a session to sign-in: %d%n",
                all.stream().filter(o -> o.ok() && o.kind().equals("WRITE")).count(),
                all.stream().filter(o -> o.ok() && o.kind().equals("ISSUE")).count(), signIns);
        List<String[]> events = events();
        long start = all.isEmpty() ? 0 : all.get(0).at();
        for (int e = 0; e < events.size(); e++) {
            long at = Long.parseLong(events.get(e)[0]);
            long until = e + 1 < events.size() ? Long.parseLong(events.get(e + 1)[0]) : Long.MAX_VALUE;
            window(all, events.get(e)[1], start, at, until);
        }
        return signIns == 0 && (sessions == null || sessions.sessionsLost() == 0) ? 0 : 1;
    }

    /**
     * The error window of one event: failed requests ending between it and the next event,
     * leaving out the sweeps (sent to each instance directly, so a dead one always fails) and the
     * kinds of request that already failed before the event (reported as failing regardless).
     */
    private static void window(List<Outcome> all, String label, long start, long at, long until) {
        java.util.Set<String> failingBefore = new java.util.TreeSet<>();
        all.stream().filter(o -> o.at() >= start && o.at() < at && !o.ok() && !o.kind().equals("SWEEP"))
                .forEach(o -> failingBefore.add(o.key()));
        List<Outcome> after = all.stream().filter(o -> o.at() >= at && o.at() < until && !o.kind().equals("SWEEP")
                && !failingBefore.contains(o.key())).toList();
        List<Outcome> failed = after.stream().filter(o -> !o.ok()).toList();
        System.out.println("event " + label + ":");
        if (!failingBefore.isEmpty()) {
            System.out.println("  already failing before it (not counted in the window): " + failingBefore);
        }
        if (failed.isEmpty()) {
            System.out.printf(Locale.ROOT, "  error window: none (0 of %d requests after it failed)%n", after.size());
            return;
        }
        long first = failed.get(0).at();
        long last = failed.get(failed.size() - 1).at();
        long recovered = after.stream().filter(o -> o.ok() && o.at() > last).mapToLong(Outcome::at).findFirst().orElse(-1);
        System.out.printf(Locale.ROOT, "  error window: %.2f s (first failure %+d ms, last %+d ms after the event), "
                + "%d of %d requests failed%n", (last - first) / 1000.0, first - at, last - at, failed.size(), after.size());
        System.out.printf(Locale.ROOT, "  recovery: %s%n", recovered < 0 ? "no success after the last failure"
                : String.format(Locale.ROOT, "%.2f s from the first failure to the first success after the last one",
                        (recovered - first) / 1000.0));
        Map<String, Integer> byStatus = new TreeMap<>();
        failed.forEach(o -> byStatus.merge(o.kind() + " " + o.status(), 1, Integer::sum));
        System.out.println("  failures by kind and status: " + byStatus);
    }

    private static Thread startThread(Runnable task) {
        Thread t = new Thread(task, "sweep");
        t.start();
        return t;
    }

    private static void join(Thread t) {
        try {
            t.join(120_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every acknowledged write (before {@code before}) among the city's plans, with an issue's status. */
    private static int check(Api base, Path acked, long before) throws IOException {
        Map<Long, JsonObject> stored = new java.util.HashMap<>();
        base.as("tp.vungtau").get("units/" + UNIT + "/plans").expect(200).array().getValuesAs(JsonObject.class)
                .forEach(p -> stored.put(p.getJsonNumber("id").longValue(), p));
        int expected = 0;
        List<String> missing = new ArrayList<>();
        for (String line : Files.readAllLines(acked, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 4 || Long.parseLong(f[3]) >= before) {
                continue;
            }
            expected++;
            JsonObject plan = stored.get(Long.parseLong(f[0]));
            if (plan == null || !plan.getString("number").equals(f[1])
                    || (f[2].equals("ISSUED") && plan.getString("status").equals("DRAFT"))) {
                missing.add(line.replace('\t', ' '));
            }
        }
        System.out.printf(Locale.ROOT, "%d acknowledged writes checked, %d missing%s%n", expected, missing.size(),
                missing.isEmpty() ? "" : ": " + missing.subList(0, Math.min(10, missing.size())));
        return missing.isEmpty() ? 0 : 1;
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("check")) {
            System.exit(check(Api.at(URI.create(args[1]).toURL()), Path.of(args[2]),
                    args.length > 3 ? Long.parseLong(args[3]) : Long.MAX_VALUE));
        }
        Api base = Api.at(URI.create(args[0]).toURL());
        Duration duration = Duration.ofSeconds(Long.parseLong(args[1]));
        int sessions = Integer.parseInt(args[2]);
        int writers = Integer.parseInt(args[3]);
        Path dir = Path.of(args[4]);
        List<Api> instances = new ArrayList<>();
        for (int i = 5; i < args.length; i++) {
            instances.add(Api.at(URI.create(args[i]).toURL()));
        }
        ClusterLoad load = new ClusterLoad(base, dir);
        SessionLoad.Result sessionsResult = load.run(sessions, writers, duration, instances);
        System.exit(load.report(sessionsResult));
    }
}
