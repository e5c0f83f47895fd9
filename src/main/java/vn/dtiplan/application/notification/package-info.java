/**
 * In-app notifications: the sweep that creates them from the current state (on a timer, in the
 * system scope), and reading and marking them read for the signed-in account's unit.
 */
package vn.dtiplan.application.notification;
