package vn.dtiplan.domain.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.dtiplan.domain.DomainRuleException;

/** Collects the problems of one import, so that all of them are reported at once. */
public final class ImportProblems {

    private final List<ImportProblem> problems = new ArrayList<>();

    public void add(String sheet, int row, String column, String key, Object... arguments) {
        problems.add(new ImportProblem(sheet, row, column, key, List.of(arguments)));
    }

    /** A domain rule broken by the content of a cell (or a row, with a null column). */
    public void add(String sheet, int row, String column, DomainRuleException broken) {
        if (broken instanceof ImportRefusedException refused) {
            problems.addAll(refused.problems());
        } else {
            add(sheet, row, column, broken.messageKey(), broken.arguments());
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<ImportProblem> list() {
        return List.copyOf(problems);
    }

    /** Refuses the import when any problem was found, listing them sheet by sheet, then by row and column. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            List<String> sheets = problems.stream().map(ImportProblem::sheet).distinct().toList();
            throw new ImportRefusedException(problems.stream().sorted(Comparator
                    .comparingInt((ImportProblem p) -> sheets.indexOf(p.sheet()))
                    .thenComparingInt(ImportProblem::row)
                    .thenComparing(p -> p.column() == null ? "" : p.column(),
                            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())))
                    .toList());
        }
    }
}
