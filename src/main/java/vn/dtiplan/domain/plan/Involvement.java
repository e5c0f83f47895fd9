package vn.dtiplan.domain.plan;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import vn.dtiplan.domain.unit.Department;

/**
 * How a department takes part in a task: it leads it (the task's lead department) or
 * coordinates it (a coordinating entry names it, exactly or as its closest department by
 * {@link LeadMatcher}, since plans write coordinators as free text). A department's staff see
 * the tasks of both kinds on their dashboard; only the lead department reports progress.
 */
public enum Involvement {
    LEAD, COORDINATE;

    /** How {@code department} takes part in {@code task}; {@code departments} are the names of its unit's departments. */
    public static Optional<Involvement> of(Task task, Department department, Collection<String> departments) {
        if (task.getLeadDepartment() != null && Objects.equals(task.getLeadDepartment().getId(), department.getId())) {
            return Optional.of(LEAD);
        }
        String name = LeadKind.fold(department.getName());
        boolean coordinates = task.getCoordinating().stream().anyMatch(words -> LeadKind.fold(words).equals(name)
                || LeadMatcher.closest(words, departments).map(LeadKind::fold).filter(name::equals).isPresent());
        return coordinates ? Optional.of(COORDINATE) : Optional.empty();
    }
}
