/**
 * Execution services: progress reports and evidence on tasks, and the roll-ups that dashboards
 * and the progress API show at every level.
 */
package vn.dtiplan.application.progress;
