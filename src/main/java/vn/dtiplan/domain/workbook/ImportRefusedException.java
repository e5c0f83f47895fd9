package vn.dtiplan.domain.workbook;

import java.util.List;
import vn.dtiplan.domain.DomainRuleException;

/** An import refused as a whole (nothing stored) because of the listed problems (422). */
public class ImportRefusedException extends DomainRuleException {

    private final transient List<ImportProblem> problems;

    public ImportRefusedException(List<ImportProblem> problems) {
        super("import.refused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
