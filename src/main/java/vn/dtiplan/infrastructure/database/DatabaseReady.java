package vn.dtiplan.infrastructure.database;

/** Fired once the schema is up to date. {@code demo}: whether demo data should be loaded. */
public record DatabaseReady(boolean demo) {
}
