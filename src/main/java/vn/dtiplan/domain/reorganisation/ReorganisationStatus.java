package vn.dtiplan.domain.reorganisation;

/** A reorganisation is drafted, previewed, then applied once. */
public enum ReorganisationStatus {
    DRAFT,
    APPLIED
}
