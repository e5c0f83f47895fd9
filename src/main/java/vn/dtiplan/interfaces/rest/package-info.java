/**
 * The JSON REST API under {@code /api}: the contract of {@code docs/api.md}. Resources call
 * application services only; errors are {@code {"error", "message"}} with a stable code.
 */
package vn.dtiplan.interfaces.rest;
