/**
 * Infrastructure: JPA repositories, the data source and Flyway migrations, row-level
 * security on PostgreSQL, and (as they arrive) files and mail.
 */
package vn.dtiplan.infrastructure;
