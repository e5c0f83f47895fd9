/**
 * The data source, schema migrations, readiness, and row-level security on PostgreSQL.
 */
package vn.dtiplan.infrastructure.database;
