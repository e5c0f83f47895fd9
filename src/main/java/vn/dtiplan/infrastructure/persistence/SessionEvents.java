package vn.dtiplan.infrastructure.persistence;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * The persistence unit's one session customizer ({@code eclipselink.session.customizer}): the kept
 * counts' marks ({@link TaskCountEvents}) and which transactions write ({@link WriteEvents}, for the
 * change stamp).
 */
public class SessionEvents implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        new TaskCountEvents().customize(session);
        WriteEvents.register(session);
    }
}
