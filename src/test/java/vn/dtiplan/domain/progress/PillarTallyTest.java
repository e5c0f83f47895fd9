package vn.dtiplan.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PillarTallyTest {

    private record T(String pillar, boolean done, boolean overdue) {
    }

    private static List<PillarTally> count(List<T> tasks) {
        return PillarTally.count(List.of("Nhận thức số", "Chính quyền số", "Kinh tế số"), tasks, T::pillar, T::done, T::overdue);
    }

    @Test
    void everyPillarInTheFrameworksOrderThenTheTasksOfNoKnownPillar() {
        List<PillarTally> tallies = count(List.of(new T("Chính quyền số", true, false), new T("Chính quyền số", false, true),
                new T("Chính quyền số", false, false), new T(null, false, true), new T("Không có trong bộ chỉ số", true, false)));
        assertEquals(List.of(new PillarTally("Nhận thức số", 0, 0, 0), new PillarTally("Chính quyền số", 3, 1, 1),
                new PillarTally("Kinh tế số", 0, 0, 0), new PillarTally(null, 2, 1, 1)), tallies);
        assertEquals(1, tallies.get(1).open());
    }

    @Test
    void noUnknownRowWhenEveryTaskHasItsPillarAndADoneTaskIsNeverOverdue() {
        List<PillarTally> tallies = count(List.of(new T("Kinh tế số", true, true)));
        assertEquals(3, tallies.size());
        assertEquals(new PillarTally("Kinh tế số", 1, 1, 0), tallies.get(2));
    }
}
