package vn.dtiplan.domain.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.dtiplan.domain.StateConflictException;
import vn.dtiplan.domain.unit.Department;

/**
 * The amendment policy and its outcome. A task that cannot be edited now is refused (an inherited
 * task still pending: its unit decides on it first, see {@link Task#requireAmendable}). In a draft the task simply changes. In an issued plan a change is a
 * revision: recorded field by field, the plan is marked amended, and every unfinished copy below
 * (see {@link InheritedTask#isUnfinished}) follows the change and gets a change notice; a declined copy or
 * one reported done hears nothing. An edit that changes nothing is no revision.
 *
 * @param changes  the fields that changed, from and to
 * @param revision the revision to store, or null (a draft, or nothing changed)
 * @param notices  the change notices to store for the copies below
 */
public record Amendment(Map<TaskField, FieldChange> changes, TaskRevision revision, List<ChangeNotice> notices) {

    /**
     * Edits the task as the policy says. Due dates read from words count from the plan's date
     * ({@code today} for a task without one).
     *
     * @param unfinishedCopies asked only for a revision: the copies below that still need to hear of it
     * @throws StateConflictException for a task that cannot be edited now (a pending inherited task)
     */
    public static Amendment of(Task task, TaskChanges edit, Department lead, LocalDate today,
                               Supplier<List<InheritedTask>> unfinishedCopies, String actor, Instant now) {
        task.requireAmendable();
        Plan plan = task.getPlan();
        LocalDate anchor = plan != null && plan.getDate() != null ? plan.getDate() : today;
        Map<TaskField, FieldChange> diff = task.amend(edit, lead, anchor);
        boolean draft = plan != null && !plan.getStatus().isIssued();
        if (draft || diff.isEmpty()) {
            return new Amendment(diff, null, List.of());
        }
        if (plan != null) {
            plan.markAmended();
        }
        List<ChangeNotice> notices = unfinishedCopies.get().stream().map(c -> ChangeNotice.of(c, diff, now)).toList();
        return new Amendment(diff, new TaskRevision(task, diff, actor, now), notices);
    }
}
