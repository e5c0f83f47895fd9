package vn.dtiplan.application.document;

/** A generated file of a plan: the plan's number (for the download name) and the bytes. */
public record PlanFile(String planNumber, byte[] content) {
}
