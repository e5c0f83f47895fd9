package vn.dtiplan.application.document;

/** A generated file of a plan: the plan's number (for the download name) and the bytes. */
public record PlanFile(String planNumber, byte[] content) {

    /** The download name before its extension: {@code prefix} and the number ("du-thao" for a draft without one). */
    public String baseName(String prefix) {
        return prefix + (planNumber == null ? "du-thao" : planNumber);
    }
}
