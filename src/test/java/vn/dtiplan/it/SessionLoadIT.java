package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dtiplan.it.probe.SessionSerializationProbe;

/**
 * Signed-in users are never signed out by load, and everything a screen keeps in the session
 * survives the write-and-read-back of a cluster's session store. Browser-like clients
 * ({@link SessionLoad}: every screen reachable from the menu, Ajax postbacks) run for a bounded
 * time — each with its own session, and several sharing one session as tabs do — while the
 * deployment's {@link SessionSerializationProbe} round-trips the session after every screen
 * request. The documented longer runs (8 and 32 sessions, 60 s) use the same driver
 * (docs/benchmark.md); {@code -Ddtiplan.load.seconds} lengthens these.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionLoadIT {

    private static final Duration RUN = Duration.ofSeconds(Long.getLong("dtiplan.load.seconds", 8));

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    @Test
    void separateSessionsOnEveryScreenOfAProvinceAreNeverSignedOut() throws InterruptedException {
        assertHeld(new SessionLoad(Api.at(base), "tinh.brvt", Api.DEMO_PASSWORD).run(8, RUN, false));
    }

    @Test
    void tabsSharingOneSessionAreNeverSignedOut() throws InterruptedException {
        assertHeld(new SessionLoad(Api.at(base), "tp.vungtau", Api.DEMO_PASSWORD).run(8, RUN, true));
    }

    @Test
    void aWardsScreensKeepOnlySerialisableState() throws InterruptedException {
        assertHeld(new SessionLoad(Api.at(base), "phuong2.vungtau", Api.DEMO_PASSWORD).run(3, RUN, false));
    }

    private void assertHeld(SessionLoad.Result result) {
        Api api = Api.at(base);
        List<String> report = api.send(api.request(api.uri("it-probe/serialization")).setHeader("Accept", "text/plain"))
                .expect(200).body().lines().toList();
        System.out.println(result + "; pages " + result.pages() + "; session attributes round-tripped: " + report.get(0));
        assertAll(
                () -> assertTrue(result.requests() > 0 && result.postbacks() > 0, result::toString),
                () -> assertTrue(result.pages().size() > SessionLoad.START.size(), "no links followed: " + result.pages()),
                () -> assertEquals(0, result.lostResponses(), result::toString),
                () -> assertEquals(0, result.sessionsLost(), result::toString),
                () -> assertEquals(0, result.errors(), result::toString),
                () -> assertTrue(Long.parseLong(report.get(0)) > 0, "the probe saw no session"),
                () -> assertEquals(List.of(), report.subList(1, report.size())));
    }
}
