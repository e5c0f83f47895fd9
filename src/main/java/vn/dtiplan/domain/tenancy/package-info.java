/**
 * Tenancy: the immutable scope that every query of tenant-owned data carries.
 */
package vn.dtiplan.domain.tenancy;
