package vn.dtiplan.application;

import java.util.List;

/** The outcome of a scores import: the year, the framework scored on and the units whose scores were put. */
public record ScoreImport(int year, long frameworkId, String frameworkName, List<String> unitCodes) {
}
