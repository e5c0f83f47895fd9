package vn.dtiplan.application.plan;

import java.util.List;

/**
 * What issuing a plan will do: {@code units} child units receive {@code tasks} cascading
 * tasks, {@code copies} inherited tasks in all; {@code pending} lists the parent plan's
 * inherited tasks still pending in the unit, which block issuing (the coverage gate).
 */
public record IssuePreview(int units, int tasks, int copies, List<String> unitCodes, List<TaskView> pending) {

    public boolean blocked() {
        return !pending.isEmpty();
    }
}
