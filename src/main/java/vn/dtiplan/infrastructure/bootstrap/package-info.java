/**
 * First start of an empty production database: the official administrative units from a CSV
 * file and the first system administrator, both from configuration.
 */
package vn.dtiplan.infrastructure.bootstrap;
