package vn.dtiplan.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaskNumberingTest {

    record Row(long id, int ordinal) {
    }

    @Test
    void inheritedAndOwnTasksSharingOrdinalsAndGapsAreNumberedOneToN() {
        // a ward's own tasks 1..4 and the city's inherited tasks keeping the city's ordinals 1 and 4; task 10 removed
        List<Row> rows = List.of(new Row(31, 4), new Row(10, 1), new Row(11, 2), new Row(30, 1), new Row(12, 3),
                new Row(13, 4), new Row(14, 11), new Row(15, 9));
        List<TaskNumbering.Numbered<Row>> numbered = TaskNumbering.number(rows, Row::ordinal, Row::id);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), numbered.stream().map(TaskNumbering.Numbered::number).toList());
        assertEquals(List.of(10L, 30L, 11L, 12L, 13L, 31L, 15L, 14L), numbered.stream().map(n -> n.task().id()).toList(),
                "plan order: ordinal, then id");
        assertEquals(List.of(), TaskNumbering.number(List.<Row>of(), Row::ordinal, Row::id));
    }
}
