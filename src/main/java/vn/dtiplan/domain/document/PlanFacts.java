package vn.dtiplan.domain.document;

import java.time.LocalDate;
import java.util.List;

/**
 * What a stored plan knows about itself, as the document composer needs it: the issuing unit
 * and its parent, number, title, year, date (none for an undated draft), the parent plan it
 * implements (if any), the tasks in order, and what the plan's header records in its own words
 * (place, legal bases, purpose, budget, recipients, signer), each optional; and the year of the
 * assessment the plan answers (its căn cứ), when it names one.
 */
public record PlanFacts(String unitName, String parentUnitName, boolean hasChildUnits, String number, String title,
                        int year, LocalDate date, ParentPlan implementsPlan, List<TaskFacts> tasks,
                        Wording wording, Integer assessmentYear) {

    /** A plan that names no assessment: it is taken to answer the year before its own. */
    public PlanFacts(String unitName, String parentUnitName, boolean hasChildUnits, String number, String title,
                     int year, LocalDate date, ParentPlan implementsPlan, List<TaskFacts> tasks, Wording wording) {
        this(unitName, parentUnitName, hasChildUnits, number, title, year, date, implementsPlan, tasks, wording, null);
    }

    /** The assessment year the body cites: the one the plan answers, else the year before the plan's. */
    public int basedOnYear() {
        return assessmentYear != null ? assessmentYear : year - 1;
    }

    public PlanFacts {
        unitName = Text.required(unitName, "unitName");
        parentUnitName = Text.optional(parentUnitName);
        title = Text.required(title, "title");
        tasks = Text.list(tasks);
        wording = wording == null ? Wording.NONE : wording;
    }

    /** The plan header's own wording; what is missing is composed from the plan's data. */
    public record Wording(String place, List<String> legalBases, String purpose, String budget, List<String> recipients,
                          Signature signature) {

        public static final Wording NONE = new Wording(null, List.of(), null, null, List.of(), null);

        public Wording {
            place = Text.optional(place);
            legalBases = Text.list(legalBases).stream().map(Text::optional).filter(b -> b != null).toList();
            purpose = Text.optional(purpose);
            budget = Text.optional(budget);
            recipients = Text.list(recipients).stream().map(Text::optional).filter(r -> r != null).toList();
        }
    }

    /** The plan a ward's or city's plan implements, cited in the legal bases. */
    public record ParentPlan(String number, LocalDate issuedOn, String unitName) {
    }

    /**
     * A task: criterion code and title (when the framework knows it), solution, lead,
     * coordinating units, timeframe in the plan's words, due date, evidence, and whether it
     * was inherited from the parent plan; the shape of its timeframe ({@code TimeframeKind} name:
     * "MONTHLY", "QUARTERLY" …) when it is known.
     */
    public record TaskFacts(String criterionCode, String criterionTitle, String solution, String lead,
                            List<String> coordinating, String timeframe, LocalDate due, String evidence,
                            boolean inherited, String target, String timeframeKind) {

        /** A task whose timeframe's shape is not known. */
        public TaskFacts(String criterionCode, String criterionTitle, String solution, String lead,
                         List<String> coordinating, String timeframe, LocalDate due, String evidence, boolean inherited,
                         String target) {
            this(criterionCode, criterionTitle, solution, lead, coordinating, timeframe, due, evidence, inherited, target,
                    null);
        }

        /** A task without a target. */
        public TaskFacts(String criterionCode, String criterionTitle, String solution, String lead,
                         List<String> coordinating, String timeframe, LocalDate due, String evidence, boolean inherited) {
            this(criterionCode, criterionTitle, solution, lead, coordinating, timeframe, due, evidence, inherited, null,
                    null);
        }

        public TaskFacts {
            solution = Text.required(solution, "solution");
            coordinating = Text.list(coordinating);
        }
    }
}
