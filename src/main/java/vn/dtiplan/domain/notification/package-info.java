/**
 * In-app notifications of a unit (new inherited tasks, change notices, decisions on declines,
 * tasks due soon or overdue, reports due) and who has read them. Plain rules, no persistence.
 */
package vn.dtiplan.domain.notification;
