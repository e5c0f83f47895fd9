package vn.dtiplan.domain.plan;

import java.util.List;
import vn.dtiplan.domain.DomainRuleException;

/**
 * A plan refused at issue because it is not complete ({@link IssueCheck}): every problem is
 * listed, so the official fixes them in one pass. Arguments: the plan's number and how many
 * problems; the interfaces say each problem in the user's language.
 */
public class PlanIncompleteException extends DomainRuleException {

    private static final long serialVersionUID = 1L;

    private final transient List<IssueProblem> problems;

    public PlanIncompleteException(String number, List<IssueProblem> problems) {
        super("plan.issue.incomplete", number, problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<IssueProblem> problems() {
        return problems;
    }
}
