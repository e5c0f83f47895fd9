package vn.dtiplan.domain.plan;

import vn.dtiplan.domain.DomainRuleException;

/** What a child unit does with an inherited task. */
public enum DecisionAction {
    ADOPT, ADAPT, DECLINE;

    /** The action named {@code name} (case-insensitive); anything else is refused. */
    public static DecisionAction parse(String name) {
        if (name != null) {
            for (DecisionAction action : values()) {
                if (action.name().equalsIgnoreCase(name.strip())) {
                    return action;
                }
            }
        }
        throw new DomainRuleException("task.decision.action.invalid", String.valueOf(name));
    }

    InheritanceState resultingState() {
        return switch (this) {
            case ADOPT -> InheritanceState.ADOPTED;
            case ADAPT -> InheritanceState.ADAPTED;
            case DECLINE -> InheritanceState.DECLINED;
        };
    }
}
