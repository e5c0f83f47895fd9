package vn.dtiplan.domain.plan;

import vn.dtiplan.domain.DomainRuleException;

/**
 * A criterion that lost points and that the plan deliberately does not address this year, with
 * the reason the plan gives (e.g. "Chờ hạ tầng của tỉnh"). A reason is required.
 */
public record NotAddressed(String criterionCode, String reason) {

    public NotAddressed {
        criterionCode = Plan.blankToNull(criterionCode);
        reason = Plan.blankToNull(reason);
        if (criterionCode == null) {
            throw new DomainRuleException("plan.notAddressed.code");
        }
        if (reason == null) {
            throw new DomainRuleException("plan.notAddressed.reason", criterionCode);
        }
    }
}
