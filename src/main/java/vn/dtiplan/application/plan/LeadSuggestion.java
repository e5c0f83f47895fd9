package vn.dtiplan.application.plan;

/** A task whose lead names no department exactly, the words as written and the closest department's name. */
public record LeadSuggestion(long taskId, String written, String department) {
}
