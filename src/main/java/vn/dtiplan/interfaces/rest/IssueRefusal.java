package vn.dtiplan.interfaces.rest;

import java.util.List;
import java.util.Locale;
import vn.dtiplan.domain.plan.PlanIncompleteException;
import vn.dtiplan.interfaces.IssueProblemText;

/**
 * The error body of a plan refused at issue because it is incomplete (422): the API's
 * {@code error} and {@code message} (which lists every problem) and each problem with its code.
 */
public record IssueRefusal(String error, String message, List<Problem> problems) {

    public record Problem(String code, String message) {
    }

    static IssueRefusal of(PlanIncompleteException refused) {
        Locale vi = Locale.forLanguageTag("vi");
        return new IssueRefusal(refused.messageKey(), IssueProblemText.refusal(vi, refused), refused.problems().stream()
                .map(p -> new Problem(p.key(), IssueProblemText.of(vi, p))).toList());
    }
}
