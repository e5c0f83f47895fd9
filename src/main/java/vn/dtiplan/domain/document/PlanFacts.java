package vn.dtiplan.domain.document;

import java.time.LocalDate;
import java.util.List;

/**
 * What a stored plan knows about itself, as the document composer needs it: the issuing unit
 * and its parent, number, title, year, issue date (none for a draft), the parent plan it
 * implements (if any), the tasks in order, and the signer if recorded.
 */
public record PlanFacts(String unitName, String parentUnitName, boolean hasChildUnits, String number, String title,
                        int year, LocalDate issuedOn, ParentPlan implementsPlan, List<TaskFacts> tasks,
                        Signature signature) {

    public PlanFacts {
        unitName = Text.required(unitName, "unitName");
        parentUnitName = Text.optional(parentUnitName);
        title = Text.required(title, "title");
        tasks = Text.list(tasks);
    }

    /** The plan a ward's or city's plan implements, cited in the legal bases. */
    public record ParentPlan(String number, LocalDate issuedOn, String unitName) {
    }

    /**
     * A task: criterion code and title (when the framework knows it), solution, lead,
     * coordinating units, timeframe in the plan's words, due date, evidence, and whether it
     * was inherited from the parent plan.
     */
    public record TaskFacts(String criterionCode, String criterionTitle, String solution, String lead,
                            List<String> coordinating, String timeframe, LocalDate due, String evidence,
                            boolean inherited) {

        public TaskFacts {
            solution = Text.required(solution, "solution");
            coordinating = Text.list(coordinating);
        }
    }
}
