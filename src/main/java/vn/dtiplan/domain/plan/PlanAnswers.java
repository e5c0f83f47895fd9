package vn.dtiplan.domain.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a plan says it remediates: the assessments it answers and the criteria it leaves for
 * later with a reason. An immutable value stored in one column of the plan
 * ({@link PlanAnswersConverter}); one line per criterion (a later reason replaces an earlier).
 */
public record PlanAnswers(List<AnsweredAssessment> answers, List<NotAddressed> notAddressed) {

    public static final PlanAnswers NONE = new PlanAnswers(List.of(), List.of());

    public PlanAnswers {
        answers = answers == null ? List.of() : answers.stream().distinct().toList();
        Map<String, NotAddressed> byCode = new LinkedHashMap<>();
        (notAddressed == null ? List.<NotAddressed>of() : notAddressed).forEach(n -> byCode.put(n.criterionCode(), n));
        notAddressed = List.copyOf(byCode.values());
    }

    /** These answers with {@code answer} added (once). */
    public PlanAnswers withAnswer(AnsweredAssessment answer) {
        List<AnsweredAssessment> all = new ArrayList<>(answers);
        all.add(answer);
        return new PlanAnswers(all, notAddressed);
    }

    /** These answers with {@code line} added, or replacing the line of the same criterion. */
    public PlanAnswers withNotAddressed(NotAddressed line) {
        List<NotAddressed> lines = new ArrayList<>(notAddressed);
        lines.add(line);
        return new PlanAnswers(answers, lines);
    }

    /** The reason of each criterion left for later, by code in order (what the audit trail compares). */
    public Map<String, String> reasons() {
        Map<String, String> byCode = new TreeMap<>();
        notAddressed.forEach(n -> byCode.put(n.criterionCode(), n.reason()));
        return byCode;
    }

    public Optional<String> reasonFor(String criterionCode) {
        return notAddressed.stream().filter(n -> n.criterionCode().equals(criterionCode)).map(NotAddressed::reason)
                .findFirst();
    }

    public boolean isEmpty() {
        return answers.isEmpty() && notAddressed.isEmpty();
    }
}
