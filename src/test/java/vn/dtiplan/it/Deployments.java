package vn.dtiplan.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import vn.dtiplan.infrastructure.persistence.VisibilityProbe;
import vn.dtiplan.infrastructure.persistence.VisibilityProbeServlet;
import vn.dtiplan.it.probe.IsolationFixture;
import vn.dtiplan.it.probe.SerializationReport;
import vn.dtiplan.it.probe.SessionSerializationProbe;
import vn.dtiplan.it.probe.SignInFailuresReset;

/**
 * The deployment of every IT: the WAR that {@code package} built ({@code target/dtiplan.war},
 * passed by failsafe as {@code dtiplan.war}), so tests exercise the real artifact, not a
 * hand-assembled subset, plus the test-only probes some classes call (servlets and beans under
 * {@code vn.dtiplan.it.probe} and the visibility probe). Every class deploys this one archive, so
 * all of them run on one server ({@link SharedServer}). Its context root is {@code /dtiplan}; use
 * the injected {@code @ArquillianResource URL}, never a fixed path.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive war() {
        String path = ItSettings.required("dtiplan.war");
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war + ": run the ITs through ./mvnw verify");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(SignInFailuresReset.class, IsolationFixture.class, IsolationFixture.Maker.class)
                .addClasses(VisibilityProbe.class, VisibilityProbeServlet.class)
                .addClasses(SessionSerializationProbe.class, SerializationReport.class);
    }
}
