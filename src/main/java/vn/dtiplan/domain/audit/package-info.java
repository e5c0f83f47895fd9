/**
 * The audit trail: who changed which record, when, from which address, and what changed
 * field by field. Events belong to the unit that owns the record, so they are seen by exactly
 * those who may see the record.
 */
package vn.dtiplan.domain.audit;
