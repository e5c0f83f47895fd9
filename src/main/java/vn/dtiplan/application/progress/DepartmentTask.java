package vn.dtiplan.application.progress;

import java.io.Serializable;
import vn.dtiplan.domain.plan.Involvement;

/** A live task of the caller's unit that the caller's department leads or coordinates. */
public record DepartmentTask(TaskProgressRow task, Involvement involvement) implements Serializable {
}
