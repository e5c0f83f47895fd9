package vn.dtiplan.infrastructure.persistence;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import vn.dtiplan.infrastructure.database.DatabaseSettings;

/**
 * The persistence unit's one session customizer ({@code eclipselink.session.customizer}): the kept
 * counts' marks ({@link TaskCountEvents}) and, on H2, the count of writing transactions that is its
 * change stamp ({@link WriteEvents}; PostgreSQL's comes from the database).
 */
public class SessionEvents implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        new TaskCountEvents().customize(session);
        if (!DatabaseSettings.fromConfig().isPostgreSql()) {
            WriteEvents.register(session);
        }
    }
}
