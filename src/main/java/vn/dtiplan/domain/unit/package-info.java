/**
 * Administrative units (the tenants) and the departments inside them.
 */
package vn.dtiplan.domain.unit;
