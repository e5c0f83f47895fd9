package vn.dtiplan.infrastructure.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready}: up only when migrations are done and a connection answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = DatabaseBootstrap.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private DatabaseBootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        boolean up = bootstrap.isMigrated() && connectionAnswers();
        return HealthCheckResponse.named("database").status(up).build();
    }

    private boolean connectionAnswers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
