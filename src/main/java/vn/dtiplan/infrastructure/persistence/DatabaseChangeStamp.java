package vn.dtiplan.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import vn.dtiplan.domain.ChangeStamp;
import vn.dtiplan.infrastructure.database.DatabaseBootstrap;
import vn.dtiplan.infrastructure.database.DatabaseSettings;

/**
 * The {@link ChangeStamp} of the configured database. On PostgreSQL it is the transaction snapshot
 * ({@code pg_current_snapshot()}: the oldest running transaction, the next transaction id, those in
 * progress), which every instance of a cluster reads alike and which changes whenever a transaction
 * that wrote anything (it was given an id) starts or ends, so nothing has to be told of a write, not
 * even a bulk SQL statement or another instance's; the price is one small query per transaction that
 * asks, and that a write anywhere in the database, relevant or not, counts. On H2 (one instance, in a
 * file) it is {@link WriteEvents}' count, read from memory. Read once per transaction; none in a
 * transaction that has written (on either database, {@link WriteEvents} knows).
 */
@ApplicationScoped
public class DatabaseChangeStamp implements ChangeStamp {

    private static final String KEY = DatabaseChangeStamp.class.getName();

    @Resource(lookup = DatabaseBootstrap.DATA_SOURCE)
    private DataSource dataSource;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    private boolean postgreSql;

    @PostConstruct
    void init() {
        postgreSql = DatabaseSettings.fromConfig().isPostgreSql();
    }

    @Override
    public Optional<Object> current() {
        if (WriteEvents.wrote()) {
            return Optional.empty();
        }
        Object stamp = transaction.getResource(KEY);
        if (stamp == null) {
            stamp = postgreSql ? snapshot() : WriteEvents.ended();
            transaction.putResource(KEY, stamp);
        }
        return Optional.of(stamp);
    }

    private String snapshot() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("select pg_current_snapshot()::text");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the database's change stamp", e);
        }
    }
}
