package vn.dtiplan.domain.plan;

import java.util.List;

/** One reason a plan cannot issue yet: a message key (also its stable code) and its arguments. */
public record IssueProblem(String key, List<Object> arguments) {

    static IssueProblem of(String key, Object... arguments) {
        return new IssueProblem(key, List.of(arguments));
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
