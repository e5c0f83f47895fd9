/**
 * Execution of a plan: progress updates with evidence, due and overdue, periodic reports up the
 * unit tree, and the roll-up counts every dashboard shows. Plain rules, no persistence.
 */
package vn.dtiplan.domain.progress;
