package vn.dtiplan.domain.plan;

/** Which side of a target value meets it: "ít nhất 80 %" ({@link #AT_LEAST}) or "không quá 5 ngày" ({@link #AT_MOST}). */
public enum TargetDirection {
    AT_LEAST,
    AT_MOST
}
