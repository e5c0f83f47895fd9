/**
 * Periodic reports (báo cáo định kỳ): drafting a unit's report from its task progress, editing,
 * submitting to the parent unit, the parent's approval or return, and on-time reporting rates.
 */
package vn.dtiplan.application.report;
