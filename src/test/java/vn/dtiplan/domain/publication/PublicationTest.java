package vn.dtiplan.domain.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.assessment.AssessmentStatus;
import vn.dtiplan.domain.plan.PlanStatus;
import vn.dtiplan.domain.plan.TimeframeKind;
import vn.dtiplan.domain.progress.ProgressStatus;

class PublicationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Test
    void onlyTheUnitsOwnIssuedPlansArePublic() {
        assertFalse(Publication.showsPlan("1.5.23", "1.5.23", PlanStatus.DRAFT), "a draft");
        assertTrue(Publication.showsPlan("1.5.23", "1.5.23", PlanStatus.ISSUED));
        assertTrue(Publication.showsPlan("1.5.23", "1.5.23", PlanStatus.AMENDED));
        assertTrue(Publication.showsPlan("1.5.23", "1.5.23", PlanStatus.SUPERSEDED));
        assertFalse(Publication.showsPlan("1.5", "1.5.23", PlanStatus.ISSUED), "a plan of a unit below has its own page");
        assertFalse(Publication.showsPlan("1.5.23", "1.5", PlanStatus.ISSUED), "nor one of the unit above");
        assertFalse(Publication.showsPlan("1.5.2", "1.5.23", PlanStatus.ISSUED), "a prefix twin is another unit");
    }

    @Test
    void onlyPublishedAssessmentsArePublic() {
        for (AssessmentStatus status : AssessmentStatus.values()) {
            assertEquals(status == AssessmentStatus.PUBLISHED, Publication.showsAssessment(status), status.name());
        }
    }

    @Test
    void aPlanLineCountsDoneAndOverdueTasksButNotCascadedOnesAsOverdue() {
        List<Publication.TaskFacts> tasks = List.of(
                new Publication.TaskFacts(TimeframeKind.DATE, TODAY.minusDays(1), ProgressStatus.DONE, false),
                new Publication.TaskFacts(TimeframeKind.DATE, TODAY.minusDays(1), ProgressStatus.IN_PROGRESS, false),
                new Publication.TaskFacts(TimeframeKind.DATE, TODAY.minusDays(1), null, false),
                new Publication.TaskFacts(TimeframeKind.DATE, TODAY.minusDays(1), null, true),
                new Publication.TaskFacts(TimeframeKind.DATE, TODAY, null, false),
                new Publication.TaskFacts(TimeframeKind.ONGOING, TODAY.minusDays(30), null, false));
        assertEquals(new Publication.Figures(6, 1, 2), Publication.figures(tasks, TODAY));
        assertEquals(new Publication.Figures(0, 0, 0), Publication.figures(List.of(), TODAY));
    }
}
