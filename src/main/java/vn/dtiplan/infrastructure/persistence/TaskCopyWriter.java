package vn.dtiplan.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.sequencing.Sequence;
import org.eclipse.persistence.sessions.UnitOfWork;
import vn.dtiplan.domain.plan.InheritedTask;
import vn.dtiplan.domain.plan.MeasurableTarget;
import vn.dtiplan.domain.plan.TaskFieldsConverter;
import vn.dtiplan.domain.plan.TextListConverter;

/**
 * Inserts the copies an issue makes ({@link InheritedTask}s built by the domain's {@code Plan.issue})
 * with plain JDBC on the transaction's own connection, instead of one {@code persist} each. EclipseLink
 * spent about 95 % of an issue's CPU building and binding the insert rows (its row searches its fields
 * linearly for every column); here each value is read once from the copy's getter. On PostgreSQL all
 * rows go as one {@code insert … select … from unnest(?, ?, …)} of one array per column (one statement,
 * one round trip, whatever the number of copies), with their ids taken in one query; elsewhere (H2) as
 * a JDBC batch with ids from EclipseLink's sequencing.
 *
 * <p>What the JPA insert did and this keeps: the same rows, column by column (the list below is
 * checked once against EclipseLink's mapping of {@code InheritedTask}: a column it maps and this does
 * not write, or the reverse, fails the write); ids from the generator's sequence in its allocation
 * blocks ({@code task_seq}, 100: each {@code nextval} is a block no one else uses, so later
 * {@code persist}s never collide); the version JPA's optimistic lock starts at (1) and the
 * discriminator; the connection that carries the transaction's {@code app.scope}, so row-level
 * security's {@code WITH CHECK} applies on PostgreSQL (the caller has checked {@code Visibility.writes}).
 * Not kept, by design: the copies are not managed afterwards (nothing in an issue reads them back as
 * entities; a later query loads them from the rows), and no descriptor event fires, so the units whose
 * kept counts change are noted here ({@link TaskCountEvents#note}), and so is the write itself for H2's change
 * stamp ({@link WriteEvents#note}). Tasks are not in EclipseLink's
 * shared cache (the check refuses a mapping that puts them there) and no mapped collection or cached
 * query holds tasks, so nothing cached goes stale. PostgreSQL's {@code COPY} is not an option: it
 * refuses a table with row-level security.
 */
final class TaskCopyWriter {

    static final long INITIAL_VERSION = 1L;
    static final String KIND = "INHERITED";
    private static final int BATCH = 500;
    private static final int ARRAY_ROWS = 5_000;
    private static final TextListConverter TEXTS = new TextListConverter();
    private static final TaskFieldsConverter FIELDS = new TaskFieldsConverter();
    private static final InstantConverter INSTANTS = new InstantConverter();

    private record Column(String name, int type, Function<InheritedTask, Object> value) {

        /** The PostgreSQL type an array element (sent as text) is cast to. */
        String sqlType() {
            return switch (type) {
                case Types.BIGINT -> "bigint";
                case Types.INTEGER -> "integer";
                case Types.NUMERIC -> "numeric";
                case Types.DATE -> "date";
                case Types.BOOLEAN -> "boolean";
                case Types.TIMESTAMP -> "timestamp";
                default -> "text";
            };
        }
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("plan_id", Types.BIGINT, t -> t.getPlan() == null ? null : t.getPlan().getId()),
            new Column("unit_id", Types.BIGINT, t -> t.getUnit().getId()),
            new Column("unit_path", Types.VARCHAR, InheritedTask::getUnitPath),
            new Column("parent_task_id", Types.BIGINT, InheritedTask::getParentTaskId),
            new Column("source_plan_id", Types.BIGINT, t -> t.getSourcePlan() == null ? null : t.getSourcePlan().getId()),
            new Column("ordinal", Types.INTEGER, InheritedTask::getOrdinal),
            new Column("criterion_code", Types.VARCHAR, InheritedTask::getCriterionCode),
            new Column("criterion_title", Types.VARCHAR, InheritedTask::getCriterionTitle),
            new Column("points_at_stake", Types.NUMERIC, InheritedTask::getPointsAtStake),
            new Column("solution", Types.VARCHAR, InheritedTask::getSolution),
            new Column("lead_name", Types.VARCHAR, InheritedTask::getLeadName),
            new Column("lead_kind", Types.VARCHAR, t -> name(t.getLeadKind())),
            new Column("lead_department_id", Types.BIGINT,
                    t -> t.getLeadDepartment() == null ? null : t.getLeadDepartment().getId()),
            new Column("coordinating", Types.VARCHAR, t -> TEXTS.convertToDatabaseColumn(t.getCoordinating())),
            new Column("target", Types.VARCHAR, InheritedTask::getTarget),
            new Column("target_indicator", Types.VARCHAR, t -> measured(t, MeasurableTarget::getIndicator)),
            new Column("target_unit", Types.VARCHAR, t -> measured(t, MeasurableTarget::getUnit)),
            new Column("target_baseline", Types.NUMERIC, t -> measured(t, MeasurableTarget::getBaseline)),
            new Column("target_value", Types.NUMERIC, t -> measured(t, MeasurableTarget::getValue)),
            new Column("target_direction", Types.VARCHAR, t -> measured(t, m -> name(m.getDirection()))),
            new Column("target_latest", Types.NUMERIC, t -> measured(t, MeasurableTarget::getLatest)),
            new Column("evidence", Types.VARCHAR, InheritedTask::getEvidence),
            new Column("timeframe", Types.VARCHAR, InheritedTask::getTimeframe),
            new Column("timeframe_kind", Types.VARCHAR, t -> name(t.getTimeframeKind())),
            new Column("due", Types.DATE, t -> t.getDue() == null ? null : java.sql.Date.valueOf(t.getDue())),
            new Column("cascade", Types.BOOLEAN, InheritedTask::isCascade),
            new Column("cascade_targets", Types.VARCHAR, t -> TEXTS.convertToDatabaseColumn(t.getCascadeTargets())),
            new Column("published", Types.BOOLEAN, InheritedTask::isPublished),
            new Column("state", Types.VARCHAR, t -> name(t.getState())),
            new Column("adapted_fields", Types.VARCHAR, t -> FIELDS.convertToDatabaseColumn(t.getAdaptedFields())),
            new Column("decided_by", Types.VARCHAR, InheritedTask::getDecidedBy),
            new Column("decided_at", Types.TIMESTAMP, t -> INSTANTS.convertToDatabaseColumn(t.getDecidedAt())),
            new Column("decline_reason", Types.VARCHAR, InheritedTask::getDeclineReason),
            new Column("decline_review", Types.VARCHAR, t -> name(t.getDeclineReview())),
            new Column("due_conflict", Types.BOOLEAN, InheritedTask::isDueConflict),
            new Column("merged_into_id", Types.BIGINT, InheritedTask::getMergedIntoId));

    private static final String INTO = "insert into task (id, "
            + COLUMNS.stream().map(Column::name).collect(Collectors.joining(", ")) + ", version, kind) ";
    private static final String CONSTANTS = INITIAL_VERSION + ", '" + KIND + "'";

    /** One row per statement execution, for a JDBC batch. */
    static final String INSERT_ROW = INTO + "values (" + "?, ".repeat(COLUMNS.size() + 1) + CONSTANTS + ")";

    /** Every row at once from one text array per column (PostgreSQL), each element cast to its column's type. */
    static final String INSERT_ARRAYS = INTO + "select c0::bigint, "
            + Stream.iterate(1, i -> i + 1).limit(COLUMNS.size())
                    .map(i -> "c" + i + "::" + COLUMNS.get(i - 1).sqlType()).collect(Collectors.joining(", "))
            + ", " + CONSTANTS + " from unnest("
            + "?::text[], ".repeat(COLUMNS.size()) + "?::text[]) as r("
            + Stream.iterate(0, i -> i + 1).limit(COLUMNS.size() + 1).map(i -> "c" + i).collect(Collectors.joining(", "))
            + ")";

    private static volatile boolean mappingChecked;

    private TaskCopyWriter() {
    }

    /**
     * Inserts the copies in the current transaction after flushing the persistence context (the
     * plan's status and its parent tasks are written first), and notes the units whose kept counts
     * change: each copy's and its parent task's.
     */
    static void insert(EntityManager em, Collection<InheritedTask> copies) {
        if (copies.isEmpty()) {
            return;
        }
        em.flush();
        UnitOfWork session = em.unwrap(UnitOfWork.class);
        ClassDescriptor descriptor = session.getDescriptor(InheritedTask.class);
        requireSameMapping(descriptor);
        Connection connection = em.unwrap(Connection.class);
        List<InheritedTask> rows = List.copyOf(copies);
        try {
            if (session.getPlatform().isPostgreSQL()) {
                for (int from = 0; from < rows.size(); from += ARRAY_ROWS) {
                    List<InheritedTask> chunk = rows.subList(from, Math.min(rows.size(), from + ARRAY_ROWS));
                    insertArrays(connection, ids(connection, descriptor.getSequence(), chunk.size()), chunk);
                }
            } else {
                insertBatches(connection, session, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Inserting " + rows.size() + " inherited tasks failed", e);
        }
        TaskCountEvents.note(touchedUnits(rows));
        WriteEvents.note();
    }

    private static void insertArrays(Connection connection, List<Long> ids, List<InheritedTask> copies)
            throws SQLException {
        String[][] columns = new String[COLUMNS.size() + 1][copies.size()];
        for (int row = 0; row < copies.size(); row++) {
            InheritedTask copy = copies.get(row);
            columns[0][row] = ids.get(row).toString();
            for (int i = 0; i < COLUMNS.size(); i++) {
                columns[i + 1][row] = text(COLUMNS.get(i).value().apply(copy));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ARRAYS)) {
            for (int i = 0; i < columns.length; i++) {
                insert.setArray(i + 1, connection.createArrayOf("text", columns[i]));
            }
            insert.executeUpdate();
        }
    }

    /**
     * {@code count} ids in the generator's allocation blocks: each {@code nextval} of the sequence (which
     * steps by the allocation size) is the last id of a block, as EclipseLink's preallocation reads it.
     */
    private static List<Long> ids(Connection connection, Sequence sequence, int count) throws SQLException {
        int size = sequence.getPreallocationSize();
        List<Long> ids = new ArrayList<>(count);
        try (PreparedStatement next = connection.prepareStatement(
                "select nextval(?::regclass) from generate_series(1, ?)")) {
            next.setString(1, sequence.getName());
            next.setInt(2, (count + size - 1) / size);
            try (ResultSet blocks = next.executeQuery()) {
                while (blocks.next()) {
                    long last = blocks.getLong(1);
                    for (long id = last - size + 1; id <= last && ids.size() < count; id++) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }

    private static void insertBatches(Connection connection, UnitOfWork session, List<InheritedTask> copies)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ROW)) {
            int pending = 0;
            for (InheritedTask copy : copies) {
                insert.setLong(1, session.getNextSequenceNumberValue(InheritedTask.class).longValue());
                for (int i = 0; i < COLUMNS.size(); i++) {
                    Column column = COLUMNS.get(i);
                    insert.setObject(i + 2, column.value().apply(copy), column.type());
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    /** The paths whose kept counts the copies change, as the descriptor events note an inserted copy. */
    static Set<String> touchedUnits(Collection<InheritedTask> copies) {
        Set<String> paths = new LinkedHashSet<>();
        for (InheritedTask copy : copies) {
            paths.add(copy.getUnitPath());
            if (copy.getParentTask() != null) {
                paths.add(copy.getParentTask().getUnitPath());
            }
        }
        return paths;
    }

    /**
     * Refuses to write when the columns here are not the ones EclipseLink maps for an inherited task
     * (a field added to {@code Task} without a column here), or when tasks are in the shared cache.
     */
    static void requireSameMapping(ClassDescriptor descriptor) {
        if (mappingChecked) {
            return;
        }
        Set<String> mapped = descriptor.getFields().stream().map(DatabaseField::getName)
                .map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> written = new TreeSet<>(columnNames());
        if (!mapped.equals(written)) {
            throw new IllegalStateException("TaskCopyWriter writes " + written + " but InheritedTask maps " + mapped);
        }
        if (!descriptor.isIsolated()) {
            throw new IllegalStateException("TaskCopyWriter expects tasks outside EclipseLink's shared cache");
        }
        mappingChecked = true;
    }

    /** Every column the inserts name. */
    static List<String> columnNames() {
        return Stream.of(Stream.of("id"), COLUMNS.stream().map(Column::name), Stream.of("version", "kind"))
                .flatMap(s -> s).toList();
    }

    /** A value as PostgreSQL reads it back from text (dates ISO, decimals without exponent). */
    private static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value == null ? null : value.toString();
    }

    private static Object measured(InheritedTask task, Function<MeasurableTarget, Object> part) {
        return Optional.ofNullable(task.getMeasurable()).map(part).orElse(null);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
