package vn.dtiplan.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every IT: the WAR that {@code package} built ({@code target/dtiplan.war},
 * passed by failsafe as {@code dtiplan.war}), so tests exercise the real artifact, not a
 * hand-assembled subset. Its context root is {@code /dtiplan}; use the injected
 * {@code @ArquillianResource URL}, never a fixed path.
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
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
