/**
 * Tenancy: the immutable scope that every read and write of tenant-owned data carries, the unit
 * path, and the one visibility rule ({@link vn.dtiplan.domain.tenancy.Visibility}).
 */
package vn.dtiplan.domain.tenancy;
