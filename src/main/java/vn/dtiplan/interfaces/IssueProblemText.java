package vn.dtiplan.interfaces;

import java.util.Locale;
import java.util.stream.Collectors;
import vn.dtiplan.domain.plan.IssueProblem;
import vn.dtiplan.domain.plan.PlanIncompleteException;

/** Why a plan cannot issue yet, in the user's language: each problem, and the refusal listing them all. */
public final class IssueProblemText {

    private IssueProblemText() {
    }

    public static String of(Locale locale, IssueProblem problem) {
        return Messages.text(locale, problem.key(), problem.args());
    }

    /** "Chưa thể ban hành kế hoạch 12/KH-UBND, còn 2 vấn đề: (1) …; (2) …". */
    public static String refusal(Locale locale, PlanIncompleteException refused) {
        int[] n = {0};
        String listed = refused.problems().stream().map(p -> "(" + ++n[0] + ") " + of(locale, p))
                .collect(Collectors.joining(" "));
        Object[] head = refused.arguments();
        return Messages.text(locale, refused.messageKey(), head[0], head[1], listed);
    }
}
