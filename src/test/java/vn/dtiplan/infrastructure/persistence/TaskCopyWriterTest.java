package vn.dtiplan.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.JoinColumn;
import java.lang.reflect.Field;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.plan.InheritedTask;
import vn.dtiplan.domain.plan.Task;

/**
 * The JDBC insert of an issue's copies names every column the entities map, once (the server checks
 * the same against EclipseLink's descriptor before its first write).
 */
class TaskCopyWriterTest {

    @Test
    void writesEveryMappedColumnOnce() {
        Set<String> mapped = new TreeSet<>(Set.of("id", "version", "kind"));
        Stream.of(Task.class, InheritedTask.class).flatMap(type -> Stream.of(type.getDeclaredFields()))
                .forEach(field -> addColumns(field, mapped));
        assertEquals(mapped, new TreeSet<>(TaskCopyWriter.columnNames()));
        assertEquals(TaskCopyWriter.columnNames().size(), Set.copyOf(TaskCopyWriter.columnNames()).size());
    }

    @Test
    void bothInsertsHaveAParameterPerColumnButTheConstants() {
        int parameters = TaskCopyWriter.columnNames().size() - 2;
        assertEquals(parameters, TaskCopyWriter.INSERT_ROW.chars().filter(c -> c == '?').count());
        assertEquals(parameters, TaskCopyWriter.INSERT_ARRAYS.chars().filter(c -> c == '?').count());
        assertTrue(TaskCopyWriter.INSERT_ARRAYS.contains("1, 'INHERITED' from unnest("), TaskCopyWriter.INSERT_ARRAYS);
    }

    private static void addColumns(Field field, Set<String> columns) {
        Column column = field.getAnnotation(Column.class);
        JoinColumn join = field.getAnnotation(JoinColumn.class);
        if (column != null) {
            columns.add(column.name().isEmpty() ? field.getName() : column.name());
        } else if (join != null) {
            columns.add(join.name());
        } else if (field.isAnnotationPresent(Embedded.class)) {
            Stream.of(field.getType().getDeclaredFields()).forEach(f -> addColumns(f, columns));
        }
    }
}
