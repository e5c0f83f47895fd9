package vn.dtiplan.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.plan.InheritanceState;
import vn.dtiplan.domain.plan.TimeframeKind;
import vn.dtiplan.domain.progress.DueState;
import vn.dtiplan.domain.progress.Overdue;
import vn.dtiplan.domain.progress.ProgressStatus;

/**
 * The SQL the roll-up and the notification sweep count overdue tasks with selects exactly the
 * tasks the domain calls overdue, on every combination of timeframe kind, inheritance state,
 * progress and due date (an in-memory H2 database with the columns the predicate reads).
 */
class DueSqlTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 10);

    private record Row(long id, TimeframeKind kind, InheritanceState state, ProgressStatus status, LocalDate due) {
    }

    @Test
    void sqlAndDomainAgreeOnEveryCase() throws SQLException {
        List<Row> rows = everyCase();
        Set<Long> domain = new HashSet<>();
        for (Row r : rows) {
            boolean overdue = Overdue.isOverdue(r.kind(), r.state(), r.status(), r.due(), TODAY);
            assertEquals(overdue, DueState.of(r.kind(), r.state(), r.status(), r.due(), null, TODAY).overdue(), r.toString());
            if (overdue) {
                domain.add(r.id());
            }
        }
        assertFalse(domain.isEmpty());
        assertEquals(domain, selectOverdue(rows));
    }

    private static List<Row> everyCase() {
        List<InheritanceState> states = new ArrayList<>(Arrays.asList(InheritanceState.values()));
        states.add(null);
        List<ProgressStatus> statuses = new ArrayList<>(Arrays.asList(ProgressStatus.values()));
        statuses.add(null);
        List<LocalDate> dues = Arrays.asList(null, TODAY.minusDays(1), TODAY, TODAY.plusDays(1));
        List<Row> rows = new ArrayList<>();
        for (TimeframeKind kind : TimeframeKind.values()) {
            for (InheritanceState state : states) {
                for (ProgressStatus status : statuses) {
                    for (LocalDate due : dues) {
                        rows.add(new Row(rows.size() + 1, kind, state, status, due));
                    }
                }
            }
        }
        return rows;
    }

    private static Set<Long> selectOverdue(List<Row> rows) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:duesql;DB_CLOSE_DELAY=-1")) {
            try (Statement ddl = db.createStatement()) {
                ddl.execute("create table task (id bigint primary key, state varchar(20), timeframe_kind varchar(20),"
                        + " due date, lead_kind varchar(20), parent_task_id bigint)");
                ddl.execute("create table task_progress (task_id bigint, status varchar(20))");
            }
            insert(db, rows);
            Set<Long> found = new HashSet<>();
            try (PreparedStatement q = db.prepareStatement("select t.id from task t left join task_progress p"
                    + " on p.task_id = t.id where " + DueSql.overdue("t", "p", "?") + " and " + DueSql.countedOnce("t"))) {
                q.setDate(1, Date.valueOf(TODAY));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getLong(1));
                    }
                }
            }
            return found;
        }
    }

    private static void insert(Connection db, List<Row> rows) throws SQLException {
        try (PreparedStatement task = db.prepareStatement("insert into task values (?, ?, ?, ?, 'DEPARTMENT', null)");
             PreparedStatement progress = db.prepareStatement("insert into task_progress values (?, ?)")) {
            for (Row r : rows) {
                task.setLong(1, r.id());
                task.setString(2, r.state() == null ? null : r.state().name());
                task.setString(3, r.kind().name());
                task.setDate(4, r.due() == null ? null : Date.valueOf(r.due()));
                task.executeUpdate();
                if (r.status() != null) {
                    progress.setLong(1, r.id());
                    progress.setString(2, r.status().name());
                    progress.executeUpdate();
                }
            }
        }
    }
}
