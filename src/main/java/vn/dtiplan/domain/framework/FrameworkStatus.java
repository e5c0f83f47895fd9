package vn.dtiplan.domain.framework;

/** A framework is edited as a draft and frozen once an assessment uses it. */
public enum FrameworkStatus {
    DRAFT, FROZEN
}
