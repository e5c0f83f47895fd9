package vn.dtiplan.infrastructure.bootstrap;

import java.util.List;

/** An official unit list (or mapping) with problems: nothing of it was imported. */
public class UnitListRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public UnitListRefusedException(List<String> problems) {
        super(problems.size() + " problem(s), nothing imported:\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
